import { defaultLocale, locales, type Locale } from '@/lib/locales';

// The public address, for canonical URLs, alternates and the sitemap.
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/** A site path in a locale: localePath('fr', '/guides') → '/fr/guides'. */
export function localePath(locale: Locale, path = ''): string {
  return `/${locale}${path === '/' ? '' : path}`;
}

/** An absolute address on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).href;
}

/** The absolute address of a page in a locale, as its canonical link gives it. */
export function pageUrl(locale: Locale, path = ''): string {
  return absoluteUrl(localePath(locale, path));
}

/** Every locale's address of one page, plus x-default (English). */
export function alternatesOf(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of locales) languages[locale] = absoluteUrl(localePath(locale, path));
  languages['x-default'] = absoluteUrl(localePath(defaultLocale, path));
  return languages;
}

/** A guide's share card (Open Graph image), drawn at build time by scripts/build-og-images.ts. */
export const shareImage = { width: 1200, height: 630, type: 'image/png' } as const;

export function shareImagePath(locale: Locale, slug: string): string {
  return `/og/${locale}/${slug}.png`;
}

/** The Atom feed of a locale's guides (app/[locale]/feed.xml/route.ts). */
export function feedPath(locale: Locale): string {
  return localePath(locale, '/feed.xml');
}

/** A country's page in the reporting directory, below its locale: countryPath('FR') → '/report/fr'. */
export function countryPath(code: string): string {
  return `/report/${code.toLowerCase()}`;
}
