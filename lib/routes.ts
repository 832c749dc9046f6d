import { guideSlugs } from '@/lib/content';
import { loadCountries } from '@/lib/reporting-channels';

/** Every page's path below its locale prefix: the sitemap and the tests both start here. */
export function pagePaths(): string[] {
  return [
    '/',
    '/guides',
    ...guideSlugs().map((slug) => `/guides/${slug}`),
    '/report',
    ...loadCountries().map((c) => `/report/${c.country.toLowerCase()}`),
    '/report/other',
    '/schools',
    '/search',
  ];
}
