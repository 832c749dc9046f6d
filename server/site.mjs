// Haven's own rules for out/, from its build manifest (out/_haven/manifest.json, made from server/site-policy.mjs):
// `/` and a page address without a language go to the reader's language, an unknown address gets its locale's 404
// page, a malformed one 400, any method but GET and HEAD 405; every answer carries its path's headers. The files
// themselves are served by ./files.mjs. The generated nginx snippet (lib/build/manifest.ts) makes the same answers.
import fs from 'node:fs';
import path from 'node:path';
import { createFileServer, findFile, indexFiles } from './files.mjs';
import { encodePath, parseTarget } from './request-target.mjs';
import { headersFor, negotiateLocale } from './site-policy.mjs';

/** @param {string} root the built site (out/) */
export function createSiteHandler(root) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '_haven/manifest.json'), 'utf8'));
  const locales = manifest.locales.map((l) => l.code);
  const index = indexFiles(root, { skip: ['/_haven'] });

  // Headers are worked out once per address of a file (the file's name, without .html, without /index.html: a finite
  // set) and once for the server's own answers, never per request.
  const policy = (urlPath) => {
    const plain = Object.entries(headersFor(urlPath, manifest.headers, false));
    return { plain, https: Object.entries(headersFor(urlPath, manifest.headers, true)) };
  };
  const policies = new Map();
  const policyOf = (urlPath) => {
    let found = policies.get(urlPath);
    if (!found) policies.set(urlPath, (found = policy(urlPath)));
    return found;
  };
  // The server's own answers (redirects, 400, 404, 405, 416) get the site-wide policy: never search's WebAssembly.
  const ownPolicy = policy(manifest.notFound['*']);
  const https = (req) => req.headers['x-forwarded-proto'] === 'https';
  const setPolicy = (req, res, { plain, https: secure }) => {
    for (const [key, value] of https(req) ? secure : plain) res.setHeader(key, value);
  };

  /** An answer the server makes itself. */
  const answer = (req, res, status, headers = {}, body = '') => {
    setPolicy(req, res, ownPolicy);
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  // The 404 pages are read once.
  const notFoundPages = new Map(Object.entries(manifest.notFound).map(([key, file]) => [key, fs.readFileSync(path.join(root, file))]));
  const notFound = (req, res, urlPath) => {
    const locale = urlPath.split('/')[1];
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    setPolicy(req, res, ownPolicy);
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : notFoundPages.get(locales.includes(locale) ? locale : '*'));
  };

  const toLocale = (req) => negotiateLocale(req.headers['accept-language'], manifest.locales, manifest.defaultLocale);

  const files = createFileServer({
    onError(req, res, status) {
      if (status === 404) return notFound(req, res, '/');
      // 412 and 416 keep what send set for them (ETag, Content-Range: bytes */size); the body is the server's own.
      for (const name of ['content-type', 'content-length', 'content-encoding']) res.removeHeader(name);
      if (status === 412 || status === 416) return answer(req, res, status, {}, status === 416 ? 'Range not satisfiable.' : 'Precondition failed.');
      return answer(req, res, 500, {}, 'Internal error.');
    },
  });

  const handler = (req, res) => {
    const target = parseTarget(req.url ?? '/');
    // HTTP/1.1 requires Host (RFC 9112 §3.2); checked here rather than by node:http, so the 400 has the headers.
    if ('error' in target || (req.httpVersion === '1.1' && req.headers.host === undefined)) {
      return answer(req, res, 400, { Connection: 'close' }, 'Bad request: the address is not valid.');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return answer(req, res, 405, { Allow: 'GET, HEAD' }, 'Method not allowed: this site only answers GET and HEAD.');
    }
    const { raw, path: urlPath, query } = target;
    // /fr/guides/ → /fr/guides, from the normalised path; `//…` is left to the rules below, as nginx does.
    if (raw.length > 1 && raw.endsWith('/') && raw[1] !== '/') {
      return answer(req, res, 308, { Location: `${encodePath(urlPath.replace(/\/+$/, '')) || '/'}${query}` });
    }
    if (urlPath === '/') return answer(req, res, 302, { Location: `/${toLocale(req)}`, Vary: 'Accept-Language' });
    if (urlPath.startsWith('/_haven/') || /(^|\/)404(\.html)?$/.test(urlPath)) return notFound(req, res, urlPath);
    const entry = findFile(index, urlPath);
    if (entry) {
      // urlPath names a file here, so policies holds at most three addresses per file.
      setPolicy(req, res, policyOf(urlPath));
      return files.serve(req, res, entry);
    }
    // A page address without a language (/guides, a mistyped /gudes) goes to it in the reader's language, where it is
    // either the page or that language's 404 page. A file name (/wp-login.php) gets the 404 page.
    const first = urlPath.split('/')[1];
    if (locales.includes(first) || /\.[^/]*$/.test(urlPath)) return notFound(req, res, urlPath);
    return answer(req, res, 302, { Location: `/${toLocale(req)}${encodePath(urlPath)}${query}`, Vary: 'Accept-Language' });
  };
  handler.kept = files.kept;
  return handler;
}
