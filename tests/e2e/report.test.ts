import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countryName } from '@/lib/countries';
import { localeCountries, locales } from '@/lib/locales';
import { answerFor, channelsFor, internationalChannel, loadCountries } from '@/lib/channels/directory';
import { anyCountryOptions, situationIds } from '@/lib/channels/situations';
import { countryPath, guidePath, localePath } from '@/lib/site';
import { readMessages } from '../messages';
import { launchedBrowser, openPage, reusedPage, wcagViolationsLightAndDark } from './browser';
import { attribute, baseURL, get } from './site';

const browser = launchedBrowser();

const countries = loadCountries();
const dialled = (number: string) => `href="tel:${number}"`;

/** The checks that only read a page without script share one page. */
const withoutScript = reusedPage(browser, { javaScriptEnabled: false });
const read = async (url: string): Promise<Page> => (await withoutScript(url)).page;

describe('reporting directory', () => {
  it('every country page in every locale answers 200 with its emergency numbers and every channel number as links', async () => {
    const problems: string[] = [];
    for (const locale of locales) {
      for (const country of countries) {
        const path = localePath(locale, countryPath(country.country));
        const response = await get(path);
        const html = await response.text();
        if (response.status !== 200) problems.push(`${path}: ${response.status}`);
        for (const { number } of country.emergency) if (!html.includes(dialled(number))) problems.push(`${path}: no tel: ${number}`);
        for (const phone of country.channels.flatMap((c) => c.phones)) {
          const href = phone.via === 'text' ? `href="sms:${phone.tel}"` : phone.tel ? dialled(phone.tel) : phone.display!;
          if (!html.includes(href)) problems.push(`${path}: no ${href}`);
        }
        if (!/<time datetime="\d{4}-\d{2}-\d{2}">/i.test(html)) problems.push(`${path}: no machine-readable verified date`);
        if (html.includes('Details (in English)')) problems.push(`${path}: English details`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(locales)('in %s, every situation on every country page names the channel to try first, and never says "none" above one that takes it', async (locale) => {
    const problems: string[] = [];
    const answer = (readMessages(locale).country as { answer: { unconfirmed: string } }).answer;
    const { page, context } = await openPage(browser(), `${baseURL()}/${locale}/report`);
    // Every country page as the browser parses it, read in one call: each situation's row and the channel cards.
    const paths = countries.map((country) => localePath(locale, countryPath(country.country)));
    const parsed = await page.evaluate(
      async ({ paths, situations }) =>
        Promise.all(
          paths.map(async (path) => {
            const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
            const rows = Object.fromEntries(
              situations.map((id) => {
                const row = doc.querySelector(`[id="${id}"]`);
                return [
                  id,
                  {
                    confirmed: row?.getAttribute('data-confirmed'),
                    first: [...(row?.querySelectorAll('a[data-first]') ?? [])].map((a) => a.getAttribute('href')),
                    links: [...(row?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
                    text: row?.textContent ?? '',
                  },
                ];
              }),
            );
            return { rows, cards: [...doc.querySelectorAll('li[id]')].map((li) => li.id) };
          }),
        ),
      { paths, situations: [...situationIds] },
    );
    countries.forEach((country, i) => {
      const { rows, cards } = parsed[i];
      for (const situation of situationIds) {
        const row = rows[situation];
        const expected = answerFor(country.country, situation);
        const takes = channelsFor(country.country, situation);
        const where = `${locale} ${country.country} ${situation}`;
        if (row.confirmed !== (expected.confirmed ? 'yes' : 'no')) problems.push(`${where}: data-confirmed ${row.confirmed}`);
        // One named first channel, linked to its card; or, with none, the emergency number.
        if (expected.first) {
          if (row.first.length !== 1 || row.first[0] !== `#${expected.first.id}`) problems.push(`${where}: first ${row.first.join(',')}`);
        } else if (row.first.length !== 0 || !row.links.some((h) => h.startsWith('tel:'))) problems.push(`${where}: no first channel and no number`);
        // "We could not confirm…" only where no channel takes it, and then above none that does.
        const saysUnconfirmed = row.text.includes(answer.unconfirmed);
        if (saysUnconfirmed !== !expected.confirmed) problems.push(`${where}: unconfirmed sentence ${saysUnconfirmed}`);
        if (saysUnconfirmed && takes.some((c) => row.links.includes(`#${c.id}`))) problems.push(`${where}: says unconfirmed above a channel that takes it`);
        for (const channel of takes) {
          if (!row.links.includes(`#${channel.id}`)) problems.push(`${where}: ${channel.id} not linked`);
          if (cards.filter((id) => id === channel.id).length !== 1) problems.push(`${where}: no card for ${channel.id}`);
        }
        for (const id of anyCountryOptions[situation]) {
          if (!row.links.includes(internationalChannel(id).url!)) problems.push(`${where}: no ${id}`);
        }
      }
    });
    await context.close();
    expect(problems).toEqual([]);
  });

  it.each(locales)('the %s hub, without JavaScript: danger first with the emergency numbers of its countries, then their pages', async (locale) => {
    const page = await read(`${baseURL()}/${locale}/report`);
    const danger = page.locator('main section').first();
    expect(await danger.getAttribute('aria-labelledby')).toBe('danger');
    for (const code of localeCountries(locale)) {
      const country = countries.find((c) => c.country === code)!;
      for (const { number } of country.emergency) {
        // Every other country's block waits hidden for the reader's country to be guessed (CountryFirst).
        expect(await danger.locator(`a[href="tel:${number}"]:visible`).count(), `${code} ${number}`).toBeGreaterThan(0);
      }
    }
    const own = await page.locator('section[aria-labelledby="your-countries"] a').evaluateAll((a) => a.map((l) => l.getAttribute('href')));
    expect(own.slice(0, localeCountries(locale).length)).toEqual(localeCountries(locale).map((c) => localePath(locale, countryPath(c))));
  });

  it.each(locales)('the %s hub lists every country by region, named and sorted in the reader\'s language', async (locale) => {
    const html = await (await get(`/${locale}/report`)).text();
    const page = await read(`${baseURL()}/${locale}/report`);
    const regions = page.locator('section[aria-labelledby="countries"] section');
    let listed = 0;
    for (const region of await regions.all()) {
      const names = await region.locator('li a').allInnerTexts();
      expect(names).toEqual([...names].sort(new Intl.Collator(locale).compare));
      listed += names.length;
    }
    expect(listed).toBe(countries.length);
    for (const country of countries) expect(html).toContain(`>${countryName(locale, country.country).replace(/&/g, '&amp;')}<`);
    // Every emergency number of every country sits in the compact table.
    const table = page.locator('section[aria-labelledby="emergency-numbers"] table tbody tr');
    expect(await table.count()).toBe(countries.length);
  });

  it('the Arabic hub is right to left, names Arab countries first, and keeps numbers left to right', async () => {
    const html = await (await get('/ar/report')).text();
    expect(attribute(html, 'html', 'dir')).toBe('rtl');
    const page = await read(`${baseURL()}/ar/report`);
    const first = page.locator('section[aria-labelledby="your-countries"] a').first();
    expect(await first.innerText()).toBe(countryName('ar', localeCountries('ar')[0]));
    const number = page.locator('section[aria-labelledby="danger"] a[href^="tel:"]').first();
    expect(await number.getAttribute('dir')).toBe('ltr');
  });

  it('the US page shows the CyberTipline with the reference number and address', async () => {
    const html = await (await get('/en/report/us')).text();
    expect(html).toContain('CyberTipline');
    expect(html).toContain('href="tel:+18008435678"');
    expect(html).toContain('1-800-843-5678');
    expect(html).toContain('href="https://report.cybertip.org/"');
    expect(html).toContain('href="tel:988"');
  });

  it('the Canadian page in French shows Cyberaide.ca and the name of Canada in French', async () => {
    const html = await (await get('/fr/report/ca')).text();
    expect(attribute(html, 'html', 'lang')).toBe('fr');
    expect(html).toContain('Cyberaide.ca');
    expect(html).toContain('href="https://www.cyberaide.ca/"');
    expect(html).toContain('1-866-658-9022');
    expect(html).toContain(countryName('fr', 'CA'));
  });

  it('the UK page shows what CEOP does not take, and its crisis lines', async () => {
    const page = await read(`${baseURL()}/en/report/gb`);
    const ceop = page.locator('li[id="ceop"]');
    expect(await ceop.innerText()).toMatch(/Does not take: bullying, fake accounts, hacked accounts,? and people over 18/);
    const crisis = page.locator('section[aria-label]').filter({ has: page.locator('a[href="tel:116123"]') });
    expect(await crisis.count()).toBe(1);
  });

  it.each(locales)('an unknown country (/%s/report/zz) answers the localized 404 with a link to the country list', async (locale) => {
    const response = await get(`/${locale}/report/zz`);
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(attribute(html, 'html', 'lang')).toBe(locale);
    expect(html).toContain(`href="/${locale}/report"`);
  });

  it.each(locales)('the %s sextortion guide shows the services of its own countries first, and their crisis lines', async (locale) => {
    const page = await read(`${baseURL()}/${locale}/guides/sextortion`);
    const box = page.locator(`section[aria-label="${readMessages(locale).channels.title}"]`);
    // Each country's name links to its row; a country with no channel for it also shows its emergency number.
    const countryLinks = await box.locator('a[href$="#sextortion"]').evaluateAll((a) => a.map((l) => l.getAttribute('href')));
    expect(countryLinks.slice(0, localeCountries(locale).length)).toEqual(
      localeCountries(locale).map((c) => `${localePath(locale, countryPath(c))}#sextortion`),
    );
    const html = await page.content();
    for (const code of localeCountries(locale)) {
      for (const channel of channelsFor(code, 'sextortion')) expect(html, `${code} ${channel.id}`).toContain(`${localePath(locale, countryPath(code))}#${channel.id}"`);
    }
  });

  it('the English sextortion guide and "if your child tells you" give crisis lines one tap away', async () => {
    for (const slug of ['sextortion', 'if-your-child-tells-you']) {
      const html = await (await get(localePath('en', guidePath(slug)))).text();
      expect(html, slug).toContain('href="tel:988"');
      expect(html, slug).toContain('href="tel:116123"');
    }
  });

  it('a French reader finds PHAROS and 3018, a Portuguese reader SaferNet, and an Arabic reader Egypt', async () => {
    expect(await (await get('/fr/guides/how-to-report')).text()).toMatch(/PHAROS/i);
    expect(await (await get('/fr/guides/sextortion')).text()).toContain('3018');
    expect(await (await get('/pt/guides/how-to-report')).text()).toContain('SaferNet');
    expect(await (await get('/ar/guides/how-to-report')).text()).toContain('/ar/report/eg');
  });

  it('the page for other countries links INHOPE and Take It Down', async () => {
    const html = await (await get('/en/report/other')).text();
    expect(html).toContain('href="https://www.inhope.org/EN/how-to-report"');
    expect(html).toContain('href="https://takeitdown.ncmec.org/"');
  });

  it('the "what happened?" choices open and lead to a country page without JavaScript', async () => {
    const page = await read(`${baseURL()}/en/report`);
    for (const id of situationIds) {
      const choice = page.locator(`details#${id}`);
      await expect.poll(() => choice.locator('h3').first().isVisible()).toBe(false);
      await choice.locator('summary').click();
      await expect.poll(() => choice.locator('h3').first().isVisible()).toBe(true);
    }
    await page.locator('details#sextortion a[href="/en/report/ca#sextortion"]').click();
    await page.waitForURL('**/en/report/ca#sextortion');
    expect(await page.locator('a[href="tel:+18666589022"]').count()).toBeGreaterThan(0);
  });

  // Two country pages, in both directions (the cards, lines and numbers: tests/e2e/components.test.ts; the hubs, with
  // a reader's country shown first: tests/e2e/country-first.test.ts).
  for (const path of ['/en/report/gb', '/ar/report/eg']) {
    it(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark, choices open`, async () => {
      const { page, context } = await openPage(browser(), `${baseURL()}${path}`);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await wcagViolationsLightAndDark(page)).toEqual([]);
      await context.close();
    });
  }
});
