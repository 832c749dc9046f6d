import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getContentPage, getGuide, sheetPages } from '@/lib/content';
import { countryName } from '@/lib/countries';
import { sheets, type SheetSlug } from '@/lib/kit';
import { localeCountries, locales, type Locale } from '@/lib/locales';
import { contentPagePath, guidePath, localePath, sitePaths } from '@/lib/site';
import { readMessages } from '../messages';
import { launch, wcagViolationsLightAndDark } from './browser';
import { baseURL, get, sitemapPaths } from './site';

// The schools' and families' kit (issue 25, lib/kit.ts): every sheet in every locale answers, passes axe in light and
// dark, and prints within its page limit on A4 and US Letter in Chromium, right to left and in Devanagari included;
// the first-hour cards show the guessed country's numbers, and the directory's address without a guess; the letter
// takes a school's details and its families' languages, and prints a letter per family or a two-language copy.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A time zone in the first country where each language is read, so a card shows that country's help. */
const zoneOf: Record<Locale, string> = {
  en: 'America/New_York',
  fr: 'Europe/Paris',
  es: 'Europe/Madrid',
  pt: 'America/Sao_Paulo',
  ar: 'Africa/Cairo',
  de: 'Europe/Berlin',
  hi: 'Asia/Kolkata',
  id: 'Asia/Jakarta',
  fil: 'Asia/Manila',
  'zh-Hans': 'Asia/Shanghai',
};

/** A page as a reader in the language's first country opens it; script errors are collected. */
async function open(locale: Locale, path: string, { javaScriptEnabled = true, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ timezoneId: zoneOf[locale], locale: `${locale}-${localeCountries(locale)[0]}`, javaScriptEnabled, deviceScaleFactor });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${baseURL()}${localePath(locale, path)}`);
  await page.waitForLoadState('load');
  return { context, page, errors, status: response?.status() };
}

/**
 * The number of pages Chromium prints: the page tree's /Count (the root's is the largest), checked against the page
 * objects in the file, which Chromium writes uncompressed.
 */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const count = Math.max(0, ...[...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2])));
  const objects = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  if (count !== objects) throw new Error(`PDF page tree says ${count} pages, the file holds ${objects} page objects`);
  return count;
}

/** The pages the page takes printed on A4 and on US Letter. */
async function printedPages(page: Page): Promise<{ A4: number; Letter: number }> {
  const A4 = pdfPageCount(await page.pdf({ format: 'A4' }));
  const Letter = pdfPageCount(await page.pdf({ format: 'Letter' }));
  return { A4, Letter };
}

/** What the print stylesheet shows: whether each of the site's frame elements is displayed on paper. */
async function frameOnPaper(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const displayed = (selector: string) =>
      [...document.querySelectorAll(selector)].some((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetHeight > 0);
    return {
      header: displayed('body > header'),
      navigation: displayed('nav'),
      quickExit: displayed('.quick-exit-bar, a[data-quick-exit]'),
      footer: displayed('body > footer'),
      main: displayed('main'),
    };
  });
  // Back to no emulation: page.pdf() prints with the print stylesheet only then.
  await page.emulateMedia({ media: null });
  return shown;
}

const cardSlugs = ['first-hour', 'young-people/first-hour'] as const;

describe.each(locales)('the schools’ kit in %s', (locale) => {
  const t = readMessages(locale);

  it.each(sheetPages.map((slug) => [slug] as const))('%s: answers, passes axe light and dark, and prints within its pages without the site’s frame', async (slug) => {
    const { context, page, errors, status } = await open(locale, contentPagePath(slug));
    expect(status).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').innerText()).toBe(getContentPage(locale, slug).frontMatter.title);
    expect(await wcagViolationsLightAndDark(page)).toEqual([]);
    expect(await frameOnPaper(page)).toEqual({ header: false, navigation: false, quickExit: false, footer: false, main: true });
    const pages = await printedPages(page);
    expect(pages.A4, `${slug} on A4`).toBeLessThanOrEqual(sheets[slug].maxPages);
    expect(pages.Letter, `${slug} on Letter`).toBeLessThanOrEqual(sheets[slug].maxPages);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(cardSlugs.map((slug) => [slug] as const))('%s: the guessed country’s numbers with script, the directory’s address always', async (slug) => {
    const country = localeCountries(locale)[0];
    const directory = new URL(localePath(locale, sitePaths.report), baseURL()).pathname;
    const box = '#help-where-you-are';
    // With script: the block of the country the time zone names, first in the box.
    const withScript = await open(locale, contentPagePath(slug));
    const section = withScript.page.locator(`section:has(> ${box})`);
    const block = section.locator(`div[data-country="${country}"]`);
    await expect.poll(() => block.count()).toBe(1);
    const keys = slug === 'first-hour' ? t.kit.firstHour : t.youngPeople.firstHour;
    expect(await block.innerText()).toContain(keys.country.replace('{country}', countryName(locale, country)));
    expect(await block.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(await section.locator(`a[href="${directory}"]`).count()).toBe(1);
    await withScript.context.close();
    // Without script: no country block, and the directory's full address, printed as the link's text.
    const without = await open(locale, contentPagePath(slug), { javaScriptEnabled: false });
    const plain = without.page.locator(`section:has(> ${box})`);
    expect(await plain.locator('div[data-country]').count()).toBe(0);
    const address = plain.locator(`a[href="${directory}"]`);
    expect(new URL(await address.innerText()).pathname).toBe(directory);
    const pages = await printedPages(without.page);
    expect(Math.max(pages.A4, pages.Letter)).toBeLessThanOrEqual(sheets[slug].maxPages);
    await without.context.close();
  });

  it('the letter: without script, this language’s letter alone, with blank lines, on at most two pages', async () => {
    const { context, page } = await open(locale, contentPagePath('schools/letter'), { javaScriptEnabled: false });
    expect(await page.locator('form[data-letter-form]').isVisible()).toBe(false);
    const letters = page.locator('[data-letters] > article.letter');
    expect(await letters.count()).toBe(1);
    expect(await letters.getAttribute('data-letter')).toBe(locale);
    const blanks = page.locator('[data-letters] [data-fill]');
    expect(await blanks.count()).toBe(4);
    for (const blank of await blanks.all()) expect(await blank.innerText()).toBe('');
    expect(await frameOnPaper(page)).toEqual({ header: false, navigation: false, quickExit: false, footer: false, main: true });
    const pages = await printedPages(page);
    expect(Math.max(pages.A4, pages.Letter)).toBeLessThanOrEqual(sheets['schools/letter'].maxPages);
    await context.close();
  });

  it('the letter: a school types its details, chooses two languages, prints a letter each, then a two-language copy for staff', async () => {
    const other: Locale = locale === 'ar' ? 'hi' : 'ar';
    const { context, page, errors } = await open(locale, contentPagePath('schools/letter'), { deviceScaleFactor: 3 });
    const form = page.locator('form[data-letter-form]');
    await expect.poll(() => form.isVisible()).toBe(true);
    await form.locator('[data-letter-field="school"]').fill('Riverside School');
    await form.locator('[data-letter-field="contact"]').fill('office@riverside.example');
    await form.locator('[data-letter-field="date"]').fill('2027-01-15');
    await form.locator(`input[data-letter-language][value="${other}"]`).check();
    const letters = page.locator('[data-letters] article.letter');
    await expect.poll(() => letters.count()).toBe(2);
    expect(await letters.evaluateAll((all) => all.map((a) => a.getAttribute('data-letter')))).toEqual(
      locales.filter((l) => l === locale || l === other),
    );
    for (const letter of await letters.all()) {
      const text = await letter.innerText();
      expect(text).toContain('Riverside School');
      expect(text).toContain('office@riverside.example');
      expect(await letter.locator('[data-fill="date"]').innerText()).not.toBe('');
    }
    expect(await page.locator('[data-letter-status]').innerText()).not.toBe('');
    // Each family's letter on its own page or pages.
    const each = await printedPages(page);
    expect(Math.max(each.A4, each.Letter)).toBeLessThanOrEqual(2 * sheets['schools/letter'].maxPages);
    expect(Math.min(each.A4, each.Letter)).toBeGreaterThanOrEqual(2);
    expect(await wcagViolationsLightAndDark(page)).toEqual([]);

    // The two-language copy: the school's letter beside the other family's, and the school's own alone.
    await form.locator('input[data-letter-pair]').check();
    const pair = page.locator('[data-letters] .letter-pair');
    await expect.poll(() => pair.count()).toBe(1);
    expect(await pair.locator('article.letter').evaluateAll((all) => all.map((a) => a.getAttribute('data-letter')))).toEqual([locale, other]);
    // The school's letter (unchecked) leaves only the pair: within the letter's pages.
    await form.locator(`input[data-letter-language][value="${locale}"]`).uncheck();
    await expect.poll(() => page.locator('[data-letters] > *').count()).toBe(1);
    const copy = await printedPages(page);
    expect(Math.max(copy.A4, copy.Letter)).toBeLessThanOrEqual(sheets['schools/letter'].maxPages);
    expect(await wcagViolationsLightAndDark(page)).toEqual([]);

    // Each letter's code opens the site in the family's language.
    for (const [i, family] of [locale, other].entries()) {
      const svg = pair.locator('article.letter').nth(i).locator('.letter-qr svg[role="img"]');
      await svg.scrollIntoViewIfNeeded();
      const png = PNG.sync.read(await svg.screenshot());
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data && new URL(code.data).pathname, `${family}'s code`).toBe(localePath(family));
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is linked from the schools page, the home page and the directory’s answer on shared images', async () => {
    const schools = await (await get(localePath(locale, sitePaths.schools))).text();
    for (const slug of sheetPages) expect(schools, slug).toContain(`href="${localePath(locale, contentPagePath(slug))}"`);
    const ai = `href="${localePath(locale, guidePath('ai-fake-images'))}"`;
    expect(schools).toContain(ai);
    expect(await (await get(localePath(locale, sitePaths.home))).text()).toContain(ai);
    const country = localeCountries(locale)[0].toLowerCase();
    const countryPage = await (await get(localePath(locale, `${sitePaths.report}/${country}`))).text();
    const answer = countryPage.slice(countryPage.indexOf('id="images-shared"'), countryPage.indexOf('id="worried-about-adult"'));
    expect(answer).toContain(ai);
    expect(getGuide(locale, 'ai-fake-images')).toBeDefined();
  });
});

describe('the kit in the sitemap and in search', () => {
  it('lists every sheet and the AI guide in every locale', async () => {
    const paths = await sitemapPaths();
    for (const locale of locales) {
      for (const slug of sheetPages) expect(paths).toContain(localePath(locale, contentPagePath(slug)));
      expect(paths).toContain(localePath(locale, guidePath('ai-fake-images')));
    }
  });

  it('marks each sheet for the search index in its own language, and an untranslated one as English', async () => {
    for (const locale of locales) {
      for (const slug of sheetPages) {
        const html = await (await get(localePath(locale, contentPagePath(slug)))).text();
        const pending = getContentPage(locale, slug as SheetSlug).textLocale !== locale;
        expect(html.includes('data-pagefind-body'), `${locale} ${slug}`).toBe(!pending);
      }
    }
  });
});
