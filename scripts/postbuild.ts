// `npm run build` runs this after `next build`, which writes the static export to out/. It finishes out/ as the one
// artifact every server serves, working only on out/ (and a listing of public/, to know what Next copied from it;
// never on Next's private .next/):
//   0. draws the share cards into out/og/ (scripts/build-og-images.ts), in a process of its own beside steps 1–4;
//   1. drops Next's client runtime: its scripts from every page, its chunks, and the RSC payloads it would fetch, and
//   2. names each locale's 404 page out/<locale>/404.html (the global one is out/404.html): scripts/next-export.ts,
//      the one module that knows Next's export layout, does both;
//   3. writes out/index.html, a language chooser for hosts that cannot choose at `/` themselves, and copies its
//      language matcher from server/locale-match.js (one matcher for the server and the browser);
//   4. builds the search index (out/pagefind/);
//   5. fails, naming the page and the link, if any same-site link leads to no file;
//   6. writes the build manifest (out/_haven/manifest.json) and, from it, out/_headers, out/_redirects and the nginx
//      snippet out/_haven/nginx.conf;
//   7. writes a .br and a .gz beside each text file.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LanguageChooserPage } from '@/components/LanguageChooserPage';
import { site } from '@/lib/content';
import { filesUnder } from '@/lib/files';
import { buildManifest, headersFile, MANIFEST_DIR, nginxConf, redirectsFile } from '@/lib/build/manifest';
import { locales, type Locale } from '@/lib/locales';
import { notFoundFile, notFoundPath } from '@/lib/routes';
import { localePath, siteUrl } from '@/lib/site';
import { parseSiteUrl, siteUrlWarning } from '@/lib/site-url.mjs';
import { brokenLinks } from './broken-links';
import { buildSearchIndex } from './build-search-index';
import { finishNextExport } from './next-export';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out');
/** Text files worth compressing ahead of time; images, fonts and Pagefind's index (already gzipped) are not. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt', '.conf']);

/** The stylesheets a built page links: the language chooser uses the same. */
const stylesheetsOf = (html: string) =>
  [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /\shref="([^"]+)"/.exec(m[0])![1]);

function languageChooser(stylesheets: string[]): string {
  const taglines = Object.fromEntries(locales.map((locale) => [locale, site().message(locale, 'site.tagline')])) as Record<Locale, string>;
  const page = createElement(LanguageChooserPage, { taglines, stylesheets, origin: siteUrl.origin });
  return `<!DOCTYPE html>${renderToStaticMarkup(page)}`;
}

/**
 * Brotli's quality 10, not 11: on the guides and country pages it made files 2 % larger (about 100 bytes a page) in
 * 40 % of the time, and compression was half of postbuild.
 */
const BROTLI_QUALITY = 10;

/** A .br and a .gz beside each text file, when smaller. Returns how many files were written. */
async function precompress(files: string[]): Promise<number> {
  const gz = promisify(gzip);
  const br = promisify(brotliCompress);
  const queue = files.filter((file) => compressible.has(path.extname(file)));
  let written = 0;
  // zlib works on libuv's thread pool (four threads): a few files at a time keep it busy; one at a time took half
  // of postbuild.
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const body = await readFile(file);
      const [gzipped, brotli] = await Promise.all([
        gz(body, { level: zlib.Z_BEST_COMPRESSION }),
        br(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ]);
      for (const [extension, compressed] of [['.gz', gzipped], ['.br', brotli]] as const) {
        if (compressed.length >= body.length) continue;
        await writeFile(file + extension, compressed);
        written += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker));
  return written;
}

/** How long each step took, printed at the end so a slow step is seen. */
const steps: string[] = [];
let stepStarted = performance.now();
function stepDone(name: string) {
  const now = performance.now();
  steps.push(`${name} ${((now - stepStarted) / 1000).toFixed(1)} s`);
  stepStarted = now;
}

/**
 * Draws the share cards in another process: it and the runtime removal each keep one core busy, and a second core is
 * free here. `stop` ends it when postbuild fails first.
 */
function drawShareCards(): { done: Promise<void>; stop: () => void } {
  const script = path.join(root, 'scripts/build-og-images.ts');
  // Cleared before the child starts, while nothing else walks out/ (next build copies in a stale public/og/).
  rmSync(path.join(outDir, 'og'), { recursive: true, force: true });
  const child = spawn(process.execPath, ['--import', 'tsx', script, outDir], { cwd: root, stdio: 'inherit' });
  const done = new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`the share cards failed (${code ?? signal}; the guide is named above)`)),
    );
  });
  // Awaited before the link check; a failure before that is postbuild's own, reported once.
  done.catch(() => {});
  return { done, stop: () => child.exitCode === null && child.kill() };
}

let shareCards: ReturnType<typeof drawShareCards> | undefined;

async function postbuild(): Promise<void> {
  const started = performance.now();
  // next.config.mjs has refused a build without SITE_URL; this step, run alone, refuses too.
  parseSiteUrl(process.env.SITE_URL);
  if (!(await stat(outDir).catch(() => null))) throw new Error('out/ is missing: run `next build` first');
  shareCards = drawShareCards();

  // 1–2. Next's client runtime out, each locale's 404 page under its name (scripts/next-export.ts).
  await finishNextExport({
    outDir,
    publicDir: path.join(root, 'public'),
    renamePages: Object.fromEntries(locales.map((locale) => [localePath(locale, notFoundPath), notFoundFile(locale)])),
  });

  stepDone('runtime removed');

  // 3. The language chooser at the root.
  const globalNotFound = await readFile(path.join(outDir, notFoundFile()), 'utf8');
  await writeFile(path.join(outDir, 'index.html'), languageChooser(stylesheetsOf(globalNotFound)));
  await copyFile(path.join(root, 'server/locale-match.js'), path.join(outDir, 'js/locale-match.js'));

  // 4. Search.
  const html = filesUnder(outDir, { ext: '.html' });
  await buildSearchIndex(outDir, html);

  stepDone('search index');

  // 5. No link to nothing (the pages' share cards included).
  await shareCards.done;
  stepDone('waited for the share cards');
  const broken = await brokenLinks(outDir, siteUrl.origin, html);
  if (broken.length > 0) throw new Error(`links to nothing in out/:\n  ${broken.join('\n  ')}`);

  stepDone('links checked');

  // 6. The manifest and the servers' rules.
  const manifest = buildManifest();
  await mkdir(path.join(outDir, MANIFEST_DIR), { recursive: true });
  await writeFile(path.join(outDir, MANIFEST_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await writeFile(path.join(outDir, MANIFEST_DIR, 'nginx.conf'), nginxConf(manifest));
  await writeFile(path.join(outDir, '_headers'), headersFile(manifest));
  await writeFile(path.join(outDir, '_redirects'), redirectsFile(manifest));

  // 7. Precompressed copies.
  const compressed = await precompress(filesUnder(outDir));

  stepDone('compressed');

  const files = filesUnder(outDir);
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  const warning = siteUrlWarning(siteUrl);
  if (warning) console.warn(warning);
  console.log(
    `out/: ${html.length} pages at ${siteUrl.origin}, ${files.length} files (${compressed} of them .br or .gz), ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MiB, finished in ${((performance.now() - started) / 1000).toFixed(1)} s (${steps.join(', ')})`,
  );
}

postbuild().catch((error: unknown) => {
  shareCards?.stop();
  console.error(`postbuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
