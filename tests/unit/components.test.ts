import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Shows } from '@/components/component-spec';
import { defaultLocale, locales } from '@/lib/locales';
import { componentFolders, loadCatalogue, localesOf, renderExample } from '@/scripts/component-catalogue';
import { COMPONENT_DOCS, WRITE_COMPONENT_DOCS_COMMAND, componentDocs } from '@/scripts/write-component-docs';
import { readerView } from '../components/reader-view';

// Every component folder describes its component and gives examples (components/component-spec.ts); each example
// renders, in every locale where it takes one, with that locale's real messages (a missing message throws), and shows
// what its `shows` says a reader finds: text, link addresses, roles and landmarks, languages and directions.

const catalogue = await loadCatalogue();

it(`docs/components.md is what ${WRITE_COMPONENT_DOCS_COMMAND} writes`, () => {
  expect(fs.readFileSync(COMPONENT_DOCS, 'utf8'), `run ${WRITE_COMPONENT_DOCS_COMMAND}`).toBe(componentDocs(catalogue));
});

it('every component folder has examples.tsx, with at least one example of each component it describes', () => {
  const described = new Set(catalogue.map((entry) => path.resolve(entry.folder)));
  expect(componentFolders.filter((folder) => !described.has(folder)).map((f) => path.relative(process.cwd(), f))).toEqual([]);
  for (const { spec } of catalogue) expect(spec.examples.length, spec.name).toBeGreaterThan(0);
});

it('names every component once and every example once within its component', () => {
  const names = catalogue.map((entry) => entry.spec.name);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  for (const { spec } of catalogue) {
    const examples = spec.examples.map((e) => e.name);
    expect(examples.filter((n, i) => examples.indexOf(n) !== i), spec.name).toEqual([]);
  }
});

/** What the example should show and does not, one line each ("link: /en/report"). */
function notShown(html: string, shows: Shows): string[] {
  const seen = readerView(html);
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  return [
    ...(shows.text ?? []).filter((text) => !seen.text.includes(collapse(text))).map((text) => `text: ${text}`),
    ...(shows.links ?? []).filter((href) => !seen.links.includes(href)).map((href) => `link: ${href}`),
    ...(shows.roles ?? []).filter((role) => !seen.roles.has(role)).map((role) => `role: ${role}`),
    ...(shows.labels ?? []).filter((label) => !seen.labels.has(label)).map((label) => `label: ${label}`),
    ...(shows.lang ?? []).filter((lang) => !seen.langs.has(lang)).map((lang) => `lang: ${lang}`),
    ...(shows.dir ?? []).filter((dir) => !seen.dirs.has(dir)).map((dir) => `dir: ${dir}`),
  ];
}

describe.each(catalogue.map(({ spec }) => [spec.name, spec] as const))('%s', (_, spec) => {
  it.each(spec.examples.map((example) => [example.name, example] as const))('"%s" shows what it says, in every locale it takes', async (_, example) => {
    for (const locale of localesOf(example, locales)) {
      const html = await renderExample(spec, example, locale, { framed: false });
      const where = `${spec.name} "${example.name}" in ${locale ?? defaultLocale}`;
      if (example.rendersNothing) {
        expect(html, where).toBe('');
        continue;
      }
      const shows = typeof example.shows === 'function' ? example.shows(locale ?? defaultLocale) : example.shows;
      expect(shows, `${where}: say what it shows (shows: in its examples.tsx)`).toBeDefined();
      expect(notShown(html, shows!), where).toEqual([]);
    }
  });
});
