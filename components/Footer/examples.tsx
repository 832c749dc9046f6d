import { describeComponent } from '@/components/component-spec';
import { footerShows } from '@/tests/components/shows';
import { Footer } from '.';

export default [
  describeComponent(Footer, {
    name: 'Footer',
    description:
      'The end of every page: the emergency reminder; the pages for young people, on browsing safely, about the site, its privacy and its accessibility; and what the site is.',
    params: { locale: 'The reader’s locale: the language of the text and of the links.' },
    examples: [{ name: 'default', props: (locale) => ({ locale }), shows: footerShows }],
  }),
];
