import { describeComponent } from '@/components/component-spec';
import { getGuide, listGuides } from '@/lib/content';
import { defaultLocale, type Locale } from '@/lib/locales';
import type { Guide } from '@/lib/content';
import { guidePath, localePath } from '@/lib/site';
import { GuideList } from '.';

/** Each guide's title as a link to it, in the reader's locale, with its summary. */
function listed(locale: Locale, guides: readonly Guide[]) {
  return {
    text: guides.flatMap((g) => [g.frontMatter.title, g.frontMatter.summary]),
    links: guides.map((g) => localePath(locale, guidePath(g.slug))),
    roles: ['list', 'listitem', 'link'],
  };
}

/** Three of the reader's guides, the last one in its English text as a guide is while its translation is coming. */
function withOneInEnglish(locale: Locale) {
  const [first, second, third] = listGuides(locale);
  return [first, second, getGuide(defaultLocale, third.slug)!];
}

export default [
  describeComponent(GuideList, {
    name: 'GuideList',
    description: 'A list of guides, each a link to the guide with its one-line summary; a guide not yet translated is marked as English.',
    params: {
      locale: 'The reader’s locale: the language of the links.',
      guides: 'The guides to list, in the order they are shown.',
      id: 'An id for the list, for a page that links to it or shows and hides it.',
    },
    examples: [
      { name: 'every guide', props: (locale) => ({ locale, guides: listGuides(locale), id: 'all-guides-list' }), shows: (locale) => listed(locale, listGuides(locale)) },
      {
        name: 'one group',
        props: (locale) => ({ locale, guides: listGuides(locale).filter((guide) => guide.frontMatter.group === 'act') }),
        shows: (locale) => listed(locale, listGuides(locale).filter((guide) => guide.frontMatter.group === 'act')),
      },
      {
        name: 'a guide still in English',
        props: (locale) => ({ locale, guides: withOneInEnglish(locale) }),
        // Marked as English where the reader's language is another.
        shows: (locale) => ({ ...listed(locale, withOneInEnglish(locale)), ...(locale === defaultLocale ? {} : { lang: [defaultLocale], dir: ['ltr' as const] }) }),
      },
    ],
  }),
];
