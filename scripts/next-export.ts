// Every assumption Haven makes about the layout of Next's static export (`output: 'export'`) lives here, so a Next
// upgrade that changes it breaks one module and its fixture test (tests/unit/next-export.test.ts), not the site.
// Haven's pages are complete as served and need no React in the browser, but the App Router has no switch to leave
// its client runtime out (about 130 KB of script per page, plus the page again as inline and .txt RSC payloads).
// finishNextExport removes that runtime from out/ and nothing else:
//   - only files Next names: RSC payloads (`<route>.txt` beside `<route>.html`, and the per-segment `__next.*.txt`),
//     the JavaScript under _next/ (chunks and build manifests; the stylesheets and media stay), and `_not-found.html`,
//     the copy of the 404 page Next keeps for its router (global-not-found writes out/404.html);
//   - never a file that came from public/ (Next copies it in as is: a security.txt or humans.txt stays);
//   - from each page, only Next's scripts: its /_next/ chunks, their preloads and its known inline bootstraps; data
//     scripts (JSON-LD) and the site's own /js/ modules stay;
//   - the folders those removals leave empty.
// Anything else that looks like Next's runtime (a payload under a new name, an inline script it does not know) stops
// the build with the file named: next is pinned exactly in package.json so such a change arrives with an upgrade.
import fs from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { RewritingStream } from 'parse5-html-rewriting-stream';
import { filesUnder } from '@/lib/files';

/** Where Next 16 puts its chunks, build manifests, stylesheets and media. */
const NEXT_ASSETS = '_next/';

/** The file Next writes for a page route with `trailingSlash: false`: /fr/guides → fr/guides.html. */
const pageFile = (route: string) => `${route.replace(/^\//, '')}.html`;

/** Next 16's RSC payloads: the route's own beside its page, and one per layout segment in a folder named after it. */
function isRscPayload(file: string, nextPages: Set<string>): boolean {
  if (!file.endsWith('.txt')) return false;
  return path.posix.basename(file).startsWith('__next.') || nextPages.has(`${file.slice(0, -'.txt'.length)}.html`);
}

/** Next's client JavaScript: every chunk is fetched only by the runtime removed from the pages. */
const isNextScriptFile = (file: string) => file.startsWith(NEXT_ASSETS) && /\.m?js$/.test(file);

/** Next's router copy of the 404 page; out/404.html is the one servers send. */
const NEXT_NOT_FOUND = '_not-found.html';

/** Names that only Next's runtime uses, in this version or a nearby one: left behind, they mean the layout moved. */
const nextLooking = /(?:^|\/)(?:__next|_not-found)|\.rsc$|\.segments(?:\/|$)/;

/** An RSC (flight) payload: rows `<hex id>:<value>`, naming React symbols or Next's assets. */
const looksLikeRscPayload = (text: string) => /^[0-9a-f]*:/.test(text) && /\$Sreact\.|:HL\[|"\/_next\//.test(text);

/** The inline scripts Next 16 writes into each page: the flight data pushes and Turbopack's chunk bootstrap. */
const nextInlineScript = /^\s*(?:\(self\.__next_f\s*=|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])/;

/** What still names Next's runtime in a page once its scripts are gone. */
const nextRuntimeTrace = /\/_next\/[^"'\s]*\.m?js\b|__next_f|TURBOPACK/;

type Attrs = { name: string; value: string }[];
const attr = (attrs: Attrs, name: string) => attrs.find((a) => a.name === name)?.value;

/** A script the browser runs (HTML's "classic" or "module" types); any other type is data, such as JSON-LD. */
function isExecutable(attrs: Attrs): boolean {
  const type = attr(attrs, 'type')?.trim().toLowerCase();
  return !type || type === 'module' || /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(type);
}

const isNextUrl = (url: string | undefined) => url?.startsWith(`/${NEXT_ASSETS}`) ?? false;

/**
 * A page without Next's runtime. Returns the page and the problems found: an inline script this module does not
 * know (a new Next bootstrap, or the site's own, which the Content-Security-Policy would block anyway), or a trace
 * of the runtime left.
 */
async function stripNextScripts(html: string): Promise<{ html: string; problems: string[] }> {
  const rewriter = new RewritingStream();
  const problems: string[] = [];
  // The script being read: Next's chunk (dropped), one that stays, or an inline one held until its text says whose.
  let script: 'drop' | 'keep' | string[] | undefined;
  rewriter.on('startTag', (tag, raw) => {
    if (tag.tagName === 'script') {
      const src = attr(tag.attrs, 'src');
      if (src !== undefined) script = isNextUrl(src) ? 'drop' : 'keep';
      else script = isExecutable(tag.attrs) ? [raw] : 'keep';
      if (script === 'keep') rewriter.emitRaw(raw);
      return;
    }
    // Next preloads its chunks (rel=preload as=script, or modulepreload): they go with them.
    const rel = attr(tag.attrs, 'rel')?.split(/\s+/) ?? [];
    const preloadsScript = rel.includes('modulepreload') || (rel.includes('preload') && attr(tag.attrs, 'as') === 'script');
    if (tag.tagName === 'link' && preloadsScript && isNextUrl(attr(tag.attrs, 'href'))) return;
    rewriter.emitRaw(raw);
  });
  rewriter.on('text', (_, raw) => {
    if (Array.isArray(script)) script.push(raw);
    else if (script !== 'drop') rewriter.emitRaw(raw);
  });
  rewriter.on('endTag', (tag, raw) => {
    if (tag.tagName !== 'script' || script === undefined) return rewriter.emitRaw(raw);
    if (Array.isArray(script)) {
      const [open, ...text] = script;
      const body = text.join('');
      if (!nextInlineScript.test(body)) {
        problems.push(`an inline script that is not Next's: ${open}${body.slice(0, 60)}`);
        rewriter.emitRaw(open + body + raw);
      }
    } else if (script === 'keep') rewriter.emitRaw(raw);
    script = undefined;
  });
  const chunks: string[] = [];
  rewriter.on('data', (chunk: string) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => rewriter.on('end', resolve).on('error', reject));
  Readable.from([html]).pipe(rewriter);
  await done;
  const stripped = chunks.join('');
  const trace = nextRuntimeTrace.exec(stripped);
  if (trace) problems.push(`still names Next's runtime: …${stripped.slice(Math.max(0, trace.index - 40), trace.index + 40)}…`);
  return { html: stripped, problems };
}

export interface NextExportOptions {
  /** The export `next build` wrote. */
  outDir: string;
  /** The folder Next copied into outDir as is: its files are the site's and are never removed. */
  publicDir: string;
  /** Pages to serve under another file name: a route → its file in outDir (/en/not-found → /en/404.html). */
  renamePages?: Record<string, string>;
}

/** Paths relative to root, with forward slashes, as this module names files. */
const relativeTo = (root: string) => (file: string) => path.relative(root, file).split(path.sep).join('/');

/** The folders holding each of `files` (a name ending in / is a folder itself), and theirs, deepest first. */
function foldersOf(files: string[]): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    for (let dir = file.endsWith('/') ? file.slice(0, -1) : path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) folders.add(dir);
  }
  return [...folders].sort((a, b) => b.split('/').length - a.split('/').length);
}

/**
 * Removes Next's client runtime from outDir (see the top of this file). Throws, naming each file, when the export
 * holds something that looks like Next's runtime and is not where Next 16 puts it.
 */
export async function finishNextExport({ outDir, publicDir, renamePages = {} }: NextExportOptions): Promise<{ pages: number; removed: number }> {
  const fromPublic = new Set(filesUnder(publicDir).map(relativeTo(publicDir)));
  const nextFiles = filesUnder(outDir).map(relativeTo(outDir)).filter((file) => !fromPublic.has(file));
  const nextPages = new Set(nextFiles.filter((file) => file.endsWith('.html')));
  const problems: string[] = [];

  const removed = nextFiles.filter((file) => isRscPayload(file, nextPages) || isNextScriptFile(file) || file === NEXT_NOT_FOUND);
  for (const file of removed) await rm(path.join(outDir, file));
  nextPages.delete(NEXT_NOT_FOUND);

  for (const page of nextPages) {
    const file = path.join(outDir, page);
    const { html, problems: found } = await stripNextScripts(await readFile(file, 'utf8'));
    problems.push(...found.map((problem) => `${page}: ${problem}`));
    await writeFile(file, html);
  }

  for (const [route, target] of Object.entries(renamePages)) {
    const from = pageFile(route);
    if (!nextPages.has(from)) problems.push(`${from}: missing, so it cannot become ${target} (does Next name the page of ${route} otherwise?)`);
    else await rename(path.join(outDir, from), path.join(outDir, target.replace(/^\//, '')));
  }

  // The folders the removals emptied, and the one Next writes empty (_next/<build id>/). Only these: out/og/ is
  // being filled beside this step (scripts/postbuild.ts).
  const underNext = path.join(outDir, NEXT_ASSETS);
  const nextFolders = fs.existsSync(underNext)
    ? fs
        .readdirSync(underNext, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${relativeTo(outDir)(path.join(entry.parentPath, entry.name))}/`)
    : [];
  for (const dir of foldersOf([...removed, ...nextFolders])) {
    const full = path.join(outDir, dir);
    if (fs.existsSync(full) && fs.readdirSync(full).length === 0) fs.rmdirSync(full);
  }

  // What is left must not look like Next's runtime: a change of layout in a Next upgrade shows up here.
  const gone = new Set(removed);
  for (const file of nextFiles.filter((f) => !gone.has(f) && fs.existsSync(path.join(outDir, f)))) {
    if (nextLooking.test(file)) problems.push(`${file}: looks like Next's runtime, and is not where Next 16 puts it`);
    else if (file.endsWith('.txt') && looksLikeRscPayload(await readFile(path.join(outDir, file), 'utf8'))) {
      problems.push(`${file}: an RSC payload that Next 16 would not name so`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Next's export is not as scripts/next-export.ts knows it (a Next upgrade?):\n  ${problems.join('\n  ')}`);
  }
  return { pages: nextPages.size, removed: removed.length };
}
