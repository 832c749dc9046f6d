import YAML from 'yaml';
import { z } from 'zod';
import { ContentError, describeIssues } from '@/lib/guide-schema';
import { isIsoCountry } from '@/lib/iso-countries';
import type { Locale } from '@/lib/locales';

// Each locale's glossary (content/glossary/<locale>.yaml): one word per safety concept, the words it replaced, the
// parents' register words a young people's page must not use, and the country names the guides use where they
// differ from the browser's. `npm run check:content` enforces the words; lib/countries.ts reads the names. lib/content.ts
// reads the files.
const word = z.string().trim().min(1);

export const glossarySchema = z
  .strictObject({
    terms: z
      .array(
        z.strictObject({
          concept: word.describe('The concept in English, e.g. "sextortion".'),
          use: word.describe('The one word this locale uses for it; it must appear in the locale\'s text.'),
          avoid: z.array(word).default([]).describe('Words that must not appear instead (matched whole-word; substrings in Chinese).'),
        }),
      )
      .min(1)
      .describe('The safety terms.'),
    youngPeople: z
      .strictObject({
        avoid: z.array(word).min(1).describe('The parents\' register words (vous, usted, Sie…) a young people\'s text must not use.'),
      })
      .optional()
      .describe('Required in every locale but English, whose "you" has one register.'),
    countryNames: z
      .record(z.string().refine(isIsoCountry, 'must be an ISO 3166-1 alpha-2 code in upper case'), word)
      .default({})
      .describe('Country names the guides use where they differ from Intl.DisplayNames, by ISO code.'),
  })
  .describe('A locale\'s glossary.');
export type Glossary = z.infer<typeof glossarySchema>;

/** Validates a locale's glossary file; throws a ContentError naming the file and the field. */
export function parseGlossaryFile(file: string, source: string, locale: Locale): Glossary {
  let data: unknown;
  try {
    data = YAML.parse(source);
  } catch (error) {
    throw new ContentError(file, `is not valid YAML (${(error as Error).message})`);
  }
  const result = glossarySchema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error));
  if (locale !== 'en' && !result.data.youngPeople) throw new ContentError(file, 'field "youngPeople": is required (the young people\'s register)');
  return result.data;
}

// Chinese has no spaces between words, so a word is found anywhere; elsewhere only as a whole word.
const wordPattern = (term: string, locale: Locale) => {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return locale === 'zh-Hans' ? new RegExp(escaped, 'gu') : new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
};

/** Whether a word occurs in a text, as the glossary matches it. */
export function containsWord(text: string, term: string, locale: Locale): boolean {
  return wordPattern(term, locale).test(text);
}

/** The avoided words of the locale's glossary a text holds: each with the word to use instead (undefined for a register word). */
export function avoidedWords(text: string, glossary: Glossary, locale: Locale, { youngPeople = false } = {}): { found: string; use?: string }[] {
  const rules = [
    ...glossary.terms.flatMap((t) => t.avoid.map((avoid) => ({ avoid, use: t.use as string | undefined }))),
    ...(youngPeople ? (glossary.youngPeople?.avoid ?? []).map((avoid) => ({ avoid, use: undefined })) : []),
  ];
  return rules.filter((r) => containsWord(text, r.avoid, locale)).map((r) => ({ found: r.avoid, use: r.use }));
}
