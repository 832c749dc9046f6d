import { syllable as englishSyllables } from 'syllable';
import type { Locale } from '@/lib/locales';
import type { TextBlock } from '@/lib/checks/readability/extract';

// Counting words, sentences and syllables of prose blocks, in each language.

/** Words as Intl.Segmenter sees them (isWordLike): handles elision (l'enfant), numbers and Arabic. */
function words(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Sentences of one block. A block ends a sentence even without a full stop (headings, list items, cells). */
function sentences(text: string, locale: string): string[] {
  // Soft line breaks are spaces to the reader; Intl.Segmenter would treat them as sentence ends.
  const flat = text.replace(/\s+/g, ' ').trim();
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  return [...segmenter.segment(flat)].map((s) => s.segment.trim()).filter((s) => words(s, locale).length > 0);
}

// Syllable counters. English uses wooorm's `syllable` (dictionary of exceptions + rules).
// French, Spanish and Portuguese: no maintained syllable library exists on npm (`silabea` is an unmaintained
// 1.0.0, Spanish only). Hyphenation patterns (`hyphen`, `hypher`, `hyphenopoly`) were tried and rejected: they find
// acceptable line breaks, not syllables, so they never split off a first or last letter (a-ho-ra -> "aho|ra") and
// never split Spanish hiatus (a-é-re-o -> "aé|reo"), which undercounts by design. So these are documented
// vowel-group counters: one syllable per group of adjacent vowels, split where the language's spelling rules
// make two syllables (below). Every word counts at least one syllable (numbers such as 112 included).

const isOneOf = (set: string) => (c: string | undefined) => c !== undefined && set.includes(c);

/** English: wooorm's `syllable`. */
export function englishSyllableCount(word: string): number {
  return Math.max(1, englishSyllables(word));
}

/**
 * Spanish (RAE, Ortografía 2010, §4.1): strong vowels a e o, weak i u ü. Two strong vowels, or an accented weak
 * vowel (í ú) next to any vowel, are a hiatus (two syllables: a-é-re-o, pa-ís); other pairs are diphthongs
 * (ciu-dad, cuan-do). "y" is a vowel only when no vowel follows (hoy, muy, y).
 */
export function spanishSyllableCount(word: string): number {
  const w = word.toLowerCase();
  const vowel = isOneOf('aeiouáéíóúü');
  const strong = isOneOf('aeoáéó');
  const accentedWeak = isOneOf('íú');
  let count = 0;
  let prev: string | null = null;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const isVowel = vowel(c) || (c === 'y' && !vowel(w[i + 1]) && (i > 0 || w.length === 1));
    if (!isVowel) {
      prev = null;
      continue;
    }
    const v = c === 'y' ? 'i' : c;
    if (prev === null || (strong(prev) && strong(v)) || accentedWeak(prev) || accentedWeak(v)) count++;
    prev = v;
  }
  return Math.max(1, count);
}

/**
 * Portuguese (orthographic division, Acordo Ortográfico 1990, Base XLVIII): falling diphthongs (ai, ei, oi, au, eu,
 * ou, ui) and nasal ones (ão, ãe, õe) are one syllable; two strong vowels (vo-o), a weak vowel before a vowel
 * (cri-an-ça, his-tó-ri-a) and an accented í ú (sa-ú-de, pa-ís) are split. The u of qu/gu before a vowel is not a
 * syllable (quan-do, á-gua).
 */
export function portugueseSyllableCount(word: string): number {
  const w = word.toLowerCase();
  const vowel = isOneOf('aeiouyáàâãéêíóôõúü');
  const strong = isOneOf('aeoáàâãéêóôõ');
  const weak = isOneOf('iuyü');
  const accentedWeak = isOneOf('íú');
  let count = 0;
  let prev: string | null = null;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const glide = (c === 'u' || c === 'ü') && (w[i - 1] === 'q' || w[i - 1] === 'g') && vowel(w[i + 1]);
    if (!vowel(c) || glide) {
      prev = null;
      continue;
    }
    const nasalDiphthong = prev !== null && 'ãõ'.includes(prev) && 'eo'.includes(c);
    const split =
      prev === null ||
      (!nasalDiphthong && strong(prev) && strong(c)) ||
      (weak(prev) && strong(c)) ||
      accentedWeak(prev) ||
      accentedWeak(c);
    if (split) count++;
    prev = c;
  }
  return Math.max(1, count);
}

/**
 * French (spoken syllables): a final mute -e/-es is dropped when another vowel comes before it (ta-ble = 1,
 * i-dée = 2, but le, les = 1); then one syllable per vowel group (eau, oi, ou, ai, ion = 1), split before a
 * diaeresis (na-ïf), around é è ê next to a, e, o or before a vowel (a-é-rien, cré-er, po-ème, ré-u-nion), and
 * before a y between vowels (pa-yer); the u of qu is silent. Known limit: the verb ending -ent (ils parlent) counts one syllable too many.
 */
export function frenchSyllableCount(word: string): number {
  let w = word.toLowerCase();
  const vowel = isOneOf('aeiouyàâäéèêëîïôöùûüÿæœ');
  const muteEnding = /(?:e|es)$/.exec(w);
  if (muteEnding && [...w.slice(0, muteEnding.index)].some((c) => vowel(c))) w = w.slice(0, muteEnding.index);
  const diaeresis = isOneOf('ëïüÿ');
  const openE = isOneOf('éèê');
  let count = 0;
  let prev: string | null = null;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (!vowel(c) || (c === 'u' && w[i - 1] === 'q')) {
      prev = null; // the u of qu is silent (qu'une, quoi)
      continue;
    }
    const split =
      prev === null ||
      diaeresis(c) ||
      (openE(c) && isOneOf('aeoéèê')(prev)) ||
      openE(prev) ||
      (c === 'y' && vowel(w[i + 1]));
    if (split) count++;
    prev = c;
  }
  return Math.max(1, count);
}

const syllableCounters: Partial<Record<Locale, (word: string) => number>> = {
  en: englishSyllableCount,
  fr: frenchSyllableCount,
  es: spanishSyllableCount,
  pt: portugueseSyllableCount,
  // ar: no syllable formula for Arabic; only sentence length is measured.
};

export interface TextStats {
  words: number;
  sentences: number;
  /** Undefined where the language has no syllable counter (Arabic, Hindi, Chinese, and the LIX languages). */
  syllables?: number;
  /** Words of more than six letters, for LIX. */
  longWords: number;
  /** Letters and digits, for Chinese, whose sentence length is counted in characters. */
  characters: number;
  averageSentenceLength: number;
  longestSentence: { words: number; text: string; line: number };
  /** Every sentence over the given word limit, with the body line of its block. */
  longSentences: Array<{ words: number; text: string; line: number }>;
}

const LIX_LONG_WORD = 6;
const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** Counts words, sentences and syllables over a page's blocks; each block is its own sentence-unit. */
export function analyse(blocks: TextBlock[], locale: Locale, longSentenceLimit = 40): TextStats {
  const countSyllables = syllableCounters[locale];
  let syllables = 0;
  const stats: TextStats = {
    words: 0,
    sentences: 0,
    longWords: 0,
    characters: 0,
    averageSentenceLength: 0,
    longestSentence: { words: 0, text: '', line: 0 },
    longSentences: [],
  };
  for (const block of blocks) {
    for (const sentence of sentences(block.text, locale)) {
      const list = words(sentence, locale);
      stats.sentences++;
      stats.words += list.length;
      stats.longWords += list.filter((word) => letters(word) > LIX_LONG_WORD).length;
      stats.characters += letters(sentence);
      if (countSyllables) syllables += list.reduce((sum, word) => sum + countSyllables(word), 0);
      const entry = { words: list.length, text: sentence, line: block.line };
      if (list.length > stats.longestSentence.words) stats.longestSentence = entry;
      if (list.length > longSentenceLimit) stats.longSentences.push(entry);
    }
  }
  stats.averageSentenceLength = stats.sentences ? stats.words / stats.sentences : 0;
  if (countSyllables) stats.syllables = syllables;
  return stats;
}
