import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError, describeIssues } from '@/lib/guide-schema';
import type { TextBlock } from '@/lib/checks/readability/extract';

// The content guide's banned terms (content/banned-terms.yaml), found in prose blocks (../shared/CONTENT-GUIDE.md,
// "Words the field uses").

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
