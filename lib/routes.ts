import { badgePath } from '@/lib/badge';
import { contentPages, guideSlugs } from '@/lib/content';
import { locales, type Locale } from '@/lib/locales';
import { loadCountries } from '@/lib/reporting-channels';
import { resourcesPath, resourcesSchemaPath } from '@/lib/resources';
import { countryPath, localePath } from '@/lib/site';

/** Every page's path below its locale prefix: the sitemap, the build manifest and the tests all start here. */
export function pagePaths(): string[] {
  return [
    '/',
    '/guides',
    ...guideSlugs().map((slug) => `/guides/${slug}`),
    '/report',
    ...loadCountries().map((c) => countryPath(c.country)),
    '/report/other',
    '/schools',
    '/search',
    ...contentPages.map((slug) => `/${slug}`),
  ];
}

/** Files served below each locale besides its pages (app/[locale]/feed.xml). */
export const localeFilePaths = ['/feed.xml'];

/**
 * Every file the build makes that is not a page and not in public/ (route handlers and metadata routes).
 */
export function filePaths(): string[] {
  return [
    '/sitemap.xml',
    '/robots.txt',
    // app/icon.svg
    '/icon.svg',
    resourcesPath,
    resourcesSchemaPath,
    ...locales.flatMap((locale) => localeFilePaths.map((path) => localePath(locale, path))),
    ...locales.map(badgePath),
  ];
}

/** Where out/ keeps a locale's 404 page, or, without a locale, the one for every other address. */
export function notFoundFile(locale?: Locale): string {
  return locale ? localePath(locale, '/404.html') : '/404.html';
}

/** The page that answers, with status 404, every unknown address under a locale (renamed 404.html in out/). */
export const notFoundPath = '/not-found';
