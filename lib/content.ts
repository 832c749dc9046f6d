// The content layer: the one module that reads the site's text from disk (the guides, the pages, the reporting
// directory and the glossaries under content/, the interface strings under messages/), validates it and indexes it.
// `loadSite(root)` reads the project tree at `root`, once per process; `site()` is this project's. Pages, scripts and
// tests all read it, so nothing is parsed twice and nothing depends on the working directory.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGlossaryFile, type Glossary } from '@/lib/glossary';
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
import { CHANNELS_DIR, INTERNATIONAL_FILE, parseCountryFile, parseInternationalFile, type Channel, type CountryChannels } from '@/lib/channels/schema';

/** The pages written in MDX outside the guides, each at /<locale>/<slug>. */
export const contentPages = ['young-people', 'browse-safely', 'about', 'privacy', 'accessibility'] as const;
/**
 * The printable sheets of the schools' and families' kit (lib/kit.ts), MDX pages too, at nested paths:
 * 'schools/incident' is content/<locale>/pages/schools/incident.mdx, shown at /<locale>/schools/incident.
 */
export const sheetPages = ['schools/incident', 'schools/letter', 'schools/lessons', 'first-hour', 'young-people/first-hour'] as const;
export type ContentPageSlug = (typeof contentPages)[number] | (typeof sheetPages)[number];

/** A guide or page as a reader of one locale gets it. */
interface Text<Slug extends string, FrontMatter> {
  slug: Slug;
  frontMatter: FrontMatter;
  body: string;
  /** The lines before the body (the front matter): a problem in the body is named by its line in the file. */
  bodyLine: number;
  /** The locale the text is written in: the reader's, or English while a translation is pending. */
  textLocale: Locale;
  /** Set on a translation made from an older English version: the day the English page was updated. */
  englishUpdated?: string;
  /** The file, from the root: content/<locale>/guides/<slug>.mdx. */
  file: string;
}
export type Guide = Text<string, GuideFrontMatter>;
export type ContentPage = Text<ContentPageSlug, PageFrontMatter>;

/** A locale's interface strings (messages/<locale>.json), as next-intl takes them. */
export type Messages = { readonly [key: string]: string | Messages };

/**
 * A project tree's content, read and validated. Each part (guides, pages, the directory, glossaries, messages) is read
 * in full the first time something asks for it, then kept: a tree that holds only some parts (a test scenario) serves
 * those, and a bad file of any part stops whatever asks for it, naming the file and the field.
 */
export interface Site {
  readonly root: string;
  /** Every guide, by its slug (the English file's name), sorted. */
  guideSlugs(): readonly string[];
  /** A locale's guides in index order (by order, then title), each in English while its translation is pending. */
  guides(locale: Locale): readonly Guide[];
  guide(locale: Locale, slug: string): Guide | undefined;
  /** A page in the reader's locale, or its English text while the translation is coming. */
  page(locale: Locale, slug: ContentPageSlug): ContentPage;
  /** The guides and pages written in a locale, as written (no English in place of a missing one): for check:content. */
  written(locale: Locale): { guides: readonly Guide[]; pages: readonly ContentPage[] };
  /** Every country file, sorted by country code. */
  countries(): readonly CountryChannels[];
  country(code: string): CountryChannels | undefined;
  /** The options that work from any country (international.yaml). */
  international(): readonly Channel[];
  glossary(locale: Locale): Glossary;
  messages(locale: Locale): Messages;
  /** One interface string by its key ("site.tagline"), for what is made outside next-intl. */
  message(locale: Locale, key: string): string;
}

// ---------------------------------------------------------------------------------------------------------------
// The project's root
// ---------------------------------------------------------------------------------------------------------------

// This file is lib/content.ts, so the project is its folder's parent. Under Next the module is bundled into .next/,
// but Turbopack's runtime gives import.meta.url as the source file's address (from where .next/ lies), so this holds
// in a build too.
const thisProject = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The root of the tree `site()` reads: HAVEN_ROOT where set (a test's own tree), else this project. */
export function siteRoot(): string {
  const root = process.env.HAVEN_ROOT;
  if (!root) return thisProject;
  if (!path.isAbsolute(root)) throw new Error(`HAVEN_ROOT must be an absolute path, not "${root}"`);
  return root;
}

/** This project's content (or HAVEN_ROOT's): what pages and scripts read. */
export function site(): Site {
  return loadSite(siteRoot());
}

const loaded = new Map<string, Site>();
const watched = new Set<string>();

/** The content of the project tree at `root` (an absolute path), read once per process. */
export function loadSite(root: string): Site {
  if (!path.isAbsolute(root)) throw new Error(`loadSite needs an absolute path, not "${root}"`);
  let found = loaded.get(root);
  if (!found) {
    if (!fs.existsSync(path.join(root, 'content'))) throw new Error(`${root} has no content/ folder: it is not a Haven project tree`);
    found = readSite(root);
    loaded.set(root, found);
    // `npm run dev` shows an edit without a restart: there a change under content/ or messages/ drops what was read.
    if (process.env.NODE_ENV === 'development' && !watched.has(root)) {
      watched.add(root);
      for (const dir of ['content', 'messages']) {
        if (fs.existsSync(path.join(root, dir))) fs.watch(path.join(root, dir), { recursive: true, persistent: false }, () => loaded.delete(root));
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a tree
// ---------------------------------------------------------------------------------------------------------------

function readSite(root: string): Site {
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  const guides = once(() => readGuides(root, read));
  const pages = once(() => readPages(root, read));
  const channels = once(() => readChannels(root, read));
  const glossaries = once(() => new Map(locales.map((l) => [l, deepFreeze(readGlossary(l, read))])));
  const messages = once(() => new Map(locales.map((l) => [l, deepFreeze(readMessages(l, read))])));

  return Object.freeze({
    root,
    guideSlugs: () => guides().slugs,
    guides: (locale: Locale) => guides().lists.get(locale)!,
    guide: (locale: Locale, slug: string) => guides().shown.get(locale)!.get(slug),
    page: (locale: Locale, slug: ContentPageSlug) => {
      const page = pages().shown.get(locale)!.get(slug);
      if (!page) throw new ContentError(`content/${defaultLocale}/pages/${slug}.mdx`, 'is missing');
      return page;
    },
    written: (locale: Locale) => ({ guides: guides().written.get(locale)!, pages: pages().written.get(locale)! }),
    countries: () => channels().countries,
    country: (code: string) => channels().byCode.get(code.toUpperCase()),
    international: () => channels().international,
    glossary: (locale: Locale) => glossaries().get(locale)!,
    messages: (locale: Locale) => messages().get(locale)!,
    message: (locale: Locale, key: string) => {
      const value = key.split('.').reduce<string | Messages | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), messages().get(locale));
      if (typeof value !== 'string') throw new ContentError(`messages/${locale}.json`, `has no string at "${key}"`);
      return value;
    },
  });
}

type Read = (file: string) => string;
type Parsed<FrontMatter> = { frontMatter: FrontMatter; body: string; bodyLine: number };

const roleOf = (locale: Locale): TextRole => (locale === defaultLocale ? 'source' : 'translation');

/** The .mdx files of content/<locale>/<folder>/, by slug; a locale without the folder has none. */
function slugsIn(root: string, locale: Locale, folder: 'guides' | 'pages'): string[] {
  const dir = path.join(root, 'content', locale, folder);
  if (!fs.existsSync(dir)) return [];
  // Pages may sit in folders (schools/incident.mdx is the sheet at /<locale>/schools/incident).
  return fs
    .readdirSync(dir, { recursive: folder === 'pages' })
    .map((name) => String(name).split(path.sep).join('/'))
    .filter((name) => name.endsWith('.mdx') && !name.split('/').some((part) => part.startsWith('.')))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}

/**
 * Every file of content/<locale>/<folder>/ in every locale, parsed, and each locale's view with the English text where
 * its own is missing. English is the source language: a translation without an English original stops the build.
 */
function readTexts<Slug extends string, FrontMatter extends { updated?: string; follows?: string }>(
  root: string,
  read: Read,
  folder: 'guides' | 'pages',
  parse: (file: string, source: string, role: TextRole) => Parsed<FrontMatter>,
  allowed?: readonly Slug[],
) {
  const listed = new Map(locales.map((locale) => [locale, slugsIn(root, locale, folder) as Slug[]]));
  const english = listed.get(defaultLocale)!;
  for (const [locale, slugs] of listed) {
    for (const slug of slugs) {
      const file = `content/${locale}/${folder}/${slug}.mdx`;
      if (allowed && !allowed.includes(slug)) throw new ContentError(file, `is not one of the pages (${allowed.join(', ')}): contentPages and sheetPages in lib/content.ts list them`);
      if (!english.includes(slug)) throw new ContentError(file, `has no English original (content/${defaultLocale}/${folder}/${slug}.mdx)`);
    }
  }
  const parseIn = (locale: Locale, slug: Slug) => {
    const file = `content/${locale}/${folder}/${slug}.mdx`;
    return { slug, file, textLocale: locale, ...parse(file, read(file), roleOf(locale)) };
  };
  const originals = new Map(english.map((slug) => [slug, parseIn(defaultLocale, slug)]));
  const written = new Map<Locale, Text<Slug, FrontMatter>[]>();
  const shown = new Map<Locale, Map<Slug, Text<Slug, FrontMatter>>>();
  for (const [locale, slugs] of listed) {
    const own = slugs.map((slug): Text<Slug, FrontMatter> => {
      if (locale === defaultLocale) return originals.get(slug)!;
      const text = parseIn(locale, slug);
      const { updated } = originals.get(slug)!.frontMatter;
      return isStale(text.frontMatter, { updated }) ? { ...text, englishUpdated: updated } : text;
    });
    written.set(locale, deepFreeze(own));
    const bySlug = new Map(own.map((text) => [text.slug, text]));
    shown.set(locale, new Map(english.map((slug) => [slug, bySlug.get(slug) ?? originals.get(slug)!])));
  }
  return { slugs: Object.freeze([...english]), written, shown };
}

function readGuides(root: string, read: Read) {
  const { slugs, written, shown } = readTexts<string, GuideFrontMatter>(root, read, 'guides', parseGuideSource);
  const lists = new Map(
    locales.map((locale) => [
      locale,
      Object.freeze(
        [...shown.get(locale)!.values()].sort(
          (a, b) => a.frontMatter.order - b.frontMatter.order || a.frontMatter.title.localeCompare(b.frontMatter.title, locale),
        ),
      ),
    ]),
  );
  return { slugs, written, shown, lists };
}

function readPages(root: string, read: Read) {
  return readTexts<ContentPageSlug, PageFrontMatter>(root, read, 'pages', parsePageSource, [...contentPages, ...sheetPages]);
}

function readChannels(root: string, read: Read) {
  const dir = path.join(root, CHANNELS_DIR);
  if (!fs.existsSync(dir)) throw new ContentError(`${CHANNELS_DIR}/`, 'is missing');
  const countries = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && name !== INTERNATIONAL_FILE)
    .map((name) => parseCountryFile(`${CHANNELS_DIR}/${name}`, read(`${CHANNELS_DIR}/${name}`)))
    .sort((a, b) => a.country.localeCompare(b.country));
  const international = parseInternationalFile(`${CHANNELS_DIR}/${INTERNATIONAL_FILE}`, readOrMissing(read, `${CHANNELS_DIR}/${INTERNATIONAL_FILE}`));
  deepFreeze(countries);
  deepFreeze(international);
  return { countries, international, byCode: new Map(countries.map((c) => [c.country, c])) };
}

function readGlossary(locale: Locale, read: Read): Glossary {
  const file = `content/glossary/${locale}.yaml`;
  return parseGlossaryFile(file, readOrMissing(read, file), locale);
}

function readMessages(locale: Locale, read: Read): Messages {
  const file = `messages/${locale}.json`;
  let data: unknown;
  try {
    data = JSON.parse(readOrMissing(read, file));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(file, `is not valid JSON (${(error as Error).message})`);
  }
  // Text, in objects of text: next-intl would show a key where it finds anything else.
  const check = (value: unknown, key: string) => {
    if (typeof value === 'string') return;
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ContentError(file, `"${key || '(top level)'}" must be text or an object of texts`);
    for (const [k, v] of Object.entries(value)) check(v, key ? `${key}.${k}` : k);
  };
  check(data, '');
  return data as Messages;
}

function readOrMissing(read: Read, file: string): string {
  try {
    return read(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ContentError(file, 'is missing');
    throw error;
  }
}

/** Runs `load` the first time it is asked, and keeps what it returned (or the error it threw, thrown again). */
function once<T>(load: () => T): () => T {
  let result: { value: T } | { error: unknown } | undefined;
  return () => {
    if (!result) {
      try {
        result = { value: load() };
      } catch (error) {
        result = { error };
      }
    }
    if ('error' in result) throw result.error;
    return result.value;
  };
}

/** What the site read cannot be changed by a page that reads it: every object and array is frozen. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// What pages call: reads of this project's site
// ---------------------------------------------------------------------------------------------------------------

/** Every guide slug. A guide in another locale without an English original stops the build. */
export function guideSlugs(): readonly string[] {
  return site().guideSlugs();
}

/** A guide in the reader's locale, or its English text where the translation is still coming. */
export function getGuide(locale: Locale, slug: string): Guide | undefined {
  return site().guide(locale, slug);
}

/** All guides for a locale, in index order (by order, then title). */
export function listGuides(locale: Locale): readonly Guide[] {
  return site().guides(locale);
}

/** A page in the reader's locale, or its English text while the translation is coming. */
export function getContentPage(locale: Locale, slug: ContentPageSlug): ContentPage {
  return site().page(locale, slug);
}
