// Haven's pages are complete when served and need no React in the browser, but the App Router has no switch to
// leave its client runtime out (about 130 KB of script per page, plus the page again as an inline RSC payload).
// scripts/postbuild.ts runs this on every page of the static export (out/), the site's own public output, so each
// page ships only the site's own small modules (/js/*.js) and runs under a Content-Security-Policy without
// 'unsafe-inline'.
import { Readable } from 'node:stream';
import { RewritingStream } from 'parse5-html-rewriting-stream';

type Attrs = { name: string; value: string }[];
const attr = (attrs: Attrs, name: string) => attrs.find((a) => a.name === name)?.value;

/** Next's own scripts: inline ones (bootstrap, RSC payload) and its chunks. The site's /js/ modules stay. */
function isNextScript(attrs: Attrs): boolean {
  const src = attr(attrs, 'src');
  return src === undefined || src.startsWith('/_next/');
}

export async function stripClientRuntime(html: string): Promise<string> {
  const rewriter = new RewritingStream();
  let inDroppedScript = false;
  rewriter.on('startTag', (tag, raw) => {
    if (tag.tagName === 'script' && isNextScript(tag.attrs)) inDroppedScript = true;
    else if (tag.tagName === 'link' && attr(tag.attrs, 'as') === 'script') return;
    else rewriter.emitRaw(raw);
  });
  rewriter.on('endTag', (tag, raw) => {
    if (tag.tagName === 'script' && inDroppedScript) inDroppedScript = false;
    else rewriter.emitRaw(raw);
  });
  rewriter.on('text', (_, raw) => {
    if (!inDroppedScript) rewriter.emitRaw(raw);
  });
  const chunks: string[] = [];
  rewriter.on('data', (chunk: string) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => rewriter.on('end', resolve).on('error', reject));
  Readable.from([html]).pipe(rewriter);
  await done;
  return chunks.join('');
}
