import { z } from 'zod';
import { parse as parseYaml } from 'yaml';

export const ageBands = ['0-5', '6-9', '10-12', '13+'] as const;
export const audiences = ['parents', 'carers', 'schools'] as const;
export const guideGroups = ['understand', 'prevent', 'act'] as const;

// YAML turns an unquoted 2026-11-21 into a Date; accept both and keep the ISO day.
export const isoDay = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((day) => !Number.isNaN(Date.parse(day)), 'is not a real calendar date'),
);

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  // News reports in the source collection have no recorded address; everything else links.
  url: z.url({ protocol: /^https$/ }).optional(),
  // The day the source was read.
  date: isoDay,
  // The language of the title (BCP 47); English where not given.
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).optional(),
});

export const guideFrontMatterSchema = z.strictObject({
  title: z.string().min(3).max(90),
  description: z.string().min(20).max(170),
  summary: z.string().min(10).max(200),
  group: z.enum(guideGroups),
  order: z.number().int().min(0),
  audience: z.array(z.enum(audiences)).min(1),
  ageBands: z.array(z.enum(ageBands)).min(1),
  reviewed: isoDay,
  sources: z.array(sourceSchema).min(1),
});

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;

/** A page outside the guides (young people, browse safely): the guide's fields that are not about the guides index. */
export const pageFrontMatterSchema = guideFrontMatterSchema.pick({ title: true, description: true, summary: true, reviewed: true, sources: true });
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
export type Source = z.infer<typeof sourceSchema>;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a file into its YAML front matter and its MDX body. */
export function splitFrontMatter(source: string): { data: unknown; body: string } | null {
  const match = FRONT_MATTER.exec(source);
  if (!match) return null;
  return { data: parseYaml(match[1]), body: source.slice(match[0].length) };
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

/** Validates a guide's front matter; throws a ContentError naming the file and every bad field. */
export function parseGuideSource(file: string, source: string): { frontMatter: GuideFrontMatter; body: string } {
  return parseMdxSource(file, source, guideFrontMatterSchema);
}

/** Validates a page's front matter (content/<locale>/pages/). */
export function parsePageSource(file: string, source: string): { frontMatter: PageFrontMatter; body: string } {
  return parseMdxSource(file, source, pageFrontMatterSchema);
}

function parseMdxSource<T extends z.ZodType>(file: string, source: string, schema: T): { frontMatter: z.infer<T>; body: string } {
  let split;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    throw new ContentError(file, `front matter is not valid YAML (${(error as Error).message})`);
  }
  if (!split) throw new ContentError(file, 'missing front matter (a --- block at the top of the file)');
  const result = schema.safeParse(split.data ?? {});
  if (!result.success) throw new ContentError(file, `invalid front matter: ${describeIssues(result.error)}`);
  return { frontMatter: result.data, body: split.body };
}
