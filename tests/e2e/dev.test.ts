import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitUntilUp } from '../../scripts/servers';

// `npm run dev` for content authors: Next's dev server, with no production security policy in the way, shows a guide
// and an edit to its MDX without a restart.
//
// It runs on a copy of the files the site is made of, never on the checkout: the test edits a page, and other test
// files read content/ meanwhile; a run stopped half way leaves nothing changed. The copy sits under .next/ (ignored by
// git, the type check and the lint) so that Turbopack, finding no lockfile in it, takes this project as its root and
// resolves node_modules/ from here; it is removed afterwards.

const root = process.cwd();
/** What `next dev` reads: the app and its sources, content, messages and config. Tests, docs and scripts stay out. */
const projectFiles = ['app', 'components', 'lib', 'i18n', 'server', 'content', 'messages', 'public', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package.json'];
let copy = '';
let url = '';
let dev: ReturnType<typeof spawn> | undefined;

beforeAll(async () => {
  fs.mkdirSync(path.join(root, '.next'), { recursive: true });
  copy = fs.mkdtempSync(path.join(root, '.next', 'dev-test-'));
  for (const name of projectFiles) fs.cpSync(path.join(root, name), path.join(copy, name), { recursive: true });
  const port = await freePort();
  dev = spawn(path.join(root, 'node_modules/.bin/next'), ['dev', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: copy,
    stdio: ['ignore', 2, 2],
    // vitest sets NODE_ENV=test, which next dev would keep: authors run it in development.
    env: { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, 60_000);
}, 90_000);

afterAll(async () => {
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev!.once('exit', resolve));
    process.kill(-dev.pid, 'SIGTERM');
    await exited;
  }
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

/** Asks for a page until the dev server has compiled it (the first request compiles). */
async function page(urlPath: string, until: (html: string) => boolean, timeoutMs = 150_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const response = await fetch(url + urlPath).catch(() => undefined);
    last = response ? await response.text() : '';
    if (response?.status === 200 && until(last)) return last;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`${urlPath} did not show what was expected: ${last.slice(0, 200)}`);
}

describe('npm run dev', () => {
  it('serves a guide, with Next\'s dev runtime and no production policy', async () => {
    const response = await fetch(`${url}/en/guides/sextortion`);
    const html = await page('/en/guides/sextortion', (h) => h.includes('<h1'));
    expect(html).toContain('Sextortion');
    expect(response.headers.get('content-security-policy')).toBeNull();
  }, 180_000);

  it('shows an edit to the guide\'s MDX without a restart', async () => {
    // The page the first test compiled: a second route would cost the dev server a second compile.
    const file = path.join(copy, 'content/en/guides/sextortion.mdx');
    // Letters only: the site would isolate a long number as left-to-right text, splitting the sentence in the HTML.
    const marker = `Edited while the dev server runs ${Math.random().toString(36).replace(/[^a-z]/g, '')}.`;
    await page('/en/guides/sextortion', (h) => h.includes('<h1'));
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8').trimEnd()}\n\n${marker}\n`);
    expect(await page('/en/guides/sextortion', (h) => h.includes(marker), 60_000)).toContain(marker);
  }, 180_000);
});
