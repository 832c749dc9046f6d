import { z } from 'zod';
import { parse as parseYaml } from 'yaml';

export const ageBands = ['0-5', '6-9', '10-12', '13+'] as const;
export const audiences = ['parents', 'carers', 'schools'] as const;
export const guideGroups = ['understand', 'prevent', 'act'] as const;

/** YAML turns an unquoted 2026-11-21 into a Date; this gives the ISO day back, and leaves anything else as it is. */
const dayOf = (v: unknown): unknown => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

export const isoDay = z.preprocess(
  dayOf,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((day) => !Number.isNaN(Date.parse(day)), 'is not a real calendar date'),
);

export const sourceSchema = z
  .strictObject({
    title: z.string().min(1).describe('The source\'s title, as the source writes it.'),
    publisher: z.string().min(1).describe('Who published the source: the organisation, government body or newspaper.'),
    // Every source is a page a reader can open.
    url: z.url({ protocol: /^https$/ }).describe('The source\'s web address, https only ("https://…").'),
    // The day the source was read.
    date: isoDay.describe('The day the source was read, YYYY-MM-DD.'),
    // The language of the title (BCP 47); English where not given.
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
      .optional()
      .describe('The language of the title as a BCP 47 tag, e.g. "fr" or "pt-BR". Leave it out for English.'),
  })
  .describe('A source of the page\'s facts, listed at the end of the page.');

// Search reads these words with a strong weight (public/js/search.js); readers never see them. Written per locale,
// as people there type them, so a translation has its own list, not the English one translated.
const searchTerms = z
  .array(z.string().trim().min(1).max(80))
  .min(5)
  .max(60)
  .refine((terms) => new Set(terms.map((t) => t.toLocaleLowerCase())).size === terms.length, 'lists the same term twice')
  .describe(
    'The words a worried parent or a young person would type into search for this page\'s situation, in the page\'s language: 5 to 60 words or short phrases, everyday and slang words included, written for this language (not the English list translated). Only search reads them.',
  );

export const guideFrontMatterSchema = z
  .strictObject({
    title: z.string().min(3).max(90).describe('The page\'s title and its only h1: 3 to 90 characters.'),
    description: z.string().min(20).max(170).describe('For search engines and share cards: 20 to 170 characters.'),
    summary: z.string().min(10).max(200).describe('One line for the guides index: 10 to 200 characters.'),
    group: z.enum(guideGroups).describe(`The section of the guides index: ${guideGroups.map((g) => `"${g}"`).join(', ')}.`),
    order: z.number().int().min(0).describe('The guide\'s position inside its group on the index, lowest first: a whole number, 0 or more.'),
    audience: z
      .array(z.enum(audiences))
      .min(1)
      .describe(`Who the guide is written for: one or more of ${audiences.map((a) => `"${a}"`).join(', ')}.`),
    ageBands: z
      .array(z.enum(ageBands))
      .min(1)
      .describe(`The ages of children the guide is about: one or more of ${ageBands.map((a) => `"${a}"`).join(', ')} (quote them).`),
    reviewed: isoDay.describe('The day the page\'s facts were last checked, YYYY-MM-DD.'),
    updated: isoDay
      .optional()
      .describe('English pages only, and required there: the day the text last changed in meaning, YYYY-MM-DD. Translations that follow an older date say they may be out of date.'),
    follows: isoDay
      .optional()
      .describe('Translations only, and required there: the "updated" date of the English page this translation was made from, YYYY-MM-DD.'),
    sources: z.array(sourceSchema).min(1).describe('Where the page\'s facts come from: at least one source, shown at the end of the page.'),
    searchTerms,
  })
  .describe('The front matter of a guide, content/<locale>/guides/<slug>.mdx: the YAML between the --- lines at the top.');

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;

/** A page outside the guides (young people, browse safely): the guide's fields that are not about the guides index. */
export const pageFrontMatterSchema = guideFrontMatterSchema
  .pick({ title: true, description: true, summary: true, reviewed: true, updated: true, follows: true, sources: true })
  .extend({ searchTerms: searchTerms.optional() })
  .describe('The front matter of a page outside the guides, content/<locale>/pages/<slug>.mdx: the YAML between the --- lines at the top.');
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
export type Source = z.infer<typeof sourceSchema>;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Splits a file into its YAML front matter and its MDX body. `bodyLine`: the lines before the body, so a problem
 * found in the body is named by its line in the file.
 */
export function splitFrontMatter(source: string): { data: unknown; body: string; bodyLine: number } | null {
  const match = FRONT_MATTER.exec(source);
  if (!match) return null;
  return { data: parseYaml(match[1]), body: source.slice(match[0].length), bodyLine: match[0].split('\n').length - 1 };
}

export class ContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** Every problem zod found, each with the path of its field: `field "sources.0.url": ...; field "title": ...`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `field "${issue.path.length ? issue.path.join('.') : '(top level)'}": ${issue.message}`)
    .join('; ');
}

/** English pages are the source; every other locale's page is a translation that follows one English version. */
export type TextRole = 'source' | 'translation';

/** Validates a guide's front matter; throws a ContentError naming the file and every bad field. */
export function parseGuideSource(file: string, source: string, role: TextRole): { frontMatter: GuideFrontMatter; body: string; bodyLine: number } {
  return parseMdxSource(file, source, guideFrontMatterSchema, role);
}

/** Validates a page's front matter (content/<locale>/pages/). */
export function parsePageSource(file: string, source: string, role: TextRole): { frontMatter: PageFrontMatter; body: string; bodyLine: number } {
  return parseMdxSource(file, source, pageFrontMatterSchema, role);
}

/** The English version a translation follows is older than the English page: the English changed since. */
export function isStale(translation: { follows?: string }, english: { updated?: string }): boolean {
  return Boolean(translation.follows && english.updated && translation.follows < english.updated);
}

function parseMdxSource<T extends z.ZodType<{ updated?: string; follows?: string }>>(
  file: string,
  source: string,
  schema: T,
  role: TextRole,
): { frontMatter: z.infer<T>; body: string; bodyLine: number } {
  let split;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    throw new ContentError(file, `front matter is not valid YAML (${(error as Error).message})`);
  }
  if (!split) throw new ContentError(file, 'missing front matter (a --- block at the top of the file)');
  const result = schema.safeParse(split.data ?? {});
  if (!result.success) throw new ContentError(file, `invalid front matter: ${describeIssues(result.error)}`);
  const { updated, follows } = result.data;
  const [needed, refused] = role === 'source' ? ['updated', 'follows'] : ['follows', 'updated'];
  if ((role === 'source' ? updated : follows) === undefined) {
    throw new ContentError(file, `invalid front matter: field "${needed}": is required in ${role === 'source' ? 'an English page' : 'a translation'}`);
  }
  if ((role === 'source' ? follows : updated) !== undefined) {
    throw new ContentError(file, `invalid front matter: field "${refused}": belongs only in ${role === 'source' ? 'a translation' : 'an English page'}`);
  }
  return { frontMatter: result.data, body: split.body, bodyLine: split.bodyLine };
}

/** 1-based line in the body -> line in the file, given the whole file and the body splitFrontMatter returned. */
export function bodyLineOffset(source: string, body: string): number {
  const prefix = source.slice(0, source.length - body.length);
  return prefix.split('\n').length - 1;
}
