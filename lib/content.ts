import fs from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import {
  ContentError,
  isStale,
  parseGuideSource,
  parsePageSource,
  type GuideFrontMatter,
  type PageFrontMatter,
  type TextRole,
} from '@/lib/guide-schema';
import { defaultLocale, locales, type Locale } from '@/lib/locales';

// The one place that reads content/ from disk. It runs at build time only (every page is static).
function contentRoot(): string {
  return path.join(process.cwd(), 'content');
}

export interface Guide {
  slug: string;
  frontMatter: GuideFrontMatter;
  body: string;
  /** The locale the text is written in: the reader's, or English while a translation is pending. */
  textLocale: Locale;
  /** Set on a translation made from an older English version: the day the English page was updated. */
  englishUpdated?: string;
  file: string;
}

const roleOf = (locale: Locale): TextRole => (locale === defaultLocale ? 'source' : 'translation');

/** The English page's date, where a translation follows an older English version. */
function staleSince(translation: { follows?: string }, english: { updated?: string }): string | undefined {
  return isStale(translation, english) ? english.updated : undefined;
}

function guideDir(locale: Locale): string {
  return path.join(contentRoot(), locale, 'guides');
}

function slugsIn(locale: Locale): string[] {
  const dir = guideDir(locale);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}

function readGuide(locale: Locale, slug: string): Guide {
  const file = path.relative(process.cwd(), path.join(guideDir(locale), `${slug}.mdx`));
  const { frontMatter, body } = parseGuideSource(file, fs.readFileSync(file, 'utf8'), roleOf(locale));
  // The English guide through the cache: every locale compares with it.
  const englishUpdated = locale === defaultLocale ? undefined : staleSince(frontMatter, getGuide(defaultLocale, slug)!.frontMatter);
  return { slug, frontMatter, body, textLocale: locale, englishUpdated, file };
}

/**
 * Every guide slug. English is the source language: a guide in another locale
 * without an English original is a mistake, so the build stops on it.
 */
export const guideSlugs = cache((): string[] => {
  const english = slugsIn(defaultLocale);
  for (const locale of locales) {
    for (const slug of slugsIn(locale)) {
      if (!english.includes(slug)) {
        throw new ContentError(`content/${locale}/guides/${slug}.mdx`, `has no English original (content/en/guides/${slug}.mdx)`);
      }
    }
  }
  return english;
});

/** A guide in the reader's locale, or its English text where the translation is still coming. */
export const getGuide = cache((locale: Locale, slug: string): Guide | undefined => {
  if (!guideSlugs().includes(slug)) return undefined;
  return slugsIn(locale).includes(slug) ? readGuide(locale, slug) : readGuide(defaultLocale, slug);
});

/** All guides for a locale, in index order (group, then order, then title). */
export const listGuides = cache((locale: Locale): Guide[] =>
  guideSlugs()
    .map((slug) => getGuide(locale, slug)!)
    .sort(
      (a, b) =>
        a.frontMatter.order - b.frontMatter.order || a.frontMatter.title.localeCompare(b.frontMatter.title, locale),
    ),
);

/** The pages written in MDX outside the guides, each at /<locale>/<slug>. */
export const contentPages = ['young-people', 'browse-safely', 'about', 'privacy', 'accessibility'] as const;
/**
 * The printable sheets of the schools' and families' kit (lib/kit.ts), MDX pages too, at nested paths:
 * 'schools/incident' is content/<locale>/pages/schools/incident.mdx, shown at /<locale>/schools/incident.
 */
export const sheetPages = ['schools/incident', 'schools/letter', 'schools/lessons', 'first-hour', 'young-people/first-hour'] as const;
export type ContentPageSlug = (typeof contentPages)[number] | (typeof sheetPages)[number];

export interface ContentPage {
  slug: ContentPageSlug;
  frontMatter: PageFrontMatter;
  body: string;
  textLocale: Locale;
  englishUpdated?: string;
  file: string;
}

/** A page in the reader's locale, or its English text while the translation is coming. */
export const getContentPage = cache((locale: Locale, slug: ContentPageSlug): ContentPage => {
  const fileOf = (l: Locale) => path.join(contentRoot(), l, 'pages', `${slug}.mdx`);
  const textLocale = fs.existsSync(fileOf(locale)) ? locale : defaultLocale;
  const file = path.relative(process.cwd(), fileOf(textLocale));
  const { frontMatter, body } = parsePageSource(file, fs.readFileSync(file, 'utf8'), roleOf(textLocale));
  const englishUpdated =
    textLocale === defaultLocale ? undefined : staleSince(frontMatter, getContentPage(defaultLocale, slug).frontMatter);
  return { slug, frontMatter, body, textLocale, englishUpdated, file };
});
