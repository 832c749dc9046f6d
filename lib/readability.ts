import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { syllable as englishSyllables } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError, describeIssues } from '@/lib/guide-schema';
import type { Locale } from '@/lib/locales';

// The pure half of `npm run check:content` (scripts/check-content.ts is the CLI): turn an MDX body into prose,
// count it, score it with each language's readability formula, and scan it for the content guide's banned terms.

// ---------------------------------------------------------------------------------------------------------------
// MDX body -> prose blocks
// ---------------------------------------------------------------------------------------------------------------

/** One sentence-unit of prose: a paragraph, heading, table cell or prose JSX attribute. */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'tableCell' | 'attribute';
  /** The prose as written (soft line breaks kept, so a hit can be given its line). */
  text: string;
  /** 1-based line in the MDX body where the block starts. */
  line: number;
  /** Quoted material is exempt from the terminology rules. */
  inBlockquote: boolean;
  /** Where each run of text starts in `text` and on which body line, to give an offset its line. */
  runs: Array<{ offset: number; line: number }>;
}

// JSX attributes that hold settings, not prose (e.g. <Callout type="warning">). Every other string attribute,
// such as a Callout's title, is shown to the reader and so is counted.
const NON_PROSE_ATTRIBUTES = new Set([
  'as', 'class', 'className', 'color', 'dir', 'height', 'href', 'icon', 'id', 'key', 'kind', 'lang', 'level',
  'locale', 'name', 'rel', 'role', 'size', 'slug', 'src', 'style', 'target', 'to', 'tone', 'type', 'variant', 'width',
]);

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|www\.|\/)\S*$/i;

// The site compiles MDX with @mdx-js/mdx and remark-gfm (lib/mdx.tsx); parsing with the same processor means the
// check sees exactly the tree the site renders (tables, autolinks, JSX), and fails where the build would.
const mdxProcessor = createProcessor({ remarkPlugins: [remarkGfm] });

/** Parses an MDX body (front matter already removed) as the site does, without running it. Throws on invalid MDX. */
export function parseMdx(mdxBody: string): Root {
  return mdxProcessor.parse(mdxBody);
}

/**
 * Splits an MDX body (front matter already removed), or its tree from parseMdx, into prose blocks. Code, inline
 * code, expressions, import/export and URLs are left out; link text and prose JSX attributes are kept. Throws on
 * invalid MDX.
 */
export function extractBlocks(mdxBody: string | Root): TextBlock[] {
  const tree = typeof mdxBody === 'string' ? parseMdx(mdxBody) : mdxBody;
  const blocks: TextBlock[] = [];

  const attributeBlocks = (
    attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>,
    fallbackLine: number,
    inBlockquote: boolean,
  ) => {
    for (const attribute of attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue; // {expressions} are code
      if (NON_PROSE_ATTRIBUTES.has(attribute.name) || URL_LIKE.test(attribute.value.trim())) continue;
      if (!attribute.value.trim()) continue;
      const line = attribute.position?.start.line ?? fallbackLine;
      blocks.push({ kind: 'attribute', text: attribute.value, line, inBlockquote, runs: [{ offset: 0, line }] });
    }
  };

  const proseBlock = (kind: TextBlock['kind'], node: { children: PhrasingContent[] }, line: number, inBlockquote: boolean) => {
    const block: TextBlock = { kind, text: '', line, inBlockquote, runs: [] };
    const collect = (child: PhrasingContent) => {
      switch (child.type) {
        case 'text':
          block.runs.push({ offset: block.text.length, line: child.position?.start.line ?? line });
          block.text += child.value;
          return;
        case 'break':
          block.text += ' ';
          return;
        case 'inlineCode':
        case 'mdxTextExpression':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
        case 'html':
          return; // code, expressions and images are not prose the reader reads as text
        case 'link':
          if (isBareUrl(child.url, child.children)) return; // an autolinked address is a URL, not words
          child.children.forEach(collect);
          return;
        case 'mdxJsxTextElement':
          attributeBlocks(child.attributes, child.position?.start.line ?? line, inBlockquote);
          child.children.forEach(collect);
          return;
        default:
          if ('children' in child) (child.children as PhrasingContent[]).forEach(collect);
      }
    };
    node.children.forEach(collect);
    // Push after the inline walk so the blocks stay in reading order apart from inline attributes.
    if (block.text.trim()) blocks.push(block);
  };

  const walk = (node: Nodes, inBlockquote: boolean) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'paragraph':
        return proseBlock('paragraph', node, line, inBlockquote);
      case 'heading':
        return proseBlock('heading', node, line, inBlockquote);
      case 'tableCell':
        return proseBlock('tableCell', node, line, inBlockquote);
      case 'blockquote':
        return node.children.forEach((child) => walk(child, true));
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'mdxJsxFlowElement':
        attributeBlocks(node.attributes, line, inBlockquote);
        return node.children.forEach((child) => walk(child, inBlockquote));
      default:
        if ('children' in node) (node.children as Nodes[]).forEach((child) => walk(child, inBlockquote));
    }
  };

  walk(tree, false);
  return blocks;
}

function plainText(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plainText(n.children as PhrasingContent[]) : '')).join('');
}

/** A link whose text is its own address (GFM autolinks, or [https://x](https://x)) contributes no words. */
function isBareUrl(url: string, children: PhrasingContent[]): boolean {
  const text = plainText(children).trim();
  const strip = (s: string) => s.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return text === '' || strip(text) === strip(url) || URL_LIKE.test(text);
}

/** 1-based line in the body -> line in the file, given the whole file and the body splitFrontMatter returned. */
export function bodyLineOffset(source: string, body: string): number {
  const prefix = source.slice(0, source.length - body.length);
  return prefix.split('\n').length - 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------------
// Formulas
// ---------------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------------
// Terminology (../shared/CONTENT-GUIDE.md, "Words the field uses")
// ---------------------------------------------------------------------------------------------------------------

export interface TerminologyRule {
  /** The word as written; matched ignoring case, accents, Arabic diacritics and alef forms. */
  term: string;
  language: string;
  /** Allowed inside quotation marks: a law's or source's title quoted as it is. */
  allowQuoted: boolean;
  use: string;
  /** Match inside a word too (German compounds); always so for Arabic, Devanagari and Han. */
  inWord?: boolean;
}

/** The banned words' file (content/banned-terms.yaml): each term, its language, and which word to use instead. */
const bannedTermsSchema = z
  .strictObject({
    uses: z.record(z.string().min(1), z.string().min(1)).describe('The words to use instead, by name.'),
    terms: z
      .array(
        z.strictObject({
          term: z.string().min(1).describe('The word as written; matched ignoring case, accents, Arabic diacritics and alef forms.'),
          language: z.string().min(1).describe('Its language, for the reader of the file.'),
          allowQuoted: z.boolean().describe('Allowed inside quotation marks: a law\'s or a source\'s title quoted as it is.'),
          use: z.string().min(1).describe('The name of the word to use instead, a key of `uses`.'),
          inWord: z.boolean().optional().describe('Match inside a word too (German compounds).'),
        }),
      )
      .min(1),
  })
  .superRefine((file, ctx) =>
    file.terms.forEach((t, i) => {
      if (!Object.hasOwn(file.uses, t.use)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'use'], message: `"${t.use}" is not a key of uses` });
    }),
  );

/** The banned terms as rules; throws a ContentError naming the file and the field. */
export function parseBannedTerms(file: string, source: string): TerminologyRule[] {
  const result = bannedTermsSchema.safeParse(parseYaml(source));
  if (!result.success) throw new ContentError(file, describeIssues(result.error));
  return result.data.terms.map((t) => ({ ...t, use: result.data.uses[t.use] }));
}
/**
 * Folds text for matching and remembers, for each folded character, its index in the original, so a hit can be
 * reported on its own line. Drops accents and Arabic diacritics/tatweel, unifies alef forms, lowercases.
 */
function foldForMatching(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = text[i]
      .normalize('NFD')
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640\u093c]/g, '')
      .replace(/[آأإٱ]/g, 'ا')
      .toLowerCase();
    for (const ch of piece) {
      folded += ch;
      origin.push(i);
    }
  }
  origin.push(text.length);
  return { folded, origin };
}

// Scripts whose words take attached particles (Arabic), or have no spaces (Han), or combining marks (Devanagari).
const IN_WORD_SCRIPT = /[\u0600-\u06ff\u0900-\u097f\u4e00-\u9fff]/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function ruleRegExp(rule: TerminologyRule): RegExp {
  const folded = foldForMatching(rule.term).folded;
  const body = folded.split(/\s+/).map(escapeRegExp).join('[\\s\\u00a0-]+');
  if (rule.inWord || IN_WORD_SCRIPT.test(folded)) return new RegExp(body, 'giu');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“”', '‹': '›', '「': '」' };

/** Spans [start, end) of text between quotation marks (straight, curly, guillemets). */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    const closers = QUOTE_PAIRS[text[i]];
    if (!closers) continue;
    let j = i + 1;
    while (j < text.length && !closers.includes(text[j])) j++;
    if (j >= text.length) continue;
    spans.push([i + 1, j]);
    i = j;
  }
  return spans;
}

export interface TerminologyHit {
  term: string;
  /** The words as written on the page. */
  found: string;
  /** 1-based line in the MDX body. */
  line: number;
  use: string;
}

/** Lines of `text` start at `block.runs`; returns the body line of an offset into `block.text`. */
function lineAt(block: TextBlock, offset: number): number {
  let run = block.runs[0] ?? { offset: 0, line: block.line };
  for (const r of block.runs) if (r.offset <= offset) run = r;
  return run.line + (block.text.slice(run.offset, offset).match(/\n/g)?.length ?? 0);
}

/** Every banned term in the blocks, except in blockquotes and (for titles) inside quotation marks. */
export function scanTerminology(blocks: TextBlock[], rules: TerminologyRule[]): TerminologyHit[] {
  const hits: TerminologyHit[] = [];
  const compiled = rules.map((rule) => ({ rule, re: ruleRegExp(rule) }));
  for (const block of blocks) {
    if (block.inBlockquote) continue;
    const { folded, origin } = foldForMatching(block.text);
    const quoted = quotedSpans(block.text);
    // Rows can overlap once accents are folded (pedophile / pédophile): report each place once, in reading order.
    const found = new Map<number, TerminologyHit>();
    for (const { rule, re } of compiled) {
      for (const match of folded.matchAll(re)) {
        let start = origin[match.index];
        let end = origin[match.index + match[0].length];
        // A term found inside a word is shown as the whole word (البيدوفيلي, not بيدوفيلي); Han has no words to widen to.
        if (!/\p{sc=Han}/u.test(rule.term)) {
          while (start > 0 && /[\p{L}\p{M}]/u.test(block.text[start - 1])) start--;
          while (end < block.text.length && /[\p{L}\p{M}]/u.test(block.text[end])) end++;
        }
        if (found.has(start)) continue;
        if (rule.allowQuoted && quoted.some(([s, e]) => start >= s && end <= e)) continue;
        found.set(start, { term: rule.term, found: block.text.slice(start, end), line: lineAt(block, start), use: rule.use });
      }
    }
    hits.push(...[...found.entries()].sort(([a], [b]) => a - b).map(([, hit]) => hit));
  }
  return hits.sort((a, b) => a.line - b.line); // stable: same line keeps reading order
}
