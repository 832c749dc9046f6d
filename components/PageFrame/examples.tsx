import { describeComponent } from '@/components/component-spec';
import { guidePath, siteName, sitePaths } from '@/lib/site';
import type { Locale } from '@/lib/locales';
import { pageShows } from '@/tests/components/shows';
import { PageFrame } from '.';

/** The header and footer around the page's own content, in the main region. */
const framed = (locale: Locale, path: string) => pageShows(locale, path, { h1: siteName, text: ['Stop replying. Do not pay. Keep the messages.'] });

const content = (
  <>
    <h1 className="text-3xl font-bold">{siteName}</h1>
    <p className="mt-4 text-lg">Stop replying. Do not pay. Keep the messages.</p>
  </>
);

export default [
  describeComponent(PageFrame, {
    name: 'PageFrame',
    description: 'The header, the main region and the footer that every page puts around its own content.',
    params: {
      locale: 'The reader’s locale: the language of the header and the footer.',
      path: 'The page’s path without a locale, so the language choice links to this same page in each language.',
      children: 'The page’s own content, shown in the main region.',
    },
    examples: [
      { name: 'the home page', props: (locale) => ({ locale, path: sitePaths.home, children: content }), shows: (locale) => framed(locale, sitePaths.home) },
      { name: 'a guide', props: (locale) => ({ locale, path: guidePath('sextortion'), children: content }), shows: (locale) => framed(locale, guidePath('sextortion')) },
    ],
  }),
];
