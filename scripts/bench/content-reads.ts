// `npx tsx scripts/bench/content-reads.ts`: how many times loading the site touches the disk. It counts node:fs's
// file reads, folder listings and existence checks while it asks for what a build worker renders: every locale's
// guide list, each guide in each locale, each content page in each locale, and each country with its name in each
// locale. One process, as one Next worker or one script is. Prints a markdown table.
import fs from 'node:fs';

const counted = ['readFileSync', 'readdirSync', 'existsSync', 'statSync'] as const;
const calls = Object.fromEntries(counted.map((name) => [name, 0])) as Record<(typeof counted)[number], number>;
for (const name of counted) {
  const original = fs[name] as (...args: unknown[]) => unknown;
  (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    calls[name] += 1;
    return original.apply(fs, args);
  };
}

// Imported after fs is wrapped, though the modules only call it later: nothing is read at import time.
const { contentPages, getContentPage, getGuide, guideSlugs, listGuides } = await import('@/lib/content');
const { countryName } = await import('@/lib/countries');
const { locales } = await import('@/lib/locales');
const { getCountry, loadCountries, loadInternational } = await import('@/lib/channels/directory');

const rows: string[][] = [];
let before = { ...calls };
let started = performance.now();
function step(name: string, work: () => number) {
  const items = work();
  const ms = performance.now() - started;
  rows.push([name, String(items), ...counted.map((c) => String(calls[c] - before[c])), ms.toFixed(0)]);
  before = { ...calls };
  started = performance.now();
}

const total = { ...calls };
const totalStarted = performance.now();
step('listGuides, every locale', () => locales.reduce((n, locale) => n + listGuides(locale).length, 0));
step('getGuide, every locale × slug', () => locales.reduce((n, locale) => n + guideSlugs().filter((slug) => getGuide(locale, slug)).length, 0));
step('getContentPage, every locale × page', () => locales.reduce((n, locale) => n + contentPages.filter((slug) => getContentPage(locale, slug)).length, 0));
step('every country, by code and named in every locale', () => {
  let n = loadInternational().length;
  for (const { country } of loadCountries()) {
    n += getCountry(country) ? 1 : 0;
    for (const locale of locales) n += countryName(locale, country) ? 1 : 0;
  }
  return n;
});
rows.push(['all of it', '', ...counted.map((c) => String(calls[c] - total[c])), (performance.now() - totalStarted).toFixed(0)]);

const header = ['what', 'items', ...counted, 'ms'];
console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
