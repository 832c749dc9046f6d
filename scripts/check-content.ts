// `npm run check:content`: prints readability figures for every MDX page of every locale and fails (exit 1) on
// an English guide above Flesch-Kincaid grade 8, an English sheet of the schools' kit above its own grade (lib/kit.ts), a term the content guide bans, or anything that would run code
// (import/export, {expressions}, elements other than the allowed components, attributes not in quotes).
// The logic is in lib/readability.ts and lib/mdx-safety.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { mdxComponentNames } from '@/components/mdx';
import { filesUnder } from '@/lib/files';
import { avoidedWords, containsWord, loadGlossary } from '@/lib/glossary';
import { ContentError, isStale, splitFrontMatter } from '@/lib/guide-schema';
import { sheets, type SheetSlug } from '@/lib/kit';
import { defaultLocale, locales, type Locale } from '@/lib/locales';
import { mdxSafetyFindings } from '@/lib/mdx-safety';
import {
  analyse,
  bodyLineOffset,
  extractBlocks,
  parseMdx,
  readabilityFormulas,
  scanTerminology,
  type TextStats,
} from '@/lib/readability';

const LONG_SENTENCE = 40; // words; a warning, the content guide's own limit is 25
const ENGLISH_GUIDE_MAX_GRADE = 8;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Another content tree may be named (`tsx scripts/check-content.ts tests/scenarios/untranslated-guide/content`).
const contentRoot = process.argv[2] ? path.resolve(process.argv[2]) : path.join(repoRoot, 'content');
/** The tree as a reader of the output names it: content/ in this project. */
const shownRoot = path.relative(process.cwd(), contentRoot) || '.';

interface Row {
  locale: Locale;
  page: string;
  stats?: TextStats;
  score?: number;
  status: string[];
}

// Front matter dates by page (en/guides/x.mdx), for translation freshness.
const dates = new Map<string, { updated?: string; follows?: string }>();
const isoOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined);

const failures: string[] = [];
const warnings: string[] = [];
const rows: Row[] = [];
// What a reader of each locale reads, for the glossary check: page text, interface strings, channel notes.
const readerTexts: { locale: Locale; where: string; text: string; youngPeople: boolean }[] = [];

const pages = locales.flatMap((locale) =>
  filesUnder(path.join(contentRoot, locale), { ext: '.mdx', skipHidden: true }).map((file) => ({ locale, file })),
);

if (pages.length === 0) {
  console.log(`No MDX pages yet under ${shownRoot}/<locale>/ (${locales.join(', ')}): nothing to check.`);
  process.exit(0);
}

for (const { locale, file } of pages) {
  const page = path.relative(contentRoot, file).split(path.sep).join('/');
  const shown = `${shownRoot}/${page}`;
  const row: Row = { locale, page, status: [] };
  rows.push(row);

  const source = fs.readFileSync(file, 'utf8');
  let body: string;
  try {
    // A page without front matter is all body; the guide schema check reports the missing block itself.
    const split = splitFrontMatter(source);
    body = split?.body ?? source;
    // Every source is a page a reader can open.
    const data = split?.data as
      | { sources?: { title?: string; url?: string }[]; updated?: unknown; follows?: unknown; title?: unknown; description?: unknown; summary?: unknown }
      | undefined;
    for (const field of ['title', 'description', 'summary'] as const) {
      const text = data?.[field];
      if (typeof text === 'string') readerTexts.push({ locale, where: `${shown} (${field})`, text, youngPeople: isYoungPeoplePage(page) });
    }
    dates.set(page, { updated: isoOf(data?.updated), follows: isoOf(data?.follows) });
    const sources = data?.sources ?? [];
    for (const s of sources.filter((s) => !s.url)) failures.push(`${shown}: source "${s.title}" has no address (url)`);
    if (sources.some((s) => !s.url)) row.status.push('FAIL: source without address');
  } catch (error) {
    failures.push(`${shown}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
    row.status.push('FAIL: unreadable');
    continue;
  }
  const offset = bodyLineOffset(source, body);
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const err = error as Error & { line?: number; reason?: string };
    // The parser counts lines from the start of the body; give file lines, as everywhere else.
    const reason = (err.reason ?? err.message).replace(/\b(\d+):(\d+)(?:-(\d+):(\d+))?\b/g, (_, l1, c1, l2, c2) =>
      l2 ? `${+l1 + offset}:${c1}-${+l2 + offset}:${c2}` : `${+l1 + offset}:${c1}`,
    );
    failures.push(`${shown}${err.line ? `:${err.line + offset}` : ''}: MDX does not parse (${reason})`);
    row.status.push('FAIL: unreadable');
    continue;
  }

  // Content cannot run code: the build refuses the same constructs (lib/mdx.tsx).
  const refused = mdxSafetyFindings(tree, mdxComponentNames);
  for (const finding of refused) failures.push(`${shown}:${finding.line + offset}: ${finding.message}`);
  if (refused.length) row.status.push(`FAIL: ${refused.length} construct(s) that are not allowed`);

  const blocks = extractBlocks(tree);
  for (const block of blocks) readerTexts.push({ locale, where: `${shown}:${block.line + offset}`, text: block.text, youngPeople: isYoungPeoplePage(page) });
  const stats = analyse(blocks, locale, LONG_SENTENCE);
  row.stats = stats;
  const formula = readabilityFormulas[locale];
  if (formula.score) {
    const score = formula.score(stats);
    if (Number.isFinite(score)) row.score = score;
  }

  const isEnglishGuide = locale === 'en' && /^en\/guides\/[^/]+\.mdx$/.test(page);
  // A sheet of the schools' kit is held to its own grade: 6 for the cards and the letter, which a parent or a child
  // reads in a hurry or in a second language.
  const sheet = locale === 'en' ? sheets[page.replace(/^en\/pages\//, '').replace(/\.mdx$/, '') as SheetSlug] : undefined;
  if (sheet && row.score !== undefined && row.score > sheet.maxGrade) {
    failures.push(`${shown}: ${formula.name} ${row.score.toFixed(1)} is above grade ${sheet.maxGrade} (lib/kit.ts)`);
    row.status.push(`FAIL: grade > ${sheet.maxGrade}`);
  }
  if (row.score !== undefined && formula.isHard?.(row.score)) {
    const figure = `${formula.name} ${row.score.toFixed(1)}`;
    if (isEnglishGuide) {
      failures.push(`${shown}: ${figure} is above grade ${ENGLISH_GUIDE_MAX_GRADE}`);
      row.status.push(`FAIL: grade > ${ENGLISH_GUIDE_MAX_GRADE}`);
    } else {
      warnings.push(`${shown}: ${figure} is hard (${formula.threshold})`);
      row.status.push(`hard (${formula.threshold})`);
    }
  }

  for (const long of stats.longSentences) {
    const start = long.text.length > 70 ? `${long.text.slice(0, 70)}…` : long.text;
    warnings.push(`${shown}:${long.line + offset}: sentence of ${long.words} words (over ${LONG_SENTENCE}): "${start}"`);
  }
  if (stats.longSentences.length) row.status.push(`warn: ${stats.longSentences.length} sentence(s) > ${LONG_SENTENCE} words`);

  const hits = scanTerminology(blocks);
  for (const hit of hits) {
    failures.push(`${shown}:${hit.line + offset}: "${hit.found}" — use ${hit.use}`);
  }
  if (hits.length) row.status.push(`FAIL: ${hits.length} banned term(s)`);
}

glossaryCheck();

// A hand-aligned table: console.table would add an index column and quote every string.
const header = ['locale', 'page', 'words', 'sentences', 'avg sentence', 'longest', 'score', 'formula', 'status'];
const numeric = new Set([2, 3, 4, 5, 6]);
const cells = rows.map((row) => {
  const s = row.stats;
  return [
    row.locale,
    row.page,
    s ? String(s.words) : '-',
    s ? String(s.sentences) : '-',
    s && s.sentences ? s.averageSentenceLength.toFixed(1) : '-',
    s ? String(s.longestSentence.words) : '-',
    row.score !== undefined ? row.score.toFixed(1) : '-',
    readabilityFormulas[row.locale].name,
    row.status.length ? row.status.join('; ') : 'ok',
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (values: string[]) =>
  values.map((v, i) => (numeric.has(i) ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();

const perLocale = locales.map((l) => `${l}: ${rows.filter((r) => r.locale === l).length}`).join(', ');
console.log(`Content check: ${rows.length} page(s) under ${shownRoot}/ (${perLocale})\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const c of cells) console.log(line(c));

console.log(
  `\nThresholds: English guides fail above Flesch-Kincaid grade ${ENGLISH_GUIDE_MAX_GRADE}; English sheets of the schools' kit above their own (${Object.entries(sheets)
      .map(([slug, s]) => `${slug} ${s.maxGrade}`)
      .join(', ')}). Warnings only, for now: ` +
    locales
      .filter((l) => l !== 'en' && readabilityFormulas[l].isHard)
      .map((l) => `${l} ${readabilityFormulas[l].name} ${readabilityFormulas[l].threshold}`)
      .join(', ') +
    ` is "hard"; any sentence over ${LONG_SENTENCE} words. Arabic: sentence length only (no syllable formula); Hindi words and Chinese characters per sentence.`,
);

// Translation freshness: each translation records the English version it follows (front matter "follows").
const stale: string[] = [];
for (const [page, { follows }] of dates) {
  const [locale, ...rest] = page.split('/');
  if (locale === defaultLocale) continue;
  const english = dates.get([defaultLocale, ...rest].join('/'));
  if (isStale({ follows }, english ?? {})) stale.push(`${shownRoot}/${page}: follows the English of ${follows}; the English was updated on ${english!.updated}`);
}
console.log(`\nTranslations that may be out of date (${stale.length}):${stale.length ? '' : ' none'}`);
for (const line of stale) console.log(`  ${line}`);

if (warnings.length) {
  console.log(`\nWarnings (${warnings.length}):`);
  for (const w of warnings) console.log(`  ${w}`);
}
if (failures.length) {
  console.log(`\nFailures (${failures.length}):`);
  for (const f of failures) console.log(`  ${f}`);
  console.log(`\ncheck:content failed: ${failures.length} failure(s) in ${rows.length} page(s).`);
  process.exit(1);
}
console.log(`\ncheck:content passed: ${rows.length} page(s), ${warnings.length} warning(s).`);

/** The young people's page and the pages under it (their first-hour card): written in the young people's register. */
function isYoungPeoplePage(page: string) {
  return /^[^/]+\/pages\/young-people(\/[^/]+)?\.mdx$/.test(page);
}

/**
 * Each locale's glossary (lib/glossary.ts): no avoided word in what its readers read, no parents' register word on
 * the young people's page or in youngPeople.* messages, and every chosen word in use somewhere.
 */
function glossaryCheck() {
  // Only this project's own tree has messages and channels; a scenario's content tree is checked for pages only.
  if (contentRoot !== path.join(repoRoot, 'content')) return;
  for (const locale of locales) {
    const messages = JSON.parse(fs.readFileSync(path.join(repoRoot, 'messages', `${locale}.json`), 'utf8'));
    // A value written "TODO <English>" is a new string waiting for its translator: English, so the locale's glossary
    // does not apply to it yet ("print" is an avoided word in Portuguese). It is counted, as a warning.
    const pending = flatten(messages).filter(([, text]) => text.startsWith('TODO '));
    if (pending.length) warnings.push(`messages/${locale}.json: ${pending.length} interface string(s) wait for translation ("TODO ")`);
    for (const [key, text] of flatten(messages)) {
      if (text.startsWith('TODO ')) continue;
      readerTexts.push({ locale, where: `messages/${locale}.json: ${key}`, text, youngPeople: key.startsWith('youngPeople.') });
    }
    for (const { file, where, text } of channelNotes(locale)) readerTexts.push({ locale, where: `${file}: ${where}`, text, youngPeople: false });
  }
  let checked = 0;
  for (const locale of locales) {
    let glossary;
    try {
      glossary = loadGlossary(locale);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      failures.push(error.message);
      continue;
    }
    checked++;
    const texts = readerTexts.filter((t) => t.locale === locale);
    for (const t of texts) {
      for (const hit of avoidedWords(t.text, locale, { youngPeople: t.youngPeople })) {
        failures.push(`${t.where}: "${hit.found}" — ${hit.use ? `the glossary's word is "${hit.use}"` : 'a parents\' register word on a young people\'s page'} (content/glossary/${locale}.yaml)`);
      }
    }
    for (const term of glossary.terms) {
      if (!texts.some((t) => containsWord(t.text, term.use, locale))) {
        failures.push(`content/glossary/${locale}.yaml: "${term.use}" (${term.concept}) appears nowhere in ${locale}'s pages, messages or notes`);
      }
    }
  }
  console.log(`Glossary: ${checked} of ${locales.length} locales checked, ${readerTexts.length} texts read.\n`);
}

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

/** Every channel note in one locale, read from the channel files as written (loading them is the channel check's job). */
function channelNotes(locale: Locale): { file: string; where: string; text: string }[] {
  const dir = path.join(repoRoot, 'content', 'channels');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const data = YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { channels?: { id?: string; note?: Record<string, string> }[] };
      return (data?.channels ?? [])
        .filter((c) => typeof c.note?.[locale] === 'string')
        .map((c) => ({ file: `content/channels/${f}`, where: `${c.id} note.${locale}`, text: c.note![locale] }));
    });
}
