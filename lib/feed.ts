// The Atom feed of a locale's guides and of the schools' and families' printable sheets (/<locale>/feed.xml), written
// by the `feed` package.
import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import { getContentPage, listGuides, sheetPages } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { absoluteUrl, contentPagePath, feedPath, guidePath, localePath, siteName, sitePaths } from '@/lib/site';
import { feedTitle } from '@/lib/metadata';

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** A calendar day (YYYY-MM-DD) as the start of that day in UTC. */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export async function atomFeed(locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'guides' });
  const pages = [
    ...listGuides(locale).map((guide) => ({ path: guidePath(guide.slug), frontMatter: guide.frontMatter })),
    ...sheetPages.map((slug) => ({ path: contentPagePath(slug), frontMatter: getContentPage(locale, slug).frontMatter })),
  ];
  // Newest first; an entry is "updated" on the day its facts were last reviewed.
  const entries = pages.sort((a, b) => b.frontMatter.reviewed.localeCompare(a.frontMatter.reviewed));
  const self = absoluteUrl(feedPath(locale));
  const feed = new Feed({
    id: self,
    title: await feedTitle(locale),
    description: t('description'),
    link: absoluteUrl(localePath(locale, sitePaths.guides)),
    feedLinks: { atom: self },
    language: locale,
    updated: dayStart(entries[0].frontMatter.reviewed),
    // Atom requires an author for the feed when entries have none.
    author: { name: siteName, link: absoluteUrl(localePath(locale, sitePaths.home)) },
    generator: false,
  });
  for (const { path, frontMatter } of entries) {
    const url = absoluteUrl(localePath(locale, path));
    feed.addItem({ id: url, link: url, title: frontMatter.title, description: frontMatter.summary, date: dayStart(frontMatter.reviewed) });
  }
  const xml = feed.atom1();
  // The feed package writes no xml:lang; readers use it to pick fonts, direction and hyphenation.
  if (!xml.includes(ATOM_ROOT)) throw new Error('feed: unexpected Atom root element');
  return xml.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
}
