import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales, quickExitUrl, type Locale } from '@/lib/locales';
import { readMessages } from '../messages';
import { decodeEntities } from '../html-text';
import { launchedBrowser, openPage } from './browser';
import { baseURL, get } from './site';

const browser = launchedBrowser();
// The full browser too, for the tests that go Back. They pass in the headless shell as well; they run in the browser
// a reader has because the tab's history is its own, and leaving must hold there.
const fullBrowser = launchedBrowser('full');

// One address of each page type; the 404 page too.
const pageTypes = ['/', '/guides', '/guides/sextortion', '/report', '/report/fr', '/report/other', '/schools', '/search', '/young-people', '/browse-safely', '/not-a-page'];

/** A context where the neutral site answers from a stub inside the test: nothing leaves the machine. */
async function withStubbedExit(options: Parameters<Browser['newContext']>[0] = {}, on = browser) {
  const context = await on().newContext(options);
  const exits: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
    exits.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title><p>Elsewhere</p>' });
  });
  return { context, exits };
}

const t = (locale: Locale) => readMessages(locale).quickExit;

// The module (public/js/quick-exit.js) is the same on every page and reads its words from the link's data
// attributes, which the first test checks in every locale. Its behaviour is driven in three: left to right, right to
// left, and Chinese.
const driven = ['en', 'ar', 'zh-Hans'] as const satisfies readonly Locale[];


/** The words the module says as it counts and leaves that a page's link does not carry in `locale`'s language. */
function missingWords(html: string, locale: Locale): string[] {
  const button = /<a\b[^>]*data-quick-exit-button=""[^>]*>/.exec(html)?.[0] ?? '';
  return (['loading', 'pressTwo', 'pressOne', 'expired'] as const).filter((key) => {
    const attribute = `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const value = new RegExp(`\\s${attribute}="([^"]*)"`).exec(button)?.[1];
    return (value === undefined ? undefined : decodeEntities(value)) !== t(locale)[key];
  });
}

async function pressShift(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
}

describe('quick exit', () => {
  it('every page type in every locale has the sticky link and the hidden one after the skip link, both to the neutral site, carrying in that language the words its script says', async () => {
    const problems: string[] = [];
    for (const locale of locales) {
      for (const path of pageTypes) {
        const html = await (await get(`/${locale}${path === '/' ? '' : path}`)).text();
        const links = [...html.matchAll(/<a\b[^>]*data-quick-exit=""[^>]*>/g)].map((m) => m[0]);
        if (links.length !== 2) problems.push(`${locale}${path}: ${links.length} quick-exit links`);
        for (const link of links) if (!link.includes(`href="${quickExitUrl(locale)}"`)) problems.push(`${locale}${path}: ${link}`);
        if (!html.includes('<script type="module" src="/js/quick-exit.js">')) problems.push(`${locale}${path}: no script`);
        for (const key of missingWords(html, locale)) problems.push(`${locale}${path}: the link's ${key} is not the message`);
        const skip = html.indexOf('href="#main"');
        if (skip < 0 || skip > html.indexOf('data-quick-exit=""')) problems.push(`${locale}${path}: the skip link is not first`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(driven)('without JavaScript, the %s link is a plain link that leaves', async (locale) => {
    const { context, exits } = await withStubbedExit({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/${locale}/guides/sextortion`);
    await page.locator('a[data-quick-exit-button]').click();
    await page.waitForURL(quickExitUrl(locale));
    expect(exits).toContain(quickExitUrl(locale));
    await context.close();
  });

  it('the keyboard reaches the hidden link right after the skip link, and it shows when focused', async () => {
    const { page, context } = await openPage(browser(), `${baseURL()}/en/report`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('data-quick-exit')).toBe('');
    expect((await focused.boundingBox())!.width).toBeGreaterThan(24);
    await context.close();
  });

  it.each(driven)('in %s, Shift pressed three times leaves, and Back does not return to the page', async (locale) => {
    const { context, exits } = await withStubbedExit({}, fullBrowser);
    const page = await context.newPage();
    await page.goto(`${baseURL()}/${locale}`);
    await page.goto(`${baseURL()}/${locale}/guides/sextortion`);
    await pressShift(page, 3);
    await page.waitForURL(quickExitUrl(locale));
    expect(exits).toContain(quickExitUrl(locale));
    await page.goBack();
    await page.waitForLoadState();
    // The guide was replaced in the tab's history: Back goes to the page before it.
    expect(page.url()).toBe(`${baseURL()}/${locale}`);
    await context.close();
  });

  it.each(driven)('in %s, the page blanks behind a "Loading." cover the moment it starts to leave', async (locale) => {
    const { context } = await withStubbedExit();
    // The neutral site answers late, so the page that is leaving can still be read.
    await context.route(quickExitUrl(locale), async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title>' });
    });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/${locale}/report`);
    // The three presses and the reading happen in one task, before the browser can start to navigate.
    const state = await page.evaluate(() => {
      for (let i = 0; i < 3; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
      return {
        leaving: document.documentElement.classList.contains('quick-exit-leaving'),
        cover: document.querySelector('.quick-exit-cover')?.textContent,
        header: getComputedStyle(document.querySelector('header')!).display,
        main: getComputedStyle(document.querySelector('main')!).display,
      };
    });
    expect(state).toEqual({ leaving: true, cover: t(locale).loading, header: 'none', main: 'none' });
    await context.close();
  });

  it.each(driven)('in %s, each Shift press is announced, the count expires after 5 seconds, and another key starts again', async (locale) => {
    const { context, exits } = await withStubbedExit();
    const page = await context.newPage();
    // Time stands still but for fastForward: a slow press on a busy machine cannot expire the count.
    const start = new Date('2026-12-01T12:00:00Z');
    await page.clock.install({ time: start });
    await page.clock.pauseAt(new Date(start.getTime() + 1_000));
    await page.goto(`${baseURL()}/${locale}/report`);
    const status = page.locator('[data-quick-exit-status]');
    await pressShift(page, 1);
    await expect.poll(() => status.textContent()).toBe(t(locale).pressTwo);
    await pressShift(page, 1);
    await expect.poll(() => status.textContent()).toBe(t(locale).pressOne);
    expect(await page.locator('.quick-exit-dot-on').count()).toBe(2);
    await page.clock.fastForward(5_100);
    await expect.poll(() => status.textContent()).toBe(t(locale).expired);
    expect(await page.locator('.quick-exit-dot-on').count()).toBe(0);
    // Shift, another key, Shift, Shift: only two presses count, so the page stays. Leaving would start in the third
    // press's own handler (the page blanks at once), so it would show by the time the press returns.
    await pressShift(page, 1);
    await page.keyboard.press('a');
    await pressShift(page, 2);
    expect(await page.evaluate(() => document.documentElement.classList.contains('quick-exit-leaving'))).toBe(false);
    await expect.poll(() => status.textContent()).toBe(t(locale).pressOne);
    expect(page.url()).toBe(`${baseURL()}/${locale}/report`);
    expect(exits).toEqual([]);
    await context.close();
  });

  it('clicking the button with JavaScript leaves with location.replace', async () => {
    const { context } = await withStubbedExit({}, fullBrowser);
    const page = await context.newPage();
    await page.goto(`${baseURL()}/en`);
    await page.goto(`${baseURL()}/en/report`);
    await page.locator('a[data-quick-exit-button]').click();
    await page.waitForURL(quickExitUrl('en'));
    await page.goBack();
    await page.waitForLoadState();
    expect(page.url()).toBe(`${baseURL()}/en`);
    await context.close();
  });

  it('stays on screen while scrolling, sits at the end of the line (mirrored in Arabic), and is not printed', async () => {
    const place = async (locale: Locale, context: BrowserContext) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.goto(`${baseURL()}/${locale}/guides/sextortion`);
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(200);
      const button = page.locator('a[data-quick-exit-button]');
      const box = (await button.boundingBox())!;
      expect(box.y, `${locale} sticky`).toBeLessThan(80);
      expect(box.height).toBeGreaterThanOrEqual(24);
      await page.emulateMedia({ media: 'print' });
      expect(await button.isVisible(), `${locale} print`).toBe(false);
      return box.x + box.width / 2;
    };
    const { context } = await withStubbedExit();
    const en = await place('en', context);
    const ar = await place('ar', context);
    expect(en).toBeGreaterThan(512);
    expect(ar).toBeLessThan(512);
    await context.close();
  });
});
