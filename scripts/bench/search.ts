import type { Browser, Page } from 'playwright-core';
import { locales, type Locale } from '../../lib/locales';
import { guidePath, localePath } from '../../lib/site';
import { searchPhrasings, type Phrasing } from '../../tests/search-phrasings';

// Search in a parent's words, as a reader meets it: each phrasing of tests/search-phrasings.ts typed into the search
// page's box in chromium, the first three results read from the page, and the time from the last keystroke to the
// results on screen (the script's pause for typing included). One page per locale, reused, so Pagefind's files load
// once, as for a reader who searches twice.

export interface PhrasingResult {
  query: string;
  guide: string;
  who: Phrasing['who'];
  top3: string[];
  hit: boolean;
  ms: number;
}

export interface SearchLocaleResult {
  locale: Locale;
  hits: number;
  total: number;
  medianMs: number;
  phrasings: PhrasingResult[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Types `query` into the box and returns the first three results' paths and the milliseconds until they showed. */
async function typeAndRead(page: Page, query: string): Promise<{ top3: string[]; ms: number }> {
  const box = page.locator('#search-q');
  // The status names the query once its results (or none) are on screen: clear the last one's first.
  await page.evaluate(() => {
    document.getElementById('search-status')!.textContent = '';
  });
  const start = performance.now();
  await box.fill(query);
  await page.waitForFunction(
    (q) => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      const root = document.getElementById('site-search');
      return status.includes(q) && root?.dataset.searching !== status;
    },
    query,
    { polling: 'raf', timeout: 15_000 },
  );
  const ms = performance.now() - start;
  const top3 = await page.locator('#search-results h3 a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
  return { top3, ms };
}

export async function measureSearch(browser: Browser, baseUrl: string): Promise<SearchLocaleResult[]> {
  const results: SearchLocaleResult[] = [];
  for (const locale of locales) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/${locale}/search`);
      const phrasings: PhrasingResult[] = [];
      for (const phrasing of searchPhrasings[locale]) {
        const { top3, ms } = await typeAndRead(page, phrasing.query);
        const hit = top3.includes(localePath(locale, guidePath(phrasing.guide)));
        phrasings.push({ ...phrasing, top3, hit, ms: Math.round(ms) });
      }
      results.push({
        locale,
        hits: phrasings.filter((p) => p.hit).length,
        total: phrasings.length,
        medianMs: Math.round(median(phrasings.map((p) => p.ms))),
        phrasings,
      });
    } finally {
      await context.close();
    }
  }
  return results;
}

export function searchTable(results: SearchLocaleResult[]): string {
  const hits = results.reduce((n, r) => n + r.hits, 0);
  const total = results.reduce((n, r) => n + r.total, 0);
  return [
    '| Search, per locale | Right guide in the top 3 | Median ms from typing to results |',
    '| --- | --- | --- |',
    ...results.map((r) => `| ${r.locale} | ${r.hits} / ${r.total} | ${r.medianMs} |`),
    `| all | ${hits} / ${total} | ${median(results.flatMap((r) => r.phrasings.map((p) => p.ms)))} |`,
    '',
    'The phrasings of tests/search-phrasings.ts (a parent\'s and a teenager\'s, in each language), typed into /<locale>/search in chromium; the time includes the script\'s pause for typing.',
  ].join('\n');
}
