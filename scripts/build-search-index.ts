// Search's index, built by scripts/postbuild.ts from the pages of the static export (out/) into out/pagefind/.
//
// - Only pages that mark a region with data-pagefind-body are indexed (guides, reporting pages, schools); the
//   header, footer and every other page stay out.
// - Pagefind makes one index per <html lang>, so a reader searches only the pages of their locale. Text that a page
//   marks as another language (a guide still in English, a service's English note) is left out of that locale's index.
// - Each result's address is the page's own (/fr/guides/grooming), not the .html file's name.
//
// Prints, per language, the pages indexed and the size of the files the browser may download.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { filesUnder } from '@/lib/files';
import { locales } from '@/lib/locales';

function fail(message: string): never {
  throw new Error(`search index: ${message}`);
}

/**
 * Leaves out of a page's index any element marked as written in another language than the page's (a service's
 * English note on a French page): Pagefind would otherwise index it as the page's language. Pagefind's own exclude
 * selectors cannot depend on <html lang>, so the attribute is added here, to the copy that is indexed.
 */
function ignoreOtherLanguages(html: string, locale: string): string {
  return html.replace(/<([a-zA-Z][\w-]*)(\s[^>]*?)?\slang="([^"]*)"/g, (tag, _name, _attributes, lang: string) =>
    lang === locale || tag.startsWith('<html') ? tag : `${tag} data-pagefind-ignore="all"`,
  );
}

/**
 * Pagefind's indexer segments Chinese into words only for the language "zh", not "zh-Hans"; its browser script finds
 * the "zh" index from a zh-Hans page by the primary subtag, and segments the query the same way.
 */
function asIndexed(html: string, locale: string): string {
  const language = locale.split('-')[0];
  return language === 'zh' ? html.replace(/<html([^>]*)\slang="[^"]*"/, `<html$1 lang="${language}"`) : html;
}

// Pagefind also writes its ready-made interfaces; this site uses only its JavaScript API (public/js/search.js).
const unusedFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Indexes the pages of `outDir` (each locale's, by its files) into `outDir/pagefind/`, and prints the sizes. */
export async function buildSearchIndex(outDir: string, htmlFiles: string[]): Promise<void> {
  const outputPath = path.join(outDir, 'pagefind');

  const { index, errors } = await pagefind.createIndex();
  if (!index) fail(errors.join('; '));

  const counts = new Map<string, number>();
  for (const locale of locales) {
    const files = htmlFiles.filter((f) => f.startsWith(path.join(outDir, locale) + path.sep)).sort();
    for (const file of files) {
      const content = fs.readFileSync(file, 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const url = `/${path.relative(outDir, file).slice(0, -'.html'.length).split(path.sep).join('/')}`;
      const added = await index.addHTMLFile({ url, content: asIndexed(ignoreOtherLanguages(content, locale), locale) });
      if (added.errors.length > 0) fail(`${url}: ${added.errors.join('; ')}`);
      counts.set(locale, (counts.get(locale) ?? 0) + 1);
    }
    if (!counts.get(locale)) fail(`no page of ${locale} has data-pagefind-body`);
  }

  fs.rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) fail(written.errors.join('; '));
  await pagefind.close();
  for (const name of fs.readdirSync(outputPath)) {
    if (unusedFiles.test(name)) fs.rmSync(path.join(outputPath, name));
  }

  // Sizes: what one language's search can download (its index chunks, page fragments, metadata and wasm).
  const files = filesUnder(outputPath).map((file) => ({ name: path.relative(outputPath, file), size: fs.statSync(file).size }));
  const rows = locales.map((locale) => {
    const sum = (test: (name: string) => boolean) => files.filter((f) => test(f.name)).reduce((n, f) => n + f.size, 0);
    // Pagefind names its files by the lowercased language it indexed (zh for zh-Hans).
    const key = (locale.startsWith('zh') ? 'zh' : locale).toLowerCase();
    const indexBytes = sum((n) => n.startsWith(`index/${key}_`));
    const fragmentBytes = sum((n) => n.startsWith(`fragment/${key}_`));
    const metaBytes = sum((n) => n.startsWith(`pagefind.${key}_`));
    // A language without its own stemmer (Filipino, Chinese) loads the shared "unknown" one.
    const wasmBytes = sum((n) => n === `wasm.${key}.pagefind`) || sum((n) => n === "wasm.unknown.pagefind");
    return { locale, pages: counts.get(locale)!, indexBytes, fragmentBytes, metaBytes, wasmBytes };
  });
  const shared = files.filter((f) => !f.name.includes('/') && /\.(js|json)$/.test(f.name)).reduce((n, f) => n + f.size, 0);
  console.log(`search index: out/pagefind/ (shared scripts ${kib(shared)})`);
  for (const r of rows) {
    console.log(
      `  ${r.locale}: ${r.pages} pages, index ${kib(r.indexBytes)}, fragments ${kib(r.fragmentBytes)}, ` +
        `meta ${kib(r.metaBytes)}, wasm ${kib(r.wasmBytes)}, total ${kib(r.indexBytes + r.fragmentBytes + r.metaBytes + r.wasmBytes)}`,
    );
  }
}

