import { guideSlugs } from '@/lib/content';

/** Every page's path below its locale prefix: the sitemap and the tests both start here. */
export function pagePaths(): string[] {
  return ['/', '/guides', ...guideSlugs().map((slug) => `/guides/${slug}`), '/report', '/schools'];
}
