// `npm run check:content`: prints readability figures for every MDX page of every locale and fails (exit 1) on
// an English guide above Flesch-Kincaid grade 8, an English sheet of the schools' kit above its own grade (lib/kit.ts), a term the content guide bans, or anything that would run code
// (import/export, {expressions}, elements other than the allowed components, attributes not in quotes).
// The logic is in lib/checks/readability/ and lib/mdx-safety.ts; the glossaries' in lib/glossary.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxComponentNames } from '@/components/mdx';
import { anyCountryOptions, situationGuides, situationIds } from '@/lib/channels/situations';
import { loadSite, siteRoot, type ContentPage, type Guide, type Site } from '@/lib/content';
import { avoidedWords, containsWord } from '@/lib/glossary';
import { ContentError } from '@/lib/guide-schema';
import { locales, type Locale } from '@/lib/locales';
import { sheets, type SheetSlug } from '@/lib/kit';
import { mdxSafetyFindings } from '@/lib/mdx-safety';
import { analyse, type TextStats } from '@/lib/checks/readability/counting';
import { extractBlocks, parseMdx } from '@/lib/checks/readability/extract';
import { ENGLISH_MAX_GRADE, readabilityFormulas } from '@/lib/checks/readability/formulas';
import { parseBannedTerms, scanTerminology } from '@/lib/checks/readability/terminology';

const LONG_SENTENCE = 40; // words; a warning, the content guide's own limit is 25

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Another project tree may be named (`tsx scripts/check-content.ts tests/scenarios/untranslated-guide`, or HAVEN_ROOT).
const root = process.argv[2] ? path.resolve(process.argv[2]) : siteRoot();
/** A file as a reader of the output finds it: from this project, or with another tree's path. */
const shown = (file: string) => (root === projectRoot ? file : path.join(root, file));

interface Row {
  locale: Locale;
  page: string;
  stats?: TextStats;
  score?: number;
  status: string[];
}

// The banned words are the project's, whichever tree is checked.
const bannedTerms = parseBannedTerms('content/banned-terms.yaml', fs.readFileSync(path.join(projectRoot, 'content', 'banned-terms.yaml'), 'utf8'));

const failures: string[] = [];
const warnings: string[] = [];
const rows: Row[] = [];
// What a reader of each locale reads, for the glossary check: page text, interface strings, channel notes.
const readerTexts: { locale: Locale; where: string; text: string; youngPeople: boolean }[] = [];

// The content layer reads and validates every guide and page (front matter, English originals, freshness): a file it
// refuses is this check's failure too.
let site: Site;
let pages: { locale: Locale; text: Guide | ContentPage; youngPeople: boolean }[];
try {
  if (!fs.existsSync(path.join(root, 'content'))) throw new Error(`${root} has no content/ folder`);
  site = loadSite(root);
  pages = locales.flatMap((locale) => {
    const { guides, pages } = site.written(locale);
    return [...guides, ...pages].map((text) => ({ locale, text, youngPeople: pages.includes(text as ContentPage) && /^young-people(\/|$)/.test(text.slug) }));
  });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.log(`check:content failed${root === projectRoot ? '' : ` in ${root}`}: ${error.message}`);
  process.exit(1);
}

if (pages.length === 0) {
  console.log(`No MDX pages yet under ${shown('content')}/<locale>/ (${locales.join(', ')}): nothing to check.`);
  process.exit(0);
}

for (const { locale, text, youngPeople } of pages) {
  const page = text.file.replace(/^content\//, '');
  const where = shown(text.file);
  const row: Row = { locale, page, status: [] };
  rows.push(row);

  const { frontMatter, body, bodyLine: offset } = text;
  for (const field of ['title', 'description', 'summary'] as const) {
    readerTexts.push({ locale, where: `${where} (${field})`, text: frontMatter[field], youngPeople });
  }
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const err = error as Error & { line?: number; reason?: string };
    // The parser counts lines from the start of the body; give file lines, as everywhere else.
    const reason = (err.reason ?? err.message).replace(/\b(\d+):(\d+)(?:-(\d+):(\d+))?\b/g, (_, l1, c1, l2, c2) =>
      l2 ? `${+l1 + offset}:${c1}-${+l2 + offset}:${c2}` : `${+l1 + offset}:${c1}`,
    );
    failures.push(`${where}${err.line ? `:${err.line + offset}` : ''}: MDX does not parse (${reason})`);
    row.status.push('FAIL: unreadable');
    continue;
  }

  // Content cannot run code: the build refuses the same constructs (lib/mdx.tsx).
  const refused = mdxSafetyFindings(tree, mdxComponentNames);
  for (const finding of refused) failures.push(`${where}:${finding.line + offset}: ${finding.message}`);
  if (refused.length) row.status.push(`FAIL: ${refused.length} construct(s) that are not allowed`);

  const blocks = extractBlocks(tree);
  for (const block of blocks) readerTexts.push({ locale, where: `${where}:${block.line + offset}`, text: block.text, youngPeople });
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
    failures.push(`${where}: ${formula.name} ${row.score.toFixed(1)} is above grade ${sheet.maxGrade} (lib/kit.ts)`);
    row.status.push(`FAIL: grade > ${sheet.maxGrade}`);
  }
  if (row.score !== undefined && formula.isHard?.(row.score)) {
    const figure = `${formula.name} ${row.score.toFixed(1)}`;
    if (isEnglishGuide) {
      failures.push(`${where}: ${figure} is above grade ${ENGLISH_MAX_GRADE}`);
      row.status.push(`FAIL: grade > ${ENGLISH_MAX_GRADE}`);
    } else {
      warnings.push(`${where}: ${figure} is hard (${formula.threshold})`);
      row.status.push(`hard (${formula.threshold})`);
    }
  }

  for (const long of stats.longSentences) {
    const start = long.text.length > 70 ? `${long.text.slice(0, 70)}…` : long.text;
    warnings.push(`${where}:${long.line + offset}: sentence of ${long.words} words (over ${LONG_SENTENCE}): "${start}"`);
  }
  if (stats.longSentences.length) row.status.push(`warn: ${stats.longSentences.length} sentence(s) > ${LONG_SENTENCE} words`);

  const hits = scanTerminology(blocks, bannedTerms);
  for (const hit of hits) {
    failures.push(`${where}:${hit.line + offset}: "${hit.found}" — use ${hit.use}`);
  }
  if (hits.length) row.status.push(`FAIL: ${hits.length} banned term(s)`);
}

glossaryCheck();
situationCheck();

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
console.log(`Content check: ${rows.length} page(s) under ${shown('content')}/ (${perLocale})\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const c of cells) console.log(line(c));

console.log(
  `\nThresholds: English guides fail above Flesch-Kincaid grade ${ENGLISH_MAX_GRADE}; English sheets of the schools' kit above their own (${Object.entries(sheets)
      .map(([slug, s]) => `${slug} ${s.maxGrade}`)
      .join(', ')}). Warnings only, for now: ` +
    locales
      .filter((l) => l !== 'en' && readabilityFormulas[l].isHard)
      .map((l) => `${l} ${readabilityFormulas[l].name} ${readabilityFormulas[l].threshold}`)
      .join(', ') +
    ` is "hard"; any sentence over ${LONG_SENTENCE} words. Arabic: sentence length only (no syllable formula); Hindi words and Chinese characters per sentence.`,
);

// Translation freshness: each translation records the English version it follows (front matter "follows").
const stale = pages
  .filter(({ text }) => text.englishUpdated)
  .map(({ text }) => `${shown(text.file)}: follows the English of ${text.frontMatter.follows}; the English was updated on ${text.englishUpdated}`);
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

/**
 * Each locale's glossary (lib/glossary.ts): no avoided word in what its readers read, no parents' register word on
 * the young people's page or in youngPeople.* messages, and every chosen word in use somewhere.
 */
function glossaryCheck() {
  // A scenario's tree holds guides and pages only; this project's has the messages, channels and glossaries too.
  if (root !== projectRoot) return;
  try {
    for (const locale of locales) {
      for (const [key, text] of flatten(site.messages(locale))) {
        // "TODO <English>" marks a new string its translator has not written yet: English on the reader's page.
        if (locale !== 'en' && text.startsWith('TODO ')) failures.push(`messages/${locale}.json: ${key} waits for its translation ("TODO ")`);
        readerTexts.push({ locale, where: `messages/${locale}.json: ${key}`, text, youngPeople: key.startsWith('youngPeople.') });
      }
      for (const { file, where, text } of channelNotes(locale)) readerTexts.push({ locale, where: `${file}: ${where}`, text, youngPeople: false });
    }
    for (const locale of locales) site.glossary(locale);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    failures.push(error.message);
    return;
  }
  for (const locale of locales) {
    const glossary = site.glossary(locale);
    const texts = readerTexts.filter((t) => t.locale === locale);
    for (const t of texts) {
      for (const hit of avoidedWords(t.text, glossary, locale, { youngPeople: t.youngPeople })) {
        failures.push(`${t.where}: "${hit.found}" — ${hit.use ? `the glossary's word is "${hit.use}"` : 'a parents\' register word on a young people\'s page'} (content/glossary/${locale}.yaml)`);
      }
    }
    for (const term of glossary.terms) {
      if (!texts.some((t) => containsWord(t.text, term.use, locale))) {
        failures.push(`content/glossary/${locale}.yaml: "${term.use}" (${term.concept}) appears nowhere in ${locale}'s pages, messages or notes`);
      }
    }
  }
  console.log(`Glossary: ${locales.length} locales checked, ${readerTexts.length} texts read.\n`);
}

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

/** Every channel note in one locale, with the file and the channel it belongs to. */
function channelNotes(locale: Locale): { file: string; where: string; text: string }[] {
  const files = [
    ...site.countries().map((c) => ({ file: `content/channels/${c.country.toLowerCase()}.yaml`, channels: c.channels })),
    { file: 'content/channels/international.yaml', channels: site.international() },
  ];
  return files.flatMap(({ file, channels }) =>
    channels.filter((c) => c.note).map((c) => ({ file, where: `${c.id} note.${locale}`, text: c.note![locale] })),
  );
}

/** Every guide and international option that a "what happened?" choice names exists (lib/channels/situations.ts). */
function situationCheck() {
  if (root !== projectRoot) return;
  const slugs = site.guideSlugs();
  const options = site.international().map((c) => c.id);
  for (const situation of situationIds) {
    const guide = situationGuides[situation];
    if (!slugs.includes(guide)) failures.push(`lib/channels/situations.ts: situation "${situation}" names the guide "${guide}", which content/en/guides/ does not have`);
    for (const id of anyCountryOptions[situation]) {
      if (!options.includes(id)) failures.push(`lib/channels/situations.ts: situation "${situation}" names "${id}", which content/channels/international.yaml does not have`);
    }
  }
}
