import type { ContentPageSlug } from '@/lib/content';
import { defaultLocale, locales, type Locale } from '@/lib/locales';
import { siteUrlFrom } from '@/lib/site-url.mjs';

/**
 * The site's name, the same in every language and written only here: the header, page titles, share cards, the
 * feed, Open Graph, the open data, the badge's file name and the pages outside every locale.
 */
export const siteName = 'Haven';

/**
 * The public address, for canonical URLs, alternates, the sitemap, QR codes, printed links and the schools' badge:
 * SITE_URL, which a production build requires (next.config.mjs); https://haven.example in dev and unit tests.
 */
export const siteUrl: URL = siteUrlFrom(process.env);

// Every page's path below its locale prefix is written here, once: pages, links, the sitemap, the feed and the open
// data build addresses with these and localePath(), never from strings of their own. The end-to-end tests write the
// public addresses out in full on purpose, so renaming a path here fails them until the change is meant.

/** The pages whose path does not depend on content: localePath('fr', sitePaths.report) → '/fr/report'. */
export const sitePaths = {
  home: '/',
  guides: '/guides',
  report: '/report',
  otherCountry: '/report/other',
  schools: '/schools',
  search: '/search',
  /** The page every unknown address under a locale gets (out/<locale>/404.html once the build has renamed it). */
  notFound: '/not-found',
} as const;

/** A guide's page: guidePath('sextortion') → '/guides/sextortion'. */
export function guidePath(slug: string): string {
  return `${sitePaths.guides}/${slug}`;
}

/** A country's page in the reporting directory: countryPath('FR') → '/report/fr'. */
export function countryPath(code: string): string {
  return `${sitePaths.report}/${code.toLowerCase()}`;
}

/** A page written in MDX outside the guides (lib/content.ts, contentPages): contentPagePath('young-people') → '/young-people'. */
export function contentPagePath(slug: ContentPageSlug): string {
  return `/${slug}`;
}

/** The sections of the reporting hub that other pages link to, by their ids in app/[locale]/report/page.tsx. */
export const reportSections = { countries: 'countries', emergencyNumbers: 'emergency-numbers' } as const;

/** A section of the reporting hub: reportSectionPath('countries') → '/report#countries'. */
export function reportSectionPath(section: keyof typeof reportSections): string {
  return `${sitePaths.report}#${reportSections[section]}`;
}

/**
 * A "what happened?" answer on the reporting hub: its id is inside the <details>, so following the link opens it.
 * situationAnswerPath('sextortion') → '/report#answer-sextortion'.
 */
export function situationAnswerPath(situation: string): string {
  return `${sitePaths.report}#${situationAnswerId(situation)}`;
}

export function situationAnswerId(situation: string): string {
  return `answer-${situation}`;
}

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
