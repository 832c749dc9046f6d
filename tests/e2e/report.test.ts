import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '@/lib/locales';
import { loadCountries, situationIds } from '@/lib/reporting-channels';
import { launch, openPage, wcagViolations } from './browser';
import { attribute, baseURL, get } from './site';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const countries = loadCountries();

describe('reporting directory', () => {
  it('has at least fifteen countries', () => {
    expect(countries.length).toBeGreaterThanOrEqual(15);
  });

  it('every country page in every locale answers 200 and shows its emergency numbers as tap-to-call links', async () => {
    const problems: string[] = [];
    for (const locale of locales) {
      for (const country of countries) {
        const path = `/${locale}/report/${country.country.toLowerCase()}`;
        const response = await get(path);
        const html = await response.text();
        if (response.status !== 200) problems.push(`${path}: ${response.status}`);
        for (const { number } of country.emergency) {
          if (!html.includes(`href="tel:${number}"`)) problems.push(`${path}: no tel: link for ${number}`);
        }
        for (const channel of country.channels) {
          if (channel.phone && !html.includes(`href="tel:${channel.phone}"`)) problems.push(`${path}: no tel: ${channel.phone}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the hub starts with the danger message and every emergency number, visible without JavaScript', async () => {
    const { page, context } = await openPage(browser, `${baseURL()}/en/report`, { javaScriptEnabled: false });
    const danger = page.locator('main section').first();
    expect(await danger.locator('h2').innerText()).toMatch(/danger now/i);
    for (const country of countries) {
      for (const { number } of country.emergency) {
        expect(await danger.locator(`a[href="tel:${number}"]`).first().isVisible(), `${country.country} ${number}`).toBe(true);
      }
    }
    await context.close();
  });

  it('the US page shows the CyberTipline with the reference number and address', async () => {
    const html = await (await get('/en/report/us')).text();
    expect(html).toContain('CyberTipline');
    expect(html).toContain('href="tel:+18008435678"');
    expect(html).toContain('1-800-843-5678');
    expect(html).toContain('href="https://report.cybertip.org/"');
  });

  it('the Canadian page in French shows Cyberaide.ca', async () => {
    const html = await (await get('/fr/report/ca')).text();
    expect(attribute(html, 'html', 'lang')).toBe('fr');
    expect(html).toContain('Cyberaide.ca');
    expect(html).toContain('href="https://www.cyberaide.ca/"');
    expect(html).toContain('1-866-658-9022');
    // The country name comes from Intl.DisplayNames in the reader's language.
    expect(html).toContain(new Intl.DisplayNames(['fr'], { type: 'region' }).of('CA')!);
  });

  it.each(locales)('an unknown country (/%s/report/zz) answers the localized 404 with a link to the country list', async (locale) => {
    const response = await get(`/${locale}/report/zz`);
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(attribute(html, 'html', 'lang')).toBe(locale);
    expect(html).toContain(`href="/${locale}/report"`);
  });

  it('a guide shows the services for its situation, linking into the directory', async () => {
    const html = await (await get('/en/guides/sextortion')).text();
    expect(html).toContain('href="/en/report/us#cybertipline"');
    expect(html).toContain('href="/en/report/ca#cybertip-ca"');
    expect(html).toContain('href="/en/report/other"');
  });

  it('the page for other countries links INHOPE and Take It Down', async () => {
    const html = await (await get('/en/report/other')).text();
    expect(html).toContain('href="https://www.inhope.org/EN/how-to-report"');
    expect(html).toContain('href="https://takeitdown.ncmec.org/"');
  });

  it('the "what happened?" choices open and lead to the country list without JavaScript', async () => {
    const { page, context } = await openPage(browser, `${baseURL()}/en/report`, { javaScriptEnabled: false });
    for (const id of situationIds) {
      const choice = page.locator(`details#${id}`);
      await expect.poll(() => choice.locator('h3').first().isVisible()).toBe(false);
      await choice.locator('summary').click();
      await expect.poll(() => choice.locator('h3').first().isVisible()).toBe(true);
    }
    await page.locator('details#sextortion a[href="#countries"]').click();
    await page.getByRole('link', { name: new Intl.DisplayNames(['en'], { type: 'region' }).of('CA')! }).click();
    await page.waitForURL('**/en/report/ca');
    expect(await page.locator('a[href="tel:+18666589022"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  for (const locale of ['en', 'ar']) {
    for (const path of ['/report', '/report/gb']) {
      it(`axe finds no WCAG 2.2 AA violation on /${locale}${path}, light and dark, choices open`, async () => {
        for (const colorScheme of ['light', 'dark'] as const) {
          const { page, context } = await openPage(browser, `${baseURL()}/${locale}${path}`, { colorScheme });
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
          expect((await wcagViolations(page)).map((v) => `${colorScheme} ${v}`)).toEqual([]);
          await context.close();
        }
      });
    }
  }
});
