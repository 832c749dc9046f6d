import { describeComponent } from '@/components/component-spec';
import { getContentPage, type ContentPageSlug } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { contentPagePath } from '@/lib/site';
import { pageShows } from '@/tests/components/shows';
import { ContentPageView } from '.';

/** The page in its frame: its title as the h1, its summary, its sources' heading. */
function page(locale: Locale, slug: ContentPageSlug) {
  const { title, summary } = getContentPage(locale, slug).frontMatter;
  const shows = pageShows(locale, contentPagePath(slug), { h1: title, text: [summary] });
  return { ...shows, roles: [...shows.roles!, 'article', 'region'] };
}

export default [
  describeComponent(ContentPageView, {
    name: 'ContentPageView',
    description:
      'A whole page written in MDX outside the guides, such as the page for young people, laid out like a guide without the guide’s extras.',
    params: {
      locale: 'The reader’s locale: the language of the page around the text, and of the text where it is translated.',
      slug: 'Which MDX page to show, by its name under content/<locale>/pages.',
    },
    examples: [
      { name: 'for young people', props: (locale) => ({ locale, slug: 'young-people' as const }), shows: (locale) => page(locale, 'young-people') },
      { name: 'browsing safely', props: (locale) => ({ locale, slug: 'browse-safely' as const }), shows: (locale) => page(locale, 'browse-safely') },
    ],
  }),
];
