import { describeComponent } from '@/components/component-spec';
import { getContentPage, type ContentPageSlug } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { contentPagePath } from '@/lib/site';
import { pageShows } from '@/tests/components/shows';
import { SheetView } from '.';

/** The sheet in its frame: its title as the h1 and its summary (on screen; paper drops the summary). */
function sheet(locale: Locale, slug: ContentPageSlug) {
  const { title, summary } = getContentPage(locale, slug).frontMatter;
  return pageShows(locale, contentPagePath(slug), { h1: title, text: [summary] });
}

export default [
  describeComponent(SheetView, {
    name: 'SheetView',
    description:
      'A whole printable sheet of the schools’ and families’ kit: the MDX page, the reader’s country’s help on a first-hour card, its sources and a QR code back to the page; on paper the site’s header, navigation and footer drop away.',
    params: {
      locale: 'The reader’s locale: the language of the page around the text, and of the text where it is translated.',
      slug: 'Which sheet to show, by its path under content/<locale>/pages (lib/kit.ts).',
    },
    examples: [
      { name: 'the staff sheet', props: (locale) => ({ locale, slug: 'schools/incident' as const }), shows: (locale) => sheet(locale, 'schools/incident') },
      { name: 'the parents’ card', props: (locale) => ({ locale, slug: 'first-hour' as const }), shows: (locale) => sheet(locale, 'first-hour') },
      {
        name: 'the young people’s card',
        props: (locale) => ({ locale, slug: 'young-people/first-hour' as const }),
        shows: (locale) => sheet(locale, 'young-people/first-hour'),
      },
    ],
  }),
];
