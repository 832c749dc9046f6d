import { describe, expect, it } from 'vitest';
import { localeNames } from '@/lib/locales';
import { readMessages } from '../messages';
import { launchedBrowser, openPage, wcagViolationsLightAndDark } from './browser';
import { baseURL } from './site';

const browser = launchedBrowser();

const guide = '/guides/sextortion';

describe('in the browser', () => {
  it('the language switcher leads to the same page in another language', async () => {
    const { page, context } = await openPage(browser(), `${baseURL()}/en${guide}`);
    const languages = (locale: string) => page.getByRole('navigation', { name: readMessages(locale).nav.language });
    // Closed, the disclosure shows only its summary; it opens by keyboard, without script.
    await expect.poll(() => languages('en').getByRole('link', { name: localeNames.fr, exact: true }).isVisible()).toBe(false);
    await languages('en').locator('summary').focus();
    await page.keyboard.press('Enter');
    await languages('en').getByRole('link', { name: localeNames.fr, exact: true }).click();
    await page.waitForURL(`**/fr${guide}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await languages('fr').locator('summary').click();
    await page.getByRole('link', { name: localeNames.ar, exact: true }).click();
    await page.waitForURL(`**/ar${guide}`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await context.close();
  });

  it('the skip link is the first focusable element and moves focus to main', async () => {
    const { page, context } = await openPage(browser(), `${baseURL()}/en${guide}`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('href')).toBe('#main');
    await expect.poll(() => focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('shows "Get help now" without scrolling on a phone, in ltr and rtl', async () => {
    for (const locale of ['en', 'ar']) {
      const { page, context } = await openPage(browser(), `${baseURL()}/${locale}${guide}`, {
        viewport: { width: 360, height: 640 },
        isMobile: true,
      });
      const box = await page.locator('header a[href$="/report"]').first().boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(640);
      await context.close();
    }
  });

  it('reads without horizontal scrolling at 200% zoom (a 640px-wide window at 1280px)', async () => {
    const { page, context } = await openPage(browser(), `${baseURL()}/ar${guide}`, {
      viewport: { width: 640, height: 800 },
      deviceScaleFactor: 2,
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('works without JavaScript', async () => {
    const { page, context, response } = await openPage(browser(), `${baseURL()}/fr${guide}`, { javaScriptEnabled: false });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toBe('');
    await context.close();
  });

  // Whole pages, one of each kind, left to right and right to left: a guide each way (one with a checklist and the
  // services for each situation), the 404 page each way; the home pages with a reader's country first are checked
  // in tests/e2e/country-first.test.ts, and every component's examples in tests/e2e/components.test.ts.
  for (const path of ['/en/guides/how-to-report', `/ar${guide}`, '/en/no-such-page', '/ar/no-such-page']) {
    it(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async () => {
      const { page, context } = await openPage(browser(), `${baseURL()}${path}`);
      expect(await wcagViolationsLightAndDark(page)).toEqual([]);
      await context.close();
    });
  }
});
