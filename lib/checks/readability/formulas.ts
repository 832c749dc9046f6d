import { fleschKincaid } from 'flesch-kincaid';
import type { Locale } from '@/lib/locales';

// Each language's readability formula and its threshold.

export interface Counts {
  words: number;
  sentences: number;
  syllables?: number;
  longWords?: number;
  characters?: number;
}

type SyllableCounts = Counts & { syllables: number };
const hasCounts = (c: Counts): c is SyllableCounts => c.words > 0 && c.sentences > 0 && (c.syllables ?? 0) > 0;

/** Flesch-Kincaid grade level (1975): 0.39 ASL + 11.8 ASW - 15.59, via wooorm's `flesch-kincaid`. Lower is easier. */
export function fleschKincaidGrade(c: Counts): number {
  if (!hasCounts(c)) return Number.NaN;
  return fleschKincaid({ sentence: c.sentences, word: c.words, syllable: c.syllables });
}

/** Kandel & Moles (1958), French: 207 - 1.015 ASL - 73.6 ASW. Higher is easier, like Flesch reading ease. */
export function kandelMoles(c: Counts): number {
  if (!hasCounts(c)) return Number.NaN;
  return 207 - 1.015 * (c.words / c.sentences) - 73.6 * (c.syllables / c.words);
}

/** Fernández Huerta (1959), Spanish: 206.84 - 0.60 P - 1.02 F, P syllables and F sentences per 100 words. */
export function fernandezHuerta(c: Counts): number {
  if (!hasCounts(c)) return Number.NaN;
  const p = (100 * c.syllables) / c.words;
  const f = (100 * c.sentences) / c.words;
  return 206.84 - 0.6 * p - 1.02 * f;
}

/** Flesch adapted to Portuguese, Martins et al. (1996): 248.835 - 1.015 ASL - 84.6 ASW. Higher is easier. */
export function fleschPortuguese(c: Counts): number {
  if (!hasCounts(c)) return Number.NaN;
  return 248.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words);
}

/** LIX, Björnsson (1968): words per sentence + the percentage of words over six letters. Used for German,
 * Indonesian and Filipino; 45 or lower is plain text, like the other Latin-script locales' thresholds. */
function lix(c: Counts): number {
  if (c.words === 0 || c.sentences === 0 || c.longWords === undefined) return Number.NaN;
  return c.words / c.sentences + (100 * c.longWords) / c.words;
}

/** Average sentence length in words, for Hindi (no validated readability formula is maintained for it). */
function wordsPerSentence(c: Counts): number {
  return c.sentences ? c.words / c.sentences : Number.NaN;
}

/** Average sentence length in characters, for Chinese, which has no spaces between words. */
function charactersPerSentence(c: Counts): number {
  return c.sentences && c.characters !== undefined ? c.characters / c.sentences : Number.NaN;
}

export interface ReadabilityFormula {
  name: string;
  score?: (c: Counts) => number;
  /** When the score counts as hard for this language (the content guide's "grade 8" level). */
  isHard?: (score: number) => boolean;
  threshold: string;
}

/** The hardest an English guide may be (Flesch-Kincaid grade): above it, the content check fails. */
export const ENGLISH_MAX_GRADE = 8;

/** One formula per locale; English guides fail above ENGLISH_MAX_GRADE, the others are warnings for now. */
export const readabilityFormulas: Record<Locale, ReadabilityFormula> = {
  en: {
    name: 'Flesch-Kincaid grade',
    score: fleschKincaidGrade,
    isHard: (s) => s > ENGLISH_MAX_GRADE,
    threshold: `grade above ${ENGLISH_MAX_GRADE}`,
  },
  fr: { name: 'Kandel-Moles', score: kandelMoles, isHard: (s) => s < 60, threshold: 'below 60' },
  es: { name: 'Fernández Huerta', score: fernandezHuerta, isHard: (s) => s < 60, threshold: 'below 60' },
  pt: { name: 'Flesch-PT (Martins)', score: fleschPortuguese, isHard: (s) => s < 50, threshold: 'below 50' },
  ar: { name: 'sentence length only', threshold: 'none' },
  de: { name: 'LIX', score: lix, isHard: (s) => s > 45, threshold: 'above 45' },
  hi: { name: 'words per sentence', score: wordsPerSentence, isHard: (s) => s > 18, threshold: 'above 18 words' },
  id: { name: 'LIX', score: lix, isHard: (s) => s > 45, threshold: 'above 45' },
  fil: { name: 'LIX', score: lix, isHard: (s) => s > 45, threshold: 'above 45' },
  'zh-Hans': {
    name: 'characters per sentence',
    score: charactersPerSentence,
    isHard: (s) => s > 35,
    threshold: 'above 35 characters',
  },
};
