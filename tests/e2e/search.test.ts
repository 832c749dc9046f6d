import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listGuides } from '@/lib/content';
import { countryName } from '@/lib/countries';
import { localeCountries, locales, type Locale } from '@/lib/locales';
import { situationGuides, situationIds } from '@/lib/channels/situations';
import { countryPath, guidePath, localePath } from '@/lib/site';
import { launchedBrowser, reusedPage, wcagViolationsLightAndDark } from './browser';
import { baseURL, get } from './site';
import { readMessages as messages } from '../messages';
import { searchPhrasings } from '../search-phrasings';

const browser = launchedBrowser();


// One page with script and one without, reused by every test here.
const withScript = reusedPage(browser);
const withoutScript = reusedPage(browser, { javaScriptEnabled: false });
/** A third, for the ranking checks, so the searches typed into the first keep their page and its requests. */
const forRanking = reusedPage(browser);

/** The reused page with script (or without), at `path`, with the addresses it requests from now on. */
async function open(path: string, { javaScriptEnabled = true }: { javaScriptEnabled?: boolean } = {}) {
  const { page, requests } = await (javaScriptEnabled ? withScript : withoutScript)(`${baseURL()}${path}`);
  return { page, requests };
}

/** Requests that went anywhere but the test server. */
function offSite(requests: string[]): string[] {
  const origin = new URL(baseURL()).origin;
  return requests.filter((url) => new URL(url).origin !== origin);
}

/** The guide each locale's tests look for: the sextortion guide, or the first guide translated into the locale. */
function targetGuide(locale: Locale) {
  const translated = listGuides(locale).filter((g) => g.textLocale === locale);
  expect(translated.length, `no guide is translated into ${locale}`).toBeGreaterThan(0);
  return translated.find((g) => g.slug === 'sextortion') ?? translated[0];
}

/** The words of a guide's body (its prose, not its title or summary), lowercased, from the built page. */
async function bodyWords(locale: Locale, slug: string): Promise<Set<string>> {
  const html = await (await get(localePath(locale, guidePath(slug)))).text();
  const start = html.indexOf('class="prose');
  const end = html.indexOf('aria-labelledby="sources"', start);
  expect(start, `${locale}/${slug}: no prose`).toBeGreaterThan(0);
  const text = html.slice(start, end).replace(/<[^>]*>/g, ' ');
  // Words as the language has them (Chinese has no spaces; Devanagari vowel signs are marks, not letters).
  const minimum = locale === 'zh-Hans' ? 2 : 6;
  const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].filter((w) => w.isWordLike);
  return new Set(words.map((w) => w.segment.toLowerCase()).filter((w) => [...w].length >= minimum && !/\d/.test(w)));
}

/** A word of the guide's body that is not in its title and is in as few other guides of the locale as possible. */
async function distinctiveBodyWord(locale: Locale, slug: string, title: string): Promise<string> {
  const own = await bodyWords(locale, slug);
  const others = await Promise.all(
    listGuides(locale)
      .filter((g) => g.slug !== slug && g.textLocale === locale)
      .map((g) => bodyWords(locale, g.slug)),
  );
  const inTitle = title.toLowerCase();
  const candidates = [...own]
    .filter((word) => !inTitle.includes(word))
    .map((word) => ({ word, spread: others.filter((words) => words.has(word)).length }))
    .sort((a, b) => a.spread - b.spread || b.word.length - a.word.length || a.word.localeCompare(b.word));
  expect(candidates.length).toBeGreaterThan(0);
  return candidates[0].word;
}

/**
 * The addresses of the first results of each query, in order, from the search the page runs: Pagefind with the
 * site's ranking (public/js/rank.js), called as public/js/search.js calls it on each search, with its maximum of
 * results. All in one evaluation on the locale's search page: the box, its pause after typing and the drawing of the
 * list are tested once per locale above, the ranking here for many queries. Also the requests the page made.
 */
async function topResults(locale: Locale, queries: string[]): Promise<{ results: string[][]; requests: string[] }> {
  const { page, requests } = await forRanking(`${baseURL()}/${locale}/search`);
  // Evaluated as text so the bundler leaves import() alone.
  const results = (await page.evaluate(`(async (queries) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const { find, ranking } = await import('/js/rank.js');
    await pagefind.options({ ranking });
    await pagefind.init();
    const results = [];
    for (const query of queries) results.push((await find(pagefind, query, document.documentElement.lang, 10)).map((r) => r.url));
    return results;
  })(${JSON.stringify(queries)})`)) as string[][];
  return { results, requests };
}

async function resultLinks(page: import('playwright-core').Page): Promise<string[]> {
  await page.locator('#search-results > li, #search-no-results:not([hidden])').first().waitFor();
  return page.locator('#search-results h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe.each(locales)('search in %s', (locale) => {
  const t = messages(locale).search;
  // One page with script for the searches, one after the other, as a reader makes them; its requests are all kept.
  let searching: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    searching = await open(`/${locale}/search`);
  });
  afterAll(async () => {
    expect(offSite(searching.requests)).toEqual([]);
  });

  it("finds a guide by its title, typed into the box, and keeps the query in the address", async () => {
    const guide = targetGuide(locale);
    const { page } = searching;
    await page.getByLabel(t.label).fill(guide.frontMatter.title);
    await page.getByLabel(t.label).press('Enter');
    const links = await resultLinks(page);
    expect(links[0]).toBe(localePath(locale, guidePath(guide.slug)));
    expect(new URL(page.url()).searchParams.get('q')).toBe(guide.frontMatter.title);
    // Every result has a title, an excerpt and a link into this locale.
    const items = page.locator('#search-results > li');
    expect(await items.count()).toBe(links.length);
    for (const link of links) expect(link.startsWith(`/${locale}/`)).toBe(true);
    expect((await items.first().locator('p').innerText()).trim()).not.toBe('');
    expect(await page.locator('#search-status').innerText()).toContain(guide.frontMatter.title);
    if (locale === 'ar') {
      expect(await items.first().evaluate((li) => getComputedStyle(li).direction)).toBe('rtl');
    }
  });

  it('finds a guide by a word from its body, from a shared address (?q=)', async () => {
    const guide = targetGuide(locale);
    const word = await distinctiveBodyWord(locale, guide.slug, guide.frontMatter.title);
    const { page } = searching;
    await page.goto(`${baseURL()}/${locale}/search?q=${encodeURIComponent(word)}`);
    const links = await resultLinks(page);
    expect(links, `"${word}"`).toContain(localePath(locale, guidePath(guide.slug)));
    expect(await page.getByLabel(t.label).inputValue()).toBe(word);
    // The excerpt highlights the match with <mark>, and nothing else is rendered as markup.
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-results p *:not(mark)').count()).toBe(0);
  });

  it("finds the right guide among the first three for each parent's and teenager's search of tests/search-phrasings.ts", async () => {
    const phrasings = searchPhrasings[locale];
    const { results, requests } = await topResults(locale, phrasings.map((p) => p.query));
    const misses: string[] = [];
    phrasings.forEach(({ query, guide, first }, i) => {
      const top3 = results[i].slice(0, 3);
      const wanted = localePath(locale, guidePath(guide));
      if (first ? top3[0] !== wanted : !top3.includes(wanted)) misses.push(`"${query}" → ${wanted}${first ? ' first' : ''}: ${top3.join(' ')}`);
    });
    expect(misses).toEqual([]);
    expect(offSite(requests)).toEqual([]);
    expect(new Set(phrasings.map((p) => p.who))).toEqual(new Set(['parent', 'teen']));
    expect(phrasings.length).toBeGreaterThanOrEqual(8);
  });

  it("finds each of the locale's own countries by its name, its page first", async () => {
    const names = localeCountries(locale).map((code) => countryName(locale, code));
    const { results, requests } = await topResults(locale, names);
    expect(offSite(requests)).toEqual([]);
    const misses = localeCountries(locale).flatMap((code, i) => (results[i][0] === localePath(locale, countryPath(code)) ? [] : [`${names[i]}: ${results[i].slice(0, 3).join(' ')}`]));
    expect(misses).toEqual([]);
  });

  it('says clearly when nothing is found, with the six situations, and links to the guides and to reporting', async () => {
    const nonsense = 'qzxjvwkpfy';
    const { page } = searching;
    // A fresh page: the results of an earlier search must not be read as this one's.
    await page.goto(`${baseURL()}/${locale}/search`);
    await page.getByLabel(t.label).fill(nonsense);
    await page.getByRole('button', { name: t.submit, exact: true }).click();
    expect(await resultLinks(page)).toEqual([]);
    expect(await page.locator('#search-status').innerText()).toBe(t.noResults.replace('{query}', nonsense));
    const help = page.locator('#search-no-results');
    // The "what happened?" situations, each a link to its guide, in the words of the report page.
    const report = messages(locale).report.situations as Record<string, { title: string }>;
    for (const id of situationIds) {
      const link = help.getByRole('link', { name: report[id].title, exact: true });
      expect(await link.getAttribute('href')).toBe(localePath(locale, guidePath(situationGuides[id])));
    }
    expect(await help.getByRole('heading', { name: t.situations }).isVisible()).toBe(true);
    expect(await help.locator(`a[href="/${locale}/guides"]`).count()).toBe(1);
    expect(await help.locator(`a[href="/${locale}/report"]`).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('q')).toBe(nonsense);
  });

  it('without JavaScript, lists every guide with its summary, and the form still sends ?q=', async () => {
    const { page, requests } = await open(`/${locale}/search`, { javaScriptEnabled: false });
    await page.getByLabel(t.label).fill('photos');
    await page.getByLabel(t.label).press('Enter');
    await page.waitForURL(`**/${locale}/search?q=photos`);
    // The sentence is in <noscript>, which a browser shows only when scripts are off (Playwright's text search skips it).
    const sentence = page.locator('#all-guides ~ noscript p, section[aria-labelledby="all-guides"] noscript p');
    expect(await sentence.isVisible()).toBe(true);
    expect(await sentence.textContent()).toBe(t.noScript);
    const list = page.locator('#all-guides-list');
    const guides = listGuides(locale);
    expect(await list.locator('li').count()).toBe(guides.length);
    const text = await list.innerText();
    for (const guide of guides) {
      expect(await list.locator(`a[href="${localePath(locale, guidePath(guide.slug))}"]`).innerText()).toBe(guide.frontMatter.title);
      expect(text).toContain(guide.frontMatter.summary);
    }
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(offSite(requests)).toEqual([]);
  });
});

describe('search entry point and loading', () => {
  it.each(locales)('every page of %s links to its search page from the header', async (locale) => {
    for (const path of ['', '/guides', guidePath(targetGuide(locale).slug), '/report', '/schools', '/no-such-page']) {
      const html = await (await get(`/${locale}${path}`)).text();
      const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
      expect(header, `/${locale}${path}`).toContain(`href="/${locale}/search"`);
    }
  });

  it('a guide page does not load the search script or index, and asks nothing of another site', async () => {
    const { page, requests } = await open('/en/guides/sextortion');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(offSite(requests)).toEqual([]);
  });

  it('the header, footer and other pages stay out of the index', async () => {
    const { page } = await open('/en/search?q=Haven');
    const links = await resultLinks(page);
    // "Haven" is in every header and footer, but in no indexed text of these pages.
    for (const link of links) expect(link).toMatch(/^\/en\/(guides\/|report|schools|young-people|browse-safely|about|privacy|accessibility)/);
    expect(links).not.toContain('/en');
    expect(links).not.toContain('/en/guides');
    expect(links).not.toContain('/en/search');
  });

  it('an Arabic query finds Arabic pages only', async () => {
    const guide = targetGuide('ar');
    const { page } = await open(`/ar/search?q=${encodeURIComponent(guide.frontMatter.title)}`);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith('/ar/')).toBe(true);
    const title = await page.locator('#search-results h3 a').first().innerText();
    expect(title).toMatch(/\p{Script=Arabic}/u);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });
});

describe('search accessibility', () => {
  // The results are drawn by search.js, so no component example shows them: checked right to left.
  for (const locale of ['ar'] as const) {
    it(`axe finds no WCAG 2.2 AA violation on /${locale}/search with results and with none, light and dark`, async () => {
      const guide = targetGuide(locale);
      for (const query of [guide.frontMatter.title, 'qzxjvwkpfy']) {
        const { page } = await open(`/${locale}/search?q=${encodeURIComponent(query)}`);
        await resultLinks(page);
        expect(await wcagViolationsLightAndDark(page)).toEqual([]);
      }
    });
  }
});

describe('every title finds its guide', () => {
  it.each(locales)('in %s, each translated guide\'s title finds that guide first', async (locale) => {
    const guides = listGuides(locale).filter((g) => g.textLocale === locale);
    const { results, requests } = await topResults(locale, guides.map((g) => g.frontMatter.title));
    expect(results.map((r) => r[0] ?? null)).toEqual(guides.map((g) => localePath(locale, guidePath(g.slug))));
    expect(offSite(requests)).toEqual([]);
  });
});
