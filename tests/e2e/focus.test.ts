import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/locales';
import { countryPath, guidePath, localePath, sitePaths } from '@/lib/site';
import { launchedBrowser } from './browser';
import { contrast, type Rgb } from './contrast';
import { baseURL } from './site';

// Review H1: keyboard focus was invisible on every filled button (a currentColor outline: white on a white page, near
// black on navy). This tabs through real pages, light and dark, left to right and right to left, and measures each
// focused element's indicator: its outline's style and width, and its colour's contrast with the colours beside it,
// from the computed styles (WCAG 2.2 1.4.11 and 2.4.7: at least 3:1; 2.4.13: at least 2 CSS px thick).

interface Focused {
  /** Position in the document, to know when Tab has come round again. */
  index: number;
  label: string;
  style: string;
  width: number;
  offset: number;
  ring: Rgb;
  /** The opaque colour behind the element: what the ring, drawn outside it, stands on. */
  behind: Rgb;
  /** The element's own background, when the ring touches it (an offset of 0 or less). */
  own?: Rgb;
  visible: boolean;
  matches: string[];
}

// Elements each page must reach by Tab, so a page that lost its buttons or links cannot pass by measuring nothing.
const everyPage = [
  'a[href="#main"]',
  'a.skip-link[data-quick-exit]',
  'a[data-quick-exit-button]',
  'header a[href$="/report"]',
  '.language-switcher summary',
  '.language-switcher a',
  'footer a',
];
const pages = (locale: Locale, country: string): [string, string[]][] => [
  [localePath(locale, sitePaths.home), ['main a[href$="/guides"]', 'main a[href$="/report"]']],
  [localePath(locale, guidePath('sextortion')), ['main a[href^="tel:"]', 'button[data-print]', '.heading-anchor']],
  [localePath(locale, countryPath(country)), ['main a[href^="http"]']],
  [localePath(locale, sitePaths.search), ['input[type="search"]', 'button[type="submit"]']],
  [localePath(locale, sitePaths.schools), ['button[data-copy]', 'a[download]']],
];

/** Runs in the page: the focused element and its indicator, or null once focus has left the page's elements. */
function measure(selectors: string[]): Focused | null {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body || element === document.documentElement) return null;
  const canvas = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;
  // Any CSS colour (Tailwind's are oklch) as sRGB with alpha, through the canvas.
  const rgba = (css: string): [number, number, number, number] => {
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = css;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top: number[], below: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3]));
  /** The colour that shows through from an element down, its ancestors' backgrounds composited. */
  const backgroundFrom = (from: Element | null): Rgb => {
    const layers: number[][] = [];
    for (let node = from; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    const canvasColour = matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18, 1] : [255, 255, 255, 1];
    return layers.reduceRight<number[]>((below, top) => over(top, below), canvasColour).map(Math.round) as unknown as Rgb;
  };
  const style = getComputedStyle(element);
  const offset = parseFloat(style.outlineOffset);
  const ownColour = rgba(style.backgroundColor);
  const box = element.getBoundingClientRect();
  return {
    index: [...document.querySelectorAll('*')].indexOf(element),
    label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    offset,
    ring: rgba(style.outlineColor).slice(0, 3) as unknown as Rgb,
    behind: backgroundFrom(element.parentElement),
    own: offset <= 0 && ownColour[3] > 0 ? (over(ownColour, [...backgroundFrom(element.parentElement)]) as unknown as Rgb) : undefined,
    visible: box.width > 0 && box.height > 0,
    matches: selectors.filter((selector) => element.matches(selector)),
  };
}

/** Tabs from the top of the page until focus comes round again; opens the language list once on the way. */
async function tabThrough(page: Page, selectors: string[]): Promise<Focused[]> {
  const focused: Focused[] = [];
  let opened = false;
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(measure, selectors);
    if (!now || now.index === focused[0]?.index) break;
    focused.push(now);
    if (!opened && now.matches.includes('.language-switcher summary')) {
      await page.keyboard.press('Enter');
      opened = true;
    }
  }
  return focused;
}

const browser = launchedBrowser();

describe.each([
  ['en', 'gb'],
  ['ar', 'eg'],
] as const)('keyboard focus in %s', (locale, country) => {
  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    it.each(pages(locale, country))('%s: every focused element has a ring of at least 2px and 3:1 against what is beside it', async (path, own) => {
      const context = await browser().newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${baseURL()}${path}`);
      // The copy and print buttons show once their scripts have run.
      if (own.some((selector) => selector.includes('data-copy') || selector.includes('data-print'))) {
        await page.waitForSelector('button[data-copy]:not([hidden]), button[data-print]:not([hidden])');
      }
      const selectors = [...everyPage, ...own];
      const focused = await tabThrough(page, selectors);
      await context.close();

      const ratioOf = (f: Focused) => Math.min(...[f.behind, ...(f.own ? [f.own] : [])].map((colour) => contrast(f.ring, colour)));
      const lowest = Math.min(...focused.map(ratioOf));
      console.log(`focus, ${colorScheme}, ${path}: ${focused.length} elements, thinnest ring ${Math.min(...focused.map((f) => f.width))}px, lowest contrast ${lowest.toFixed(2)}:1`);
      const failures = focused.flatMap((f) => {
        const beside = [f.behind, ...(f.own ? [f.own] : [])];
        const ratio = ratioOf(f);
        const problems = [];
        if (!f.visible) problems.push('not visible');
        if (f.style === 'none' || f.style === 'hidden') problems.push(`outline ${f.style}`);
        if (!(f.width >= 2)) problems.push(`outline ${f.width}px`);
        if (!(ratio >= 3)) problems.push(`contrast ${ratio.toFixed(2)}:1 (rgb ${f.ring} on rgb ${beside.join(' / rgb ')})`);
        return problems.length ? [`${f.label}: ${problems.join(', ')}`] : [];
      });
      expect(failures).toEqual([]);
      const reached = new Set(focused.flatMap((f) => f.matches));
      expect(selectors.filter((selector) => !reached.has(selector))).toEqual([]);
      expect(focused.length).toBeGreaterThan(15);
    });
  });
});
