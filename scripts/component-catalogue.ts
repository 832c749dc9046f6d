import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement, type FunctionComponent, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import type { ComponentSpec, Example } from '@/components/component-spec';
import { filesUnder } from '@/lib/files';
import { defaultLocale, type Locale } from '@/lib/locales';

// The components' examples (components/component-spec.ts), for the render and axe tests and for docs/components.md.
// Rendering needs next-intl's server API outside Next: vitest.config.ts points it at tests/components/next-intl-server.ts.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every component folder: a folder under components/ with an index.tsx. */
export const componentFolders = filesUnder(path.join(root, 'components'), { ext: 'index.tsx' })
  .filter((file) => path.basename(file) === 'index.tsx')
  .map(path.dirname);

export interface CatalogueEntry {
  folder: string;
  spec: ComponentSpec;
}

/** The specs of every folder's examples.tsx; a folder without one has none (the unit test fails on it). */
export async function loadCatalogue(): Promise<CatalogueEntry[]> {
  const entries: CatalogueEntry[] = [];
  for (const folder of componentFolders) {
    const file = path.join(folder, 'examples.tsx');
    if (!fs.existsSync(file)) continue;
    const specs: ComponentSpec[] = (await import(file)).default;
    for (const spec of specs) entries.push({ folder: path.relative(root, folder), spec });
  }
  return entries;
}

/** The locales an example is shown in: every one for a component in the reader's language. */
export const localesOf = (example: Example<object>, every: readonly Locale[]): readonly (Locale | undefined)[] =>
  typeof example.props === 'function' ? every : [undefined];

/** An element's HTML as the server renders it, async server components included. */
export async function renderHtml(element: ReactNode): Promise<string> {
  return new Response((await prerender(element)).prelude).text();
}

/** The example's HTML as the server renders it (async components included), in `locale` where it takes one. */
export async function renderExample(
  spec: ComponentSpec,
  example: Example<object>,
  locale: Locale = defaultLocale,
  { framed = true } = {},
): Promise<string> {
  const props = typeof example.props === 'function' ? example.props(locale) : example.props;
  const element = createElement(spec.component as FunctionComponent<object>, props);
  return renderHtml(framed && spec.frame ? spec.frame(element) : element);
}
