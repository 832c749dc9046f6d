import { describe, expect, it } from 'vitest';
import { listGuides } from '@/lib/content';
import { localeCountries, locales } from '@/lib/locales';
import { getCountry } from '@/lib/channels/directory';
import { guidePath, localePath } from '@/lib/site';
import { launchedBrowser, openPage, reusedPage, wcagViolationsLightAndDark } from './browser';
import { baseURL } from './site';

const browser = launchedBrowser();

/** The pages read by fetch from one loaded page share it. */
const withScript = reusedPage(browser);

// The guides a parent reads when something has happened.
const actGuides = ['sextortion', 'if-images-are-shared', 'grooming', 'if-your-child-tells-you', 'how-to-report', 'if-your-child-harmed-someone'];

describe('guides a frightened parent can act on', () => {
  it.each(locales)('in %s, each act guide gives its countries\' emergency numbers as phone links before its first section', async (locale) => {
    const { page } = await withScript(`${baseURL()}/${locale}`);
    const problems: string[] = [];
    const expected = localeCountries(locale).flatMap((code) => getCountry(code)!.emergency.map((e) => `tel:${e.number}`));
    // Each act guide as the browser parses it, read in one call: every tel: link before the article's first h2.
    const paths = actGuides.map((slug) => localePath(locale, guidePath(slug)));
    const befores = await page.evaluate(
      (paths) =>
        Promise.all(
          paths.map(async (path) => {
            const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
            const h2 = doc.querySelector('article h2');
            return [...doc.querySelectorAll('article a[href^="tel:"]')]
              .filter((a) => h2 && a.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING)
              .map((a) => a.getAttribute('href'));
          }),
        ),
      paths,
    );
    actGuides.forEach((slug, i) => {
      for (const tel of expected) if (!befores[i].includes(tel)) problems.push(`${slug}: ${tel} not before the first section`);
    });
    expect(problems).toEqual([]);
  });

  it('the sextortion guide opens with what to do tonight, before saying what sextortion is', async () => {
    const { page, context } = await openPage(browser(), `${baseURL()}/en/guides/sextortion`, { javaScriptEnabled: false });
    const headings = await page.locator('article h2').allInnerTexts();
    expect(headings.findIndex((h) => /tonight/i.test(h))).toBeLessThan(headings.findIndex((h) => /what is sextortion/i.test(h)));
    await context.close();
  });

  it.each(locales)('every source on every %s guide is a link to its public page', async (locale) => {
    const unlinked = listGuides(locale).flatMap((g) =>
      g.frontMatter.sources.filter((s) => !s.url).map((s) => `${g.slug}: ${s.title}`),
    );
    expect(unlinked).toEqual([]);
  });

  // The two pages outside the guides, one in each direction (components: tests/e2e/components.test.ts).
  for (const path of ['/en/young-people', '/ar/browse-safely']) {
    it(`axe finds no WCAG 2.2 AA violation on ${path}, light and dark`, async () => {
      const { page, context } = await openPage(browser(), `${baseURL()}${path}`);
      expect(await wcagViolationsLightAndDark(page)).toEqual([]);
      await context.close();
    });
  }
});
