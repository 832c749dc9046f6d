import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '@/lib/locales';
import { countryPath, guidePath, localePath, sitePaths } from '@/lib/site';
import { launchedBrowser } from './browser';
import type { Rgb } from './contrast';
import { baseURL } from './site';

// Review M8: on a phone the quick-exit bar and the header took 250–295 px of 844, and pushed a guide's steps below the
// second screen. Review H2: "Exit this page" and "Get help now" were the same red button. Review L5: the Shift-count
// dots under "Exit this page" meant nothing on a touch screen.

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const quarter = 844 / 4;
const country: Partial<Record<Locale, string>> = { en: 'gb', ar: 'eg', hi: 'in', de: 'de', fr: 'fr', pt: 'br', es: 'es', id: 'id', fil: 'ph', 'zh-Hans': 'tw' };

const browser = launchedBrowser();

/** Where the header ends, from the top of the page: the quick-exit bar and the header together. */
const headerBottom = (page: Page) => page.evaluate(() => document.querySelector('body > header, header')!.getBoundingClientRect().bottom + scrollY);

describe('on a 390×844 phone', () => {
  it.each(locales)('the bar and the header take at most a quarter of the screen in %s, on the home page, a guide and a country page', async (locale) => {
    const context = await browser().newContext(phone);
    const page = await context.newPage();
    const heights: Record<string, number> = {};
    for (const path of [sitePaths.home, guidePath('sextortion'), countryPath(country[locale] ?? 'gb')]) {
      await page.goto(`${baseURL()}${localePath(locale, path)}`);
      heights[path] = Math.round(await headerBottom(page));
    }
    await context.close();
    console.log(`header height at 390×844, ${locale}: ${JSON.stringify(heights)} (at most ${quarter})`);
    for (const [path, height] of Object.entries(heights)) expect(height, `${locale} ${path}`).toBeLessThanOrEqual(quarter);
  });

  it('opens the language list over the page, without making the header taller, and without JavaScript', async () => {
    const context = await browser().newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/de${guidePath('sextortion')}`);
    const closed = await headerBottom(page);
    await page.locator('.language-switcher summary').click();
    const list = page.locator('.language-switcher ul');
    await expect.poll(() => list.isVisible()).toBe(true);
    expect(await headerBottom(page)).toBe(closed);
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('hides the Shift-count dots on a touch screen and keeps them for a keyboard', async () => {
    for (const [options, shown] of [
      [phone, false],
      [{ viewport: { width: 1280, height: 800 } }, true],
    ] as const) {
      const context = await browser().newContext(options);
      const page = await context.newPage();
      await page.goto(`${baseURL()}/en`);
      expect(await page.locator('[data-quick-exit-button] .quick-exit-dots').isVisible()).toBe(shown);
      await context.close();
    }
  });
});

describe('"Exit this page" and "Get help now"', () => {
  it.each(['light', 'dark'] as const)('look different in %s: red only for Exit, a calm blue for help', async (colorScheme) => {
    const context = await browser().newContext({ colorScheme });
    const page = await context.newPage();
    for (const locale of ['en', 'ar'] as const) {
      await page.goto(`${baseURL()}/${locale}`);
      const colours = await page.evaluate(() => {
        const canvas = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;
        const rgb = (selector: string) => {
          canvas.fillStyle = getComputedStyle(document.querySelector(selector)!).backgroundColor;
          canvas.fillRect(0, 0, 1, 1);
          return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        };
        return {
          exit: rgb('a[data-quick-exit-button]'),
          help: rgb('header a[href$="/report"]'),
          homeReport: rgb('main a[href$="/report"]'),
        };
      });
      const [exit, help, homeReport] = [colours.exit, colours.help, colours.homeReport] as unknown as Rgb[];
      // Red: the red channel leads. Blue: the blue channel leads.
      expect(exit[0]).toBeGreaterThan(Math.max(exit[1], exit[2]));
      for (const calm of [help, homeReport]) {
        expect(calm[2]).toBeGreaterThan(Math.max(calm[0], calm[1]));
        expect(calm[0]).toBeLessThan(calm[2]);
      }
    }
    await context.close();
  });
});
