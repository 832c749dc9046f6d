import { describeComponent } from '@/components/component-spec';
import { guidePath, siteName, sitePaths } from '@/lib/site';
import { headerShows } from '@/tests/components/shows';
import { Header } from '.';

export default [
  describeComponent(Header, {
    name: 'Header',
    description:
      'The top of every page: the site’s name, the link to get help now, the main navigation and the choice of language.',
    params: {
      locale: 'The reader’s locale: the language of the text and of the links.',
      path: 'The page’s path without a locale, so the language choice links to this same page in each language.',
    },
    examples: [
      { name: 'on the home page', props: (locale) => ({ locale, path: sitePaths.home }), shows: (locale) => ({ ...headerShows(locale, sitePaths.home), text: [siteName, ...headerShows(locale, sitePaths.home).text] }) },
      { name: 'on a guide', props: (locale) => ({ locale, path: guidePath('sextortion') }), shows: (locale) => headerShows(locale, guidePath('sextortion')) },
    ],
  }),
];
