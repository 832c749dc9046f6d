import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dirOf, type Locale } from '@/lib/locales';
import { loadCatalogue, renderExample } from '@/scripts/component-catalogue';
import { inLightAndDark, launchedBrowser } from './browser';
import { baseURL } from './site';

// axe on every component example (components/*/examples.tsx), light and dark, with the site's own stylesheet: each
// example in turn replaces the body of one loaded page, in English and in Arabic (right to left); an example in the
// reader's language is rendered in each. Whole pages are checked in the page tests, one of each kind.
//
// The components that are whole pages are checked there only, as built and served, which is what a reader gets:
// a guide in each direction (browser.test.ts), a page of content/<locale>/pages in each (act-guides.test.ts), the
// frame on every page checked, the language chooser (nginx.test.ts). Their examples would be the same markup again.
const checkedAsPages = new Set(['ContentPageView', 'GuideView', 'PageFrame', 'LanguageChooserPage']);

// The axe that @axe-core/playwright runs on whole pages (its own axe-core), so both checks apply the same rules.
const fromAxeBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axeSource = fs.readFileSync(fromAxeBuilder.resolve('axe-core/axe.min.js'), 'utf8');
const catalogue = await loadCatalogue();

const browser = launchedBrowser();
let page: Page;
beforeAll(async () => {
  page = await browser().newPage();
  await page.goto(`${baseURL()}/en`);
  await page.evaluate(axeSource);
});

/** The example's HTML as the body of the page, in its language and direction; then axe, light and dark. */
async function violations(html: string, locale: Locale): Promise<string[]> {
  await page.evaluate(
    ({ html, lang, dir }) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      document.documentElement.lang = lang;
      document.documentElement.dir = dir;
      document.body.replaceChildren(...parsed.body.childNodes);
      // What copy.js and print.js do once they run (parsed scripts do not): axe skips hidden buttons.
      document.querySelectorAll<HTMLButtonElement>('button[hidden][data-copy], button[hidden][data-print]').forEach((b) => (b.hidden = false));
    },
    { html, lang: locale, dir: dirOf(locale) },
  );
  return inLightAndDark(page, (options) =>
    page.evaluate(async (options) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      return (await axe.run(document, options)).violations;
    }, options),
  );
}

describe.each(catalogue.filter(({ spec }) => !checkedAsPages.has(spec.name)).map(({ spec }) => [spec.name, spec] as const))('%s', (_, spec) => {
  for (const example of spec.examples.filter((e) => !e.rendersNothing)) {
    for (const locale of ['en', 'ar'] as const) {
      it(`"${example.name}" in ${locale}: axe finds no WCAG 2.2 AA violation, light and dark`, async () => {
        const html = await renderExample(spec, example, locale);
        expect(html).not.toBe('');
        expect(await violations(html, locale)).toEqual([]);
      });
    }
  }
});
