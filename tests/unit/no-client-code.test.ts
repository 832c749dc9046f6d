import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '@/lib/files';

// The built site ships no React (scripts/next-export.ts removes Next's runtime), so a client component would work in
// `next dev`, which keeps the runtime, and be dead in production: its state never changes, its effects never run.
// Behaviour in the browser is a small module in public/js/ instead.

/** The 'use client' directive, at the top of a file, after any comments. */
const directive = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;
/** React's and Next's hooks that only do anything in the browser. */
const clientHooks =
  /\b(?:use(?:State|Reducer|Ref|Context|Effect|LayoutEffect|InsertionEffect|EffectEvent|Transition|DeferredValue|Optimistic|ActionState|FormStatus|FormState|SyncExternalStore)|use(?:Router|Pathname|SearchParams|Params|SelectedLayoutSegments?))\s*[(<]/g;

/** What in `source` needs JavaScript in the browser: the directive, and each client hook with its line. */
function clientCode(source: string): string[] {
  const found = directive.test(source) ? ["'use client'"] : [];
  for (const match of source.matchAll(clientHooks)) {
    found.push(`${match[0].replace(/\s*[(<]$/, '')} (line ${source.slice(0, match.index).split('\n').length})`);
  }
  return found;
}

describe('no client code where no JavaScript ships', () => {
  it('catches a client component', () => {
    const counter = [
      '// A counter.',
      "'use client';",
      "import { useEffect, useState } from 'react';",
      'export function Counter() {',
      '  const [count, setCount] = useState(0);',
      '  useEffect(() => setCount(1), []);',
      '  return <button onClick={() => setCount(count + 1)}>{count}</button>;',
      '}',
    ].join('\n');
    expect(clientCode(counter)).toEqual(["'use client'", 'useState (line 5)', 'useEffect (line 6)']);
    expect(clientCode("import { getTranslations } from 'next-intl/server';\n// 'use client' is refused here\n")).toEqual([]);
  });

  it('finds none in app/, components/, lib/ or i18n/', () => {
    const sources = ['app', 'components', 'lib', 'i18n']
      .flatMap((dir) => filesUnder(path.resolve(dir)))
      .filter((file) => /\.(?:[cm]?[jt]sx?)$/.test(file));
    expect(sources.length).toBeGreaterThan(50);
    const found = sources.flatMap((file) =>
      clientCode(fs.readFileSync(file, 'utf8')).map((what) => `${path.relative(process.cwd(), file)}: ${what}`),
    );
    expect(found).toEqual([]);
  });
});
