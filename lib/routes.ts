import { badgePath } from '@/lib/badge';
import { contentPages, guideSlugs, sheetPages } from '@/lib/content';
import { locales, type Locale } from '@/lib/locales';
import { loadCountries } from '@/lib/channels/directory';
import { directoryPath, directorySchemaPath } from '@/lib/directory';
import { resourcesPath, resourcesSchemaPath } from '@/lib/resources';
import { contentPagePath, countryPath, feedPath, guidePath, localePath, sitePaths } from '@/lib/site';

/** Every page's path below its locale prefix: the sitemap and the tests start here. */
export function pagePaths(): string[] {
  return [
    sitePaths.home,
    sitePaths.guides,
    ...guideSlugs().map(guidePath),
    sitePaths.report,
    ...loadCountries().map((c) => countryPath(c.country)),
    sitePaths.otherCountry,
    sitePaths.schools,
    sitePaths.search,
    ...contentPages.map(contentPagePath),
    ...sheetPages.map(contentPagePath),
  ];
}

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
    directoryPath,
    directorySchemaPath,
    // Below each locale: its feed (app/[locale]/feed.xml).
    ...locales.map(feedPath),
    ...locales.map(badgePath),
  ];
}

/** Where out/ keeps a locale's 404 page, or, without a locale, the one for every other address. */
export function notFoundFile(locale?: Locale): string {
  return locale ? localePath(locale, '/404.html') : '/404.html';
}

/** The page that answers, with status 404, every unknown address under a locale (renamed 404.html in out/). */
export const notFoundPath = sitePaths.notFound;
