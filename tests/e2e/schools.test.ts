import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { listGuides } from '@/lib/content';
import { locales } from '@/lib/locales';
import { shareMoments } from '@/lib/schools';
import { guidePath, localePath } from '@/lib/site';
import { launchedBrowser, openPage, reusedPage, wcagViolationsLightAndDark } from './browser';
import { baseURL, get } from './site';
import { readMessages as messages } from '../messages';

const browser = launchedBrowser();

/** The checks that only read a page without script share one page. */
const withoutScript = reusedPage(browser, { javaScriptEnabled: false });
/** Four device pixels per CSS pixel: the small on-screen QR code, photographed sharply. */
const sharp = reusedPage(browser, { deviceScaleFactor: 4 });


/** The page's canonical address, which every absolute link on the site is built from. */
async function canonical(page: Page): Promise<URL> {
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
}

/** What the section-link check needs of a page: its ids, and each h2 and h3 with the links to it. */
type Sections = { duplicates: string[]; headings: { id: string; text: string; labels: (string | null)[] }[] };

/** Every h2 and h3 has an id, no id is used twice, and each heading has exactly one link to it, named after it. */
function expectSectionLinks({ headings, duplicates }: Sections, t: ReturnType<typeof messages>, where: string) {
  expect(duplicates, where).toEqual([]);
  expect(headings.length, where).toBeGreaterThan(1);
  for (const heading of headings) {
    expect(heading.id, `${where}: ${heading.text}`).not.toBe('');
    expect(heading.labels, `${where}: ${heading.text}`).toEqual([t.anchors.link.replace('{heading}', heading.text)]);
  }
}

/**
 * Pages read as the browser parses them, without loading each one: the page fetches their HTML and parses it with
 * DOMParser, so many pages cost one navigation.
 */
async function parsedPages(page: Page, paths: string[]) {
  return page.evaluate(async (paths) => {
    return Promise.all(
      paths.map(async (path) => {
        const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
        const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
        const sections = {
          duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
          headings: [...doc.querySelectorAll('h2, h3')].map((h) => ({
            id: h.id,
            text: h.textContent!.trim(),
            labels: [...doc.querySelectorAll(`a[href="#${CSS.escape(h.id)}"]`)].map((a) => a.getAttribute('aria-label')),
          })),
        };
        const qr = doc.querySelector('figure.guide-qr svg[role="img"]');
        return { path, sections, canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), qrLabel: qr?.getAttribute('aria-label') };
      }),
    );
  }, paths);
}

describe.each(locales)('the schools page in %s', (locale) => {
  const t = messages(locale);
  // One load of the page without script for the checks that only read it.
  let page: Page;
  let status: number | undefined;
  beforeAll(async () => {
    const opened = await withoutScript(`${baseURL()}/${locale}/schools`);
    ({ page } = opened);
    status = opened.response?.status();
  });

  it('answers 200 with the three moments to share, each linking its guides', async () => {
    expect(status).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    const titles = new Map(listGuides(locale).map((g) => [g.slug, g.frontMatter.title]));
    for (const moment of shareMoments) {
      const section = page.locator(`section[aria-labelledby="${moment.id}"]`);
      expect(await section.locator('h3').innerText()).toBe(t.schools.when[moment.key].title);
      const links = await section.locator('li a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      expect(links).toEqual(moment.slugs.map((slug) => [localePath(locale, guidePath(slug)), titles.get(slug)]));
    }
  });

  it('gives every h2 and h3 a unique id and a link to it', async () => {
    const [schools] = await parsedPages(page, [`/${locale}/schools`]);
    expectSectionLinks(schools.sections, t, `/${locale}/schools`);
  });

  it('gives a newsletter paragraph with the absolute link to the site', async () => {
    const site = new URL(`/${locale}`, await canonical(page)).href;
    const text = await page.locator('#newsletter-text').innerText();
    expect(text).toContain(site);
    expect(text.length).toBeGreaterThan(site.length + 100);
  });

  it('tells staff how to respond to a disclosure, with its sources', async () => {
    const section = page.locator('section[aria-labelledby="disclosure"]');
    const text = await section.innerText();
    for (const key of ['danger', 'listen', 'noSecret', 'noInvestigate', 'writeDown', 'policy', 'neverImage']) expect(text).toContain(t.schools.disclosure[key]);
    const sources = section.locator('section[aria-labelledby="disclosure-sources"] li');
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await sources.allInnerTexts()).toContainEqual(expect.stringContaining('UKCIS'));
  });

  it('offers a badge whose HTML and image link to the report page in this language', async () => {
    const report = new URL(`/${locale}/report`, await canonical(page)).href;
    // The snippet, read as a school would paste it.
    const snippet = await page.locator('pre code#badge-code').innerText();
    const pasted = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const a = doc.querySelector('a');
      return { href: a?.getAttribute('href'), scripts: doc.querySelectorAll('script, img, style, iframe').length };
    }, snippet);
    expect(pasted).toEqual({ href: report, scripts: 0 });
    expect(await page.locator('.badge-preview a').getAttribute('href')).toBe(report);

    const download = await page.locator('a[download]').getAttribute('href');
    const file = await get(download!);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('image/svg+xml');
    const svg = await file.text();
    expect(svg).toContain(`<a href="${report}">`);
    expect(svg).toContain(t.schools.badge.text);
  });

  it('without JavaScript keeps the texts and shows no Copy button', async () => {
    expect(await page.locator('#newsletter-text').innerText()).not.toBe('');
    expect(await page.locator('#badge-code').innerText()).not.toBe('');
    const buttons = page.locator('button[data-copy]');
    expect(await buttons.count()).toBe(2);
    for (const button of await buttons.all()) expect(await button.isVisible()).toBe(false);
  });

  it('with JavaScript draws the badge text inside the badge, and copies the newsletter paragraph by keyboard', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/${locale}/schools`);
    const fit = await page.locator('.badge-preview svg').evaluate((svg) => {
      const text = (svg.querySelector('text') as SVGTextElement).getBBox();
      const rect = (svg.querySelector('rect') as SVGRectElement).getBBox();
      return { left: text.x - rect.x, right: rect.x + rect.width - (text.x + text.width), height: rect.height - text.height };
    });
    expect(fit.left).toBeGreaterThan(0);
    expect(fit.right).toBeGreaterThan(0);
    expect(fit.height).toBeGreaterThan(0);

    const button = page.getByRole('button', { name: t.schools.newsletter.copy });
    await expect.poll(() => button.isVisible()).toBe(true);
    // By keyboard: the button is a real button in the tab order.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#newsletter-text-status').innerText()).toBe(t.copy.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#newsletter-text').textContent())!.trim());
    expect(copied).toContain(new URL(`/${locale}`, await canonical(page)).href);
    await context.close();
  });
});

it('copies the badge HTML exactly as shown', async () => {
  const context = await browser().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
  const page = await context.newPage();
  await page.goto(`${baseURL()}/ar/schools`);
  await page.getByRole('button', { name: messages('ar').schools.badge.copy }).click();
  await expect.poll(() => page.locator('#badge-code-status').innerText()).toBe(messages('ar').copy.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#badge-code').textContent());
  await context.close();
});

/** Decodes the QR code drawn by an SVG element from a screenshot of it. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe.each(locales)('guides in %s', (locale) => {
  const t = messages(locale);
  const guides = listGuides(locale);
  const qr = 'figure.guide-qr svg[role="img"]';

  it('each end with a QR code labelled with the guide’s canonical address, and give every h2 and h3 a unique id and a link to it', async () => {
    const { page } = await withoutScript(`${baseURL()}/${locale}`);
    const parsed = await parsedPages(page, guides.map((guide) => localePath(locale, guidePath(guide.slug))));
    for (const { path, canonical, qrLabel, sections } of parsed) {
      expect(canonical?.endsWith(path), path).toBe(true);
      expect(qrLabel, path).toBe(t.guides.qrLabel.replace('{url}', canonical!));
      expectSectionLinks(sections, t, path);
    }
  });

  it('draw a QR code that a phone reads as the guide’s address (one guide a locale, a different one in each)', async () => {
    const guide = guides[locales.indexOf(locale) % guides.length];
    const { page } = await sharp(`${baseURL()}${localePath(locale, guidePath(guide.slug))}`);
    const url = (await canonical(page)).href;
    expect(await page.locator(qr).isVisible(), guide.slug).toBe(true);
    expect(await decodeQr(page, qr), guide.slug).toBe(url);
  });
});

describe('section links', () => {
  it('are visible without hover and reachable by keyboard', async () => {
    const { page, context } = await openPage(browser(), `${baseURL()}/en/guides/grooming`, { hasTouch: true });
    const anchors = page.locator('a.heading-anchor');
    expect(await anchors.count()).toBeGreaterThan(1);
    const first = anchors.first();
    expect(await first.isVisible()).toBe(true);
    expect(await first.evaluate((a) => Number(getComputedStyle(a).opacity))).toBeGreaterThan(0.5);
    const box = (await first.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24); // WCAG 2.2 target size
    await first.focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('heading-anchor'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/guides/grooming${await first.getAttribute('href')}`);
    await context.close();
  });
});

describe.each(['en', 'ar'] as const)('printing a guide in %s', (locale) => {
  const t = messages(locale);

  it('hides navigation and buttons, and writes out link addresses', async () => {
    const { page, context } = await openPage(browser(), `${baseURL()}/${locale}/guides/sextortion`);
    const printButton = page.getByRole('button', { name: t.guides.print });
    await expect.poll(() => printButton.isVisible()).toBe(true);
    const screenQr = (await page.locator('figure.guide-qr svg').boundingBox())!.width;

    await page.emulateMedia({ media: 'print' });
    const hidden = [
      page.getByRole('navigation', { name: t.nav.label }),
      page.getByRole('navigation', { name: t.nav.language }),
      page.locator('a[href="#main"]'),
      printButton,
      page.locator('a.heading-anchor').first(),
    ];
    for (const element of hidden) expect(await element.isVisible()).toBe(false);
    for (const link of await page.locator('footer a, header nav a').all()) expect(await link.isVisible()).toBe(false);

    // The first link to another page of the site, and the address it prints.
    const link = page.locator(`main a[href^="/${locale}/"]`).first();
    const written = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    const absolute = new URL((await link.getAttribute('href'))!, await canonical(page)).href;
    expect(written).toContain(absolute);

    expect((await page.locator('figure.guide-qr svg').boundingBox())!.width).toBeGreaterThan(screenQr);
    await context.close();
  });

  it('fits every guide within the width of an A4 page (US Letter is wider)', async () => {
    // A4 is 210 mm wide; less 2 × 15 mm of margin, 180 mm are 680 CSS pixels.
    const context = await browser().newContext({ viewport: { width: 680, height: 1000 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const guide of listGuides(locale)) {
      await page.goto(`${baseURL()}${localePath(locale, guidePath(guide.slug))}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, guide.slug).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

describe('accessibility of the schools page', () => {
  // A guide's section links are checked on a whole guide in browser.test.ts, and as components (Heading).
  for (const path of ['/ar/schools']) {
    it(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async () => {
      const { page, context } = await openPage(browser(), `${baseURL()}${path}`);
      // Copy and print buttons appear once their script has run.
      await page.waitForLoadState('load');
      expect(await wcagViolationsLightAndDark(page)).toEqual([]);
      await context.close();
    });
  }
});
