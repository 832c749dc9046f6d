import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder } from '@/lib/files';
import { finishNextExport } from '@/scripts/next-export';

// tests/fixtures/next-export/built/ is a few files of a real `next build` export (Next 16.4.6, the pinned version),
// shortened: pages with Next's scripts as written, their RSC payloads, Next's chunks and manifests, a route's
// robots.txt and feed, and public/ as Next copies it in (a security.txt, a humans.txt, the site's modules). A page
// carries a JSON-LD script. When a Next upgrade changes the export, cut this fixture again from the new out/.
const fixture = path.resolve('tests/fixtures/next-export');
const publicDir = path.join(fixture, 'public');
const copies: string[] = [];

/** A copy of the export to work on, with the empty folder Next writes and git cannot keep (_next/<build id>/). */
function exportCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-next-export-'));
  copies.push(dir);
  fs.cpSync(path.join(fixture, 'built'), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, '_next/BUILD_ID_x1'));
  return dir;
}

const finish = (outDir: string) => finishNextExport({ outDir, publicDir, renamePages: { '/en/not-found': '/en/404.html' } });
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

function emptyFolders(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return entry.isDirectory() && fs.readdirSync(full).length === 0 ? [path.relative(dir, full)] : [];
  });
}

afterEach(() => {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('finishNextExport on a Next 16 export', () => {
  it('leaves exactly the pages, the route files, the stylesheet and media, and public/', async () => {
    const out = exportCopy();
    await finish(out);
    expect(filesUnder(out).map((file) => path.relative(out, file))).toEqual([
      '.well-known/security.txt',
      '404.html',
      '_next/static/chunks/1847tzwhkn12y.css',
      '_next/static/media/icon.2y5br418on8lm.svg',
      'en.html',
      'en/404.html',
      'en/feed.xml',
      'en/guides/sextortion.html',
      'humans.txt',
      'js/print.js',
      'js/quick-exit.js',
      'robots.txt',
    ]);
    expect(emptyFolders(out)).toEqual([]);
    for (const file of filesUnder(publicDir)) expect(read(out, path.relative(publicDir, file))).toBe(fs.readFileSync(file, 'utf8'));
  });

  it("removes only Next's scripts from the pages: the site's modules and JSON-LD stay", async () => {
    const out = exportCopy();
    await finish(out);
    for (const page of ['404.html', 'en.html', 'en/404.html', 'en/guides/sextortion.html']) {
      const html = read(out, page);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
      expect(scripts.filter((tag) => !/^<script type="(?:module" src="\/js\/[\w-]+\.js|application\/ld\+json)">$/.test(tag)), page).toEqual([]);
      expect(html, page).not.toMatch(/\/_next\/[^"]*\.js|__next_f|TURBOPACK|as="script"/);
      expect(html, page).toContain('<link rel="stylesheet" href="/_next/static/chunks/1847tzwhkn12y.css"');
    }
    expect(read(out, 'en/guides/sextortion.html')).toContain(
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Sextortion: what to do"}</script>',
    );
  });

  it.each([
    ['a payload under a name Next 16 does not use', 'en/guides.rsc', '1:"$Sreact.fragment"\n'],
    ['an RSC payload in a .txt file of another name', 'en/guides/sextortion.data.txt', '1:"$Sreact.fragment"\n:HL["/_next/static/chunks/a.css","style"]\n'],
    ['a segment file of another kind', 'en/__next.$d$locale.__PAGE__.json', '{}'],
  ])('fails on %s, naming it', async (_, file, text) => {
    const out = exportCopy();
    fs.writeFileSync(path.join(out, file), text);
    await expect(finish(out)).rejects.toThrow(`${file}: `);
  });

  it('fails on an inline script it does not know, naming the page', async () => {
    const out = exportCopy();
    const page = path.join(out, 'en.html');
    fs.writeFileSync(page, read(out, 'en.html').replace('</body>', '<script>self.__next_boot=1</script></body>'));
    await expect(finish(out)).rejects.toThrow("en.html: an inline script that is not Next's: <script>self.__next_boot=1");
  });

  it('fails when the page to rename is not where Next writes it', async () => {
    const out = exportCopy();
    fs.rmSync(path.join(out, 'en/not-found.html'));
    await expect(finish(out)).rejects.toThrow('en/not-found.html: missing, so it cannot become /en/404.html');
  });
});
