import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The built site ships no React (scripts/next-export.ts removes Next's runtime), so a client component would work in
// `next dev`, which keeps the runtime, and be dead in production. The lint rule in eslint.config.mjs refuses one.
const counter = ["'use client';", "import { useState } from 'react';", 'export function Counter() {', '  const [n, setN] = useState(0);', '  return <button onClick={() => setN(n + 1)}>{n}</button>;', '}', ''].join('\n');

describe('npm run lint refuses client code where no JavaScript ships', () => {
  const eslint = new ESLint();
  const messagesFor = async (filePath: string) =>
    (await eslint.lintText(counter, { filePath }))[0].messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);

  it('in a component: the directive and the hook', async () => {
    const messages = await messagesFor('components/Counter/index.tsx');
    expect(messages.some((m) => m.startsWith('no-restricted-syntax: No React runs'))).toBe(true);
    expect(messages.some((m) => m.startsWith("no-restricted-imports: 'useState'"))).toBe(true);
  });

  it('not in a test, which may render anything', async () => {
    expect(await messagesFor('tests/unit/counter.tsx')).toEqual([]);
  });
});
