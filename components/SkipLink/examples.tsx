import { describeComponent } from '@/components/component-spec';
import { translator } from '@/tests/components/next-intl-server';
import { SkipLink } from '.';

export default [
  describeComponent(SkipLink, {
    name: 'SkipLink',
    description: 'The first focusable element on every page: a link, hidden until it has focus, that skips to the main content.',
    params: { locale: 'The reader’s locale: the language of the link.' },
    examples: [{ name: 'default', props: (locale) => ({ locale }), shows: (locale) => ({ text: [translator(locale, 'nav')('skip')], links: ['#main'], roles: ['link'] }) }],
  }),
];
