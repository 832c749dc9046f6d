import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/locales';
import { componentFolders, loadCatalogue, localesOf, renderExample } from '@/scripts/component-catalogue';
import { COMPONENT_DOCS, WRITE_COMPONENT_DOCS_COMMAND, componentDocs } from '@/scripts/write-component-docs';

// Every component folder describes its component and gives examples (components/component-spec.ts); each example
// renders, in every locale where it takes one, with that locale's real messages: a missing message throws.

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

describe.each(catalogue.map(({ spec }) => [spec.name, spec] as const))('%s', (_, spec) => {
  it.each(spec.examples.map((example) => [example.name, example] as const))('renders "%s" in every locale it takes', async (_, example) => {
    for (const locale of localesOf(example, locales)) {
      const html = await renderExample(spec, example, locale, { framed: false });
      if (example.rendersNothing) expect(html, `${example.name} in ${locale}`).toBe('');
      else expect(html, `${example.name} in ${locale}`).not.toBe('');
    }
  });
});
