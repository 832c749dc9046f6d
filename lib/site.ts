import type { Metadata } from 'next';
import { defaultLocale, locales, type Locale } from '@/lib/locales';

// The public address, for canonical URLs, alternates and the sitemap.
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/** A site path in a locale: localePath('fr', '/guides') → '/fr/guides'. */
export function localePath(locale: Locale, path = ''): string {
  return `/${locale}${path === '/' ? '' : path}`;
}

/** The absolute address of a page in a locale, as its canonical link gives it. */
export function absoluteUrl(locale: Locale, path = ''): string {
  return new URL(localePath(locale, path), siteUrl).href;
}

/** Every locale's address of one page, plus x-default (English). */
export function alternatesOf(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of locales) languages[locale] = absoluteUrl(locale, path);
  languages['x-default'] = absoluteUrl(defaultLocale, path);
  return languages;
}

/** Title, description, canonical, hreflang alternates and Open Graph for one page. */
export function pageMetadata(
  locale: Locale,
  path: string,
  { title, description }: { title: string; description: string },
): Metadata {
  const url = absoluteUrl(locale, path);
  return {
    title,
    description,
    alternates: { canonical: url, languages: alternatesOf(path) },
    openGraph: { title, description, url, locale, siteName: 'Haven', type: 'website' },
  };
}
