import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
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

/** The feed's title, the same in the feed and in the pages that announce it: "Guides · Haven". */
export async function feedTitle(locale: Locale): Promise<string> {
  const t = await getTranslations({ locale });
  return `${t('guides.title')} · ${t('site.name')}`;
}

/**
 * Title, description, canonical, hreflang alternates, the locale's feed and Open Graph for one page.
 * `image` is the page's share card: a site path and the text it shows, for its alt text.
 */
export async function pageMetadata(
  locale: Locale,
  path: string,
  { title, description, image }: { title: string; description: string; image?: { path: string; alt: string } },
): Promise<Metadata> {
  const url = absoluteUrl(localePath(locale, path));
  const { width, height, type } = shareImage;
  const images = image ? [{ url: absoluteUrl(image.path), width, height, type, alt: image.alt }] : undefined;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: alternatesOf(path),
      types: { 'application/atom+xml': [{ url: absoluteUrl(feedPath(locale)), title: await feedTitle(locale) }] },
    },
    openGraph: { title, description, url, locale, siteName: 'Haven', type: 'website', images },
    ...(images && { twitter: { card: 'summary_large_image', title, description, images } }),
  };
}
