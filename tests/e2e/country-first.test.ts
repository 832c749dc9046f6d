import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localeCountries, locales, type Locale } from '@/lib/locales';
import { answerFor } from '@/lib/channels/directory';
import { situationIds, type Situation } from '@/lib/channels/situations';
import { localePath, sitePaths } from '@/lib/site';
import { readMessages } from '../messages';
import { launchedBrowser, wcagViolationsLightAndDark } from './browser';
import { baseURL } from './site';

const browser = launchedBrowser();

// Readers whose country is not their language's first, as a phone tells the page: its time zone (as the tz
// database names it) and its languages. One per locale, then more.
const readers: { locale: Locale; timezoneId: string; languages: string[]; country: string }[] = [
  { locale: 'en', timezoneId: 'Africa/Johannesburg', languages: ['en-ZA'], country: 'ZA' },
  { locale: 'fr', timezoneId: 'America/Toronto', languages: ['fr-CA'], country: 'CA' },
  { locale: 'es', timezoneId: 'America/Argentina/Buenos_Aires', languages: ['es-AR'], country: 'AR' },
  { locale: 'pt', timezoneId: 'Europe/Lisbon', languages: ['pt-PT'], country: 'PT' },
  { locale: 'ar', timezoneId: 'Africa/Casablanca', languages: ['ar-MA', 'fr-MA'], country: 'MA' },
  { locale: 'de', timezoneId: 'Europe/Vienna', languages: ['de-AT'], country: 'AT' },
  { locale: 'hi', timezoneId: 'Asia/Kolkata', languages: ['hi-IN'], country: 'IN' },
  { locale: 'id', timezoneId: 'Asia/Jakarta', languages: ['id-ID'], country: 'ID' },
  { locale: 'fil', timezoneId: 'Asia/Manila', languages: ['fil-PH'], country: 'PH' },
  { locale: 'zh-Hans', timezoneId: 'Asia/Singapore', languages: ['zh-SG'], country: 'SG' },
  { locale: 'en', timezoneId: 'Asia/Kolkata', languages: ['en-IN'], country: 'IN' },
  { locale: 'en', timezoneId: 'Europe/Dublin', languages: ['en-US'], country: 'IE' },
  { locale: 'de', timezoneId: 'Europe/Zurich', languages: ['de-CH'], country: 'CH' },
  { locale: 'zh-Hans', timezoneId: 'Asia/Kuala_Lumpur', languages: ['zh-MY'], country: 'MY' },
  { locale: 'fr', timezoneId: 'Europe/Brussels', languages: ['fr-BE'], country: 'BE' },
  // A zone that names no place: the language's region decides.
  { locale: 'fr', timezoneId: 'UTC', languages: ['fr-CA', 'fr'], country: 'CA' },
];

/** A page as this reader's phone opens it: its time zone, its languages, and every request it makes. */
async function asReader(reader: { timezoneId: string; languages: string[] }, javaScriptEnabled = true) {
  const context = await browser().newContext({
    timezoneId: reader.timezoneId,
    locale: reader.languages[0],
    extraHTTPHeaders: { 'Accept-Language': reader.languages.join(',') },
    javaScriptEnabled,
  });
  // Playwright's locale sets navigator.language; navigator.languages follows the whole list.
  await context.addInitScript((languages) => Object.defineProperty(navigator, 'languages', { get: () => languages }), reader.languages);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  // A script error is a request of its own kind: the tests below expect none.
  page.on('pageerror', (error) => requests.push(`error: ${error.message}`));
  return { context, page, requests };
}

/** The countries whose blocks are not hidden (a closed answer's too), in page order. */
const shownCountries = (page: Page, within: string) =>
  page.locator(`${within} [data-country]:not(template)`).evaluateAll((blocks) =>
    blocks.filter((b) => !b.closest('[hidden]')).map((b) => b.getAttribute('data-country')),
  );

async function nothingKept(context: BrowserContext, page: Page, requests: string[]) {
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
  const origin = new URL(baseURL()).origin;
  expect(requests.filter((url) => url.startsWith('error: ') || new URL(url).origin !== origin)).toEqual([]);
}

describe('from the home page to the service in the reader’s country', () => {
  it.each(readers.slice(0, locales.length).map((r) => [r.locale, r] as const))(
    'in %s, each situation reaches its service in 3 taps or fewer',
    async (locale, reader) => {
      const { context, page } = await asReader(reader);
      const titles = readMessages(locale).home as { situations: Record<string, string> };
      const counts: string[] = [];
      for (const situation of [...situationIds.filter((id) => id !== 'worried-about-adult'), 'harmed-someone'] as const) {
        await page.goto(`${baseURL()}${localePath(locale, sitePaths.home)}`);
        let taps = 0;
        const tap = async (link: ReturnType<Page['locator']>) => {
          taps += 1;
          const before = page.url();
          await Promise.all([page.waitForURL((url) => url.href !== before), link.click()]);
        };
        await tap(page.locator('section[aria-labelledby="what-is-happening"] a', { hasText: titles.situations[situation] }));
        if (situation === 'harmed-someone') {
          expect(page.url()).toContain(`/${locale}/guides/if-your-child-harmed-someone`);
          counts.push(`${situation} ${taps}`);
          continue;
        }
        // The answer is open, and its first line is the reader's country.
        const answer = page.locator(`details[id="${situation}"]`);
        expect(await answer.evaluate((d) => (d as HTMLDetailsElement).open), situation).toBe(true);
        expect((await shownCountries(page, `details[id="${situation}"]`))[0], situation).toBe(reader.country);
        await tap(answer.locator(`li[data-country="${reader.country}"] a`));
        const row = page.locator(`[id="${situation}"]`);
        const expected = answerFor(reader.country, situation as Situation).first;
        if (expected) {
          await tap(row.locator('a[data-first]'));
          expect(new URL(page.url()).hash).toBe(`#${expected.id}`);
          expect(await page.locator(`li[id="${expected.id}"]`).isVisible()).toBe(true);
        } else {
          // No service is confirmed: the row itself is the answer (the child helpline, police or emergency number).
          expect(await row.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
        }
        expect(taps, situation).toBeLessThanOrEqual(3);
        counts.push(`${situation} ${taps}`);
      }
      console.log(`taps from /${locale} (${reader.country}): ${counts.join(', ')}`);
      await context.close();
    },
  );
});

describe('the reader’s country first, guessed on the device', () => {
  it.each(readers.map((r) => [`${r.languages.join(',')} in ${r.timezoneId}`, r] as const))('%s', async (_, reader) => {
    const { context, page, requests } = await asReader(reader);
    await page.goto(`${baseURL()}${localePath(reader.locale, sitePaths.report)}`);
    // The help box shows that country's block alone: emergency numbers, a line and the service to contact first.
    expect(await shownCountries(page, 'section[aria-labelledby="danger"] div')).toEqual([reader.country]);
    const block = page.locator(`section[aria-labelledby="danger"] div[data-country="${reader.country}"]`);
    expect(await block.locator('a[href$="#countries"]').isVisible()).toBe(true);
    // Each "what happened?" answer names that country's service first, then the locale's own countries.
    for (const situation of situationIds) {
      const own = localeCountries(reader.locale).filter((c) => c !== reader.country);
      expect(await shownCountries(page, `details[id="${situation}"]`), situation).toEqual([reader.country, ...own]);
    }
    await page.goto(`${baseURL()}${localePath(reader.locale, sitePaths.home)}`);
    expect((await shownCountries(page, 'section[aria-labelledby="danger"]'))[0]).toBe(reader.country);
    await nothingKept(context, page, requests);
    await context.close();
  });

  it('guesses nothing in a country the directory lacks: an en-US phone in Lagos sees the page as built', async () => {
    const { context, page } = await asReader({ timezoneId: 'Africa/Lagos', languages: ['en-US'] });
    await page.goto(`${baseURL()}/en/report`);
    expect(await shownCountries(page, 'section[aria-labelledby="danger"] div')).toEqual([]);
    expect(await shownCountries(page, 'details[id="sextortion"]')).toEqual([...localeCountries('en')]);
    await context.close();
  });

  it.each(readers.slice(0, locales.length).map((r) => [r.locale, r] as const))(
    'without JavaScript, the %s hub and home are as before: the language’s countries, then the full list',
    async (locale, reader) => {
      const { context, page, requests } = await asReader(reader, false);
      await page.goto(`${baseURL()}${localePath(locale, sitePaths.report)}`);
      expect(await shownCountries(page, 'section[aria-labelledby="danger"] div')).toEqual([]);
      for (const situation of situationIds) {
        expect(await shownCountries(page, `details[id="${situation}"]`), situation).toEqual([...localeCountries(locale)]);
      }
      expect(await page.locator('section[aria-labelledby="countries"] li a:visible').count()).toBeGreaterThan(60);
      await page.goto(`${baseURL()}${localePath(locale, sitePaths.home)}`);
      expect(await shownCountries(page, 'section[aria-labelledby="danger"]')).toEqual([...localeCountries(locale)]);
      await nothingKept(context, page, requests);
      await context.close();
    },
  );

  for (const reader of [readers[0], readers[4]]) {
    it(`axe finds no WCAG 2.2 AA violation on /${reader.locale} and /${reader.locale}/report with ${reader.country} first, light and dark`, async () => {
      const { context, page } = await asReader(reader);
      for (const path of [sitePaths.home, sitePaths.report]) {
        await page.goto(`${baseURL()}${localePath(reader.locale, path)}`);
        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await wcagViolationsLightAndDark(page), path).toEqual([]);
      }
      await context.close();
    }, 240_000);
  }
});
