import type { sheetPages } from '@/lib/content';

/**
 * The schools' and families' kit (issue 25): printable sheets written in MDX (content/<locale>/pages/<slug>.mdx, listed
 * in lib/content.ts, sheetPages), each with the limits it is held to. tests/e2e/schools-kit.test.ts prints every
 * sheet in every locale on A4 and US Letter and counts the pages; `npm run check:content` holds the English text to
 * its grade.
 */
export type SheetSlug = (typeof sheetPages)[number];

export interface SheetSpec {
  /** Who reads it: school staff, parents and carers, or a young person. */
  audience: 'schools' | 'parents' | 'young-people';
  /**
   * The most printed pages it may take, on A4 and on US Letter, in every locale. For the letter, the most one family's
   * letter may take, alone or as a two-language copy.
   */
  maxPages: number;
  /** The highest Flesch-Kincaid grade its English text may have. */
  maxGrade: number;
}

export const sheets: Record<SheetSlug, SheetSpec> = {
  'schools/incident': { audience: 'schools', maxPages: 2, maxGrade: 8 },
  'schools/letter': { audience: 'parents', maxPages: 2, maxGrade: 6 },
  'schools/lessons': { audience: 'schools', maxPages: 4, maxGrade: 8 },
  'first-hour': { audience: 'parents', maxPages: 1, maxGrade: 6 },
  'young-people/first-hour': { audience: 'young-people', maxPages: 1, maxGrade: 6 },
};

/** The sheets that carry the reader's country's numbers (components/FirstHourCountry), and for whom. */
export const countryCards = { 'first-hour': 'parents', 'young-people/first-hour': 'young-people' } as const satisfies Partial<
  Record<SheetSlug, 'parents' | 'young-people'>
>;

/** The letter's fields a school types in before printing (public/js/letter.js), each a blank line on paper without it. */
export const letterFields = ['school', 'contact', 'date'] as const;
export type LetterField = (typeof letterFields)[number];
