import AxeBuilder from '@axe-core/playwright';
import type { Result, RunOptions } from 'axe-core';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

// Debian's chromium packages; browser downloads do not work on these machines. The tests drive the headless shell
// (package chromium-headless-shell: the same Blink and V8, without the desktop browser around them), as Playwright
// does by default. Here it loaded a guide for 92 ms of CPU against the full browser's 213, an empty page for 36
// against 175, and an idle page took 20 ms in 5 s against 1,100. Quick exit's tests of the tab's history, and the
// benchmark, which reports what a reader gets, use the full browser.
export const chromiumPaths = {
  headlessShell: process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell',
  full: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
};

// Without the background-networking flags chromium tries to reach Google, and this machine refuses it.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(which: keyof typeof chromiumPaths = 'headlessShell'): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPaths[which], args: chromiumArgs });
}

/**
 * A browser for the tests of the file (or of the describe block) that calls it: launched before them, closed after
 * them. Returns a getter, since the browser exists only once the tests run: `const browser = launchedBrowser();` then
 * `browser().newContext()`.
 */
export function launchedBrowser(which: keyof typeof chromiumPaths = 'headlessShell'): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(which);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('launchedBrowser(): the browser is launched in beforeAll, so use it inside a test or a hook');
    return browser;
  };
}

/** A fresh context, as @axe-core/playwright needs, optionally in dark mode or without JavaScript. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(url);
  return { context, page, response };
}

/**
 * What axe checks, on whole pages and on the components' examples: WCAG 2.0, 2.1 and 2.2, levels A and AA. Only
 * violations are read: axe then keeps one node of each other result type, which makes big pages quicker.
 */
const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/**
 * A page of its own context that a test file reuses for checks that need no fresh state, each going to its own
 * address: a new context costs about a quarter of a second on this machine. Each call also gives the addresses this
 * page requests from then on. Closed with the browser.
 */
export function reusedPage(browser: () => Browser, options: BrowserContextOptions = {}) {
  let page: Page | undefined;
  let requests: string[] = [];
  return async (url: string) => {
    if (!page) {
      page = await (await browser().newContext(options)).newPage();
      page.on('request', (request) => requests.push(request.url()));
    }
    const since: string[] = [];
    requests = since;
    const response = await page.goto(url);
    return { page, response, requests: since };
  };
}

/**
 * What axe checks in dark mode: the rules whose result depends on colour. The dark scheme changes colours and nothing
 * else (every dark: class and prefers-color-scheme rule in the stylesheet is a colour), so the other rules see the
 * same page as in light mode; colour contrast is most of axe's time on a page, and the rest was run twice.
 */
const darkOptions: RunOptions = { ...axeOptions, runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } };

/**
 * axe's violations in light mode (axeOptions), then in dark mode (its colour rules) on the same loaded page (no
 * second load), one line per rule: "light id: targets". `runAxe` runs axe once with the options it is given.
 */
export async function inLightAndDark(page: Page, runAxe: (options: RunOptions) => Promise<Result[]>): Promise<string[]> {
  const found: string[] = [];
  for (const [colorScheme, options] of [['light', axeOptions], ['dark', darkOptions]] as const) {
    await page.emulateMedia({ colorScheme });
    for (const v of await runAxe(options)) found.push(`${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  return found;
}

/** axe on the whole page, light and dark, with @axe-core/playwright (which injects axe into every frame). */
export function wcagViolationsLightAndDark(page: Page): Promise<string[]> {
  // .options() replaces what .withTags() would set: the tags are in axeOptions.
  return inLightAndDark(page, async (options) => (await new AxeBuilder({ page }).options(options).analyze()).violations);
}
