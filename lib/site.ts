import type { Metadata } from 'next';
import { defaultLocale, locales, type Locale } from '@/lib/locales';

// The public address, for canonical URLs, alternates and the sitemap.
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/** A site path in a locale: localePath('fr', '/guides') → '/fr/guides'. */
export function localePath(locale: Locale, path = ''): string {
  return `/${locale}${path === '/' ? '' : path}`;
}

/** Every locale's address of one page, plus x-default (English). */
export function alternatesOf(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of locales) languages[locale] = new URL(localePath(locale, path), siteUrl).href;
  languages['x-default'] = new URL(localePath(defaultLocale, path), siteUrl).href;
  return languages;
}

/** Title, description, canonical, hreflang alternates and Open Graph for one page. */
export function pageMetadata(
  locale: Locale,
  path: string,
  { title, description }: { title: string; description: string },
): Metadata {
  const url = new URL(localePath(locale, path), siteUrl).href;
  return {
    title,
    description,
    alternates: { canonical: url, languages: alternatesOf(path) },
    openGraph: { title, description, url, locale, siteName: 'Haven', type: 'website' },
  };
}
