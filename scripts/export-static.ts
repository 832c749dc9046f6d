// `npm run export`: the whole site as files in out/, for any static host or CDN (README, "Deploy").
//
// Next's `output: 'export'` would drop the proxy (locale negotiation, per-locale 404 pages) and the route handlers'
// headers, so this takes a snapshot of the production server instead: it builds (unless HAVEN_SKIP_BUILD=1 says the
// build is current), starts `next start`, and writes every page of every locale (/fr/guides/x → out/fr/guides/x.html),
// each locale's 404 page (out/fr/404.html) and the global one (out/404.html), the files the route handlers make, then
// public/ and Next's hashed assets (out/_next/static). The root page, out/index.html, is a language chooser. It checks
// that every same-site link of every page leads to a file in out/, and writes a .gz beside each text file for
// servers that send precompressed files (nginx's gzip_static; deploy/nginx/haven.conf).
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip, constants as zlib } from 'node:zlib';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LanguageChooserPage } from '@/components/LanguageChooserPage';
import { locales, type Locale } from '@/lib/locales';
import { filePaths, notFoundFile, pagePaths } from '@/lib/routes';
import { localePath } from '@/lib/site';
import { startNext } from './next-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out');
/** Text files worth compressing ahead of time; images, fonts and Pagefind's index (already gzipped) are not. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

/** The file that holds an address: '/fr/guides/x' → out/fr/guides/x.html; '/sitemap.xml' stays as it is. */
function outFile(urlPath: string, isPage: boolean): string {
  return path.join(outDir, isPage ? `${urlPath}.html` : urlPath);
}

async function save(file: string, body: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, body);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** Fetches an address from the server and insists on the status it should have: no redirect, no error. */
async function fetchExpecting(base: string, urlPath: string, status: number): Promise<Response> {
  const response = await fetch(base + urlPath, { redirect: 'manual' });
  if (response.status !== status) throw new Error(`${urlPath}: status ${response.status}, expected ${status}`);
  return response;
}

/** The stylesheets a built page links: the language chooser uses the same. */
const stylesheetsOf = (html: string) =>
  [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\shref="([^"]+)"/.exec(m[0])![1]);

async function languageChooser(stylesheets: string[], origin: string): Promise<string> {
  const taglines = {} as Record<Locale, string>;
  let name = '';
  for (const locale of locales) {
    const messages = JSON.parse(await readFile(path.join(root, 'messages', `${locale}.json`), 'utf8'));
    taglines[locale] = messages.site.tagline;
    name ||= messages.site.name;
  }
  return `<!DOCTYPE html>${renderToStaticMarkup(createElement(LanguageChooserPage, { name, taglines, stylesheets, origin }))}`;
}

/**
 * Every same-site href and src (and Open Graph image) of every exported page must lead to a file in out/, found the
 * way deploy/nginx/haven.conf finds it: the path, the path + .html, or the path + /index.html.
 */
export async function brokenLinks(dir: string, origin: string, pages: string[]): Promise<string[]> {
  const broken: string[] = [];
  const exists = async (file: string) => (await stat(file).catch(() => null))?.isFile() ?? false;
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
        (await exists(target)) ||
        (await exists(`${target}.html`)) ||
        (await exists(path.join(target, 'index.html')));
      if (!found) broken.push(`${address}: ${value}`);
    }
  }
  return broken;
}

/** A .gz beside each text file, when it is smaller. Returns how many were written. */
async function precompress(files: string[]): Promise<number> {
  const compress = promisify(gzip);
  let written = 0;
  for (const file of files) {
    if (!compressible.has(path.extname(file))) continue;
    const body = await readFile(file);
    const gz = await compress(body, { level: zlib.Z_BEST_COMPRESSION });
    if (gz.length >= body.length) continue;
    await writeFile(`${file}.gz`, gz);
    written += 1;
  }
  return written;
}

async function exportSite(): Promise<void> {
  const started = performance.now();
  const pages = pagePaths();
  if (process.env.HAVEN_SKIP_BUILD !== '1') execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const server = await startNext(root, localePath(locales[0], '/'));
  let origin: string;
  try {
    // The pages carry the address the build was made for (SITE_URL at build time); the sitemap says which.
    const sitemap = await (await fetchExpecting(server.url, '/sitemap.xml', 200)).text();
    origin = new URL(/<loc>([^<]+)<\/loc>/.exec(sitemap)![1]).origin;
    if (process.env.SITE_URL && new URL(process.env.SITE_URL).origin !== origin) {
      throw new Error(`the build was made for ${origin}, not SITE_URL=${process.env.SITE_URL}: build again`);
    }
    if (!process.env.SITE_URL) console.warn(`SITE_URL is not set: the pages give their address as ${origin}`);

    await rm(outDir, { recursive: true, force: true });
    await cp(path.join(root, 'public'), outDir, { recursive: true });
    await cp(path.join(root, '.next/static'), path.join(outDir, '_next/static'), { recursive: true });

    for (const locale of locales) {
      for (const page of pages) {
        const address = localePath(locale, page);
        const response = await fetchExpecting(server.url, address, 200);
        await save(outFile(address, true), await response.text());
      }
      const unknown = await fetchExpecting(server.url, localePath(locale, '/haven-export-no-such-page'), 404);
      await save(path.join(outDir, notFoundFile(locale)), await unknown.text());
    }
    // An unknown address outside every locale that looks like a file gets the global 404 page.
    const unknown = await fetchExpecting(server.url, '/haven-export-no-such-file.txt', 404);
    await save(path.join(outDir, notFoundFile()), await unknown.text());
    for (const file of filePaths()) {
      const response = await fetchExpecting(server.url, file, 200);
      await save(outFile(file, false), new Uint8Array(await response.arrayBuffer()));
    }
  } finally {
    server.stop();
  }

  const globalNotFound = await readFile(path.join(outDir, notFoundFile()), 'utf8');
  await save(path.join(outDir, 'index.html'), await languageChooser(stylesheetsOf(globalNotFound), origin));

  let files = await filesUnder(outDir);
  const broken = await brokenLinks(outDir, origin, files.filter((f) => f.endsWith('.html')));
  if (broken.length > 0) throw new Error(`links to nothing in out/:\n  ${broken.join('\n  ')}`);
  const compressed = await precompress(files);

  files = await filesUnder(outDir);
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  console.log(
    `Exported ${locales.length * pages.length} pages and ${filePaths().length} files to out/: ${files.length} files (${compressed} of them .gz), ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MiB, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  exportSite().catch((error: unknown) => {
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
