import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '@/lib/files';
import { parseSiteUrl } from '@/lib/site-url.mjs';

// Review H5: built the README's way, 921 pages printed http://localhost:3000 in QR codes, printed addresses, the
// schools' newsletter text and badge. The build as CI makes it (scripts/test.mjs) now carries a public address and no
// local one anywhere a reader or another site could meet it; tests/e2e/schools.test.ts checks that the QR codes,
// newsletter text and badge carry the canonical address.

const out = path.resolve('out');
const text = new Set(['.html', '.xml', '.json', '.txt', '.svg', '.conf', '.webmanifest']);
const local = /localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0/i;

describe('the built site', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(out, '_haven/manifest.json'), 'utf8'));

  it('was built for a public address', () => {
    expect(() => parseSiteUrl(manifest.site)).not.toThrow();
  });

  it('names no local address in any page, feed, sitemap, data file, badge or server rule', () => {
    const files = filesUnder(out).filter(
      (file) => text.has(path.extname(file)) || ['_headers', '_redirects'].includes(path.basename(file)),
    );
    expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(500);
    const found = files
      .filter((file) => local.test(fs.readFileSync(file, 'utf8')))
      .map((file) => `${path.relative(out, file)}: ${local.exec(fs.readFileSync(file, 'utf8'))![0]}`);
    expect(found).toEqual([]);
  });

  it('gives every page its canonical address at that public address', () => {
    const pages = filesUnder(out, { ext: '.html' }).filter((file) => !file.includes('/pagefind/'));
    const wrong = pages.filter((file) => {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(fs.readFileSync(file, 'utf8'))?.[1];
      return canonical !== undefined && new URL(canonical).origin !== manifest.site;
    });
    expect(wrong).toEqual([]);
  });
});
