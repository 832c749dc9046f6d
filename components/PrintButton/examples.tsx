import { describeComponent } from '@/components/component-spec';
import { translator } from '@/tests/components/next-intl-server';
import { PrintButton } from '.';

export default [
  describeComponent(PrintButton, {
    name: 'PrintButton',
    description: 'A button that prints the page, shown only once its script runs; the browser’s own print command works without it.',
    params: { locale: 'The reader’s locale: the language of the button.' },
    examples: [{ name: 'default', props: (locale) => ({ locale }), shows: (locale) => ({ text: [translator(locale, 'guides')('print')], roles: ['button'] }) }],
  }),
];
