import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every same-site href and src (and Open Graph image) of every page must lead to a file in `dir`, found the way the
 * servers find it: the path, the path + .html, or the path + /index.html.
 */
export async function brokenLinks(dir: string, origin: string, pages: string[]): Promise<string[]> {
  const broken: string[] = [];
  // Every page links the same header, footer and assets: each file is looked up once.
  const seen = new Map<string, Promise<boolean>>();
  const exists = (file: string) => {
    if (!seen.has(file)) seen.set(file, stat(file).then((s) => s.isFile(), () => false));
    return seen.get(file)!;
  };
  for (const file of pages) {
    const html = await readFile(file, 'utf8');
    const address = '/' + path.relative(dir, file).replace(/(index)?\.html$/, '');
    const values = [
      ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<meta\b[^>]*\scontent="([^"]*)"/g)].map((m) => m[1]).filter((v) => v.startsWith(origin)),
    ];
    for (const value of new Set(values)) {
      const url = new URL(value.replaceAll('&amp;', '&'), origin + address);
      if (url.origin !== origin || value.startsWith('#')) continue;
      let target: string;
      try {
        target = path.join(dir, decodeURIComponent(url.pathname).replace(/\/$/, ''));
      } catch {
        broken.push(`${address}: ${value} (malformed address)`);
        continue;
      }
      const found =
        (await exists(target)) || (await exists(`${target}.html`)) || (await exists(path.join(target, 'index.html')));
      if (!found) broken.push(`${address}: ${value}`);
    }
  }
  return broken;
}

