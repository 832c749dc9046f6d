import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import { absoluteUrl, alternatesOf, feedPath, localePath, shareImage, siteName } from '@/lib/site';

// Page metadata needs the locale's messages; lib/site.ts stays free of them, so scripts and tests can use it outside
// Next.

/** The feed's title, the same in the feed and in the pages that announce it: "Guides · Haven". */
export async function feedTitle(locale: Locale): Promise<string> {
  const t = await getTranslations({ locale });
  return `${t('guides.title')} · ${siteName}`;
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
    openGraph: { title, description, url, locale, siteName, type: 'website', images },
    ...(images && { twitter: { card: 'summary_large_image', title, description, images } }),
  };
}
