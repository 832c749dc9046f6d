#!/usr/bin/env node
// `npm start`: serves the built site in out/ (or the folder given as the first argument) and nothing else: no
// content/, no .next/, no Next runtime. The few rules are the build manifest's (out/_haven/manifest.json, written by
// scripts/postbuild.ts from lib/site-policy.mjs): `/` and any page address without a language send the reader to
// their language, an unknown address gets its locale's 404 page, a malformed one 400, any method but GET and HEAD 405.
// Files are served by sirv, precompressed (.br, .gz) when the browser accepts it, with an ETag; a plain GET's answer
// is then kept in memory. PORT and HOSTNAME choose where it listens.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, negotiateLocale } from '../lib/site-policy.mjs';

/** @param {string} root */
export function createSiteHandler(root) {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '_haven/manifest.json'), 'utf8'));
  const locales = manifest.locales.map((l) => l.code);
  const https = (req) => req.headers['x-forwarded-proto'] === 'https';

  // A path's headers are worked out once: the site has a few thousand paths, and any other gets the 404 page's.
  const cache = new Map();
  const headersOf = (pathname, secure) => {
    const key = `${secure ? 's' : ''}${pathname}`;
    let entry = cache.get(key);
    if (!entry) {
      const headers = headersFor(pathname, manifest.headers, secure);
      entry = { list: Object.entries(headers), overrides: 'Content-Type' in headers ? headers : null };
      if (cache.size > 10_000) cache.clear();
      cache.set(key, entry);
    }
    return entry;
  };

  // The policy's headers win over the file server's own (a feed's type, for one).
  const setHeaders = (res, pathname, req) => {
    const { list, overrides } = headersOf(pathname, https(req));
    for (const [key, value] of list) res.setHeader(key, value);
    if (overrides) {
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (status, extra) => writeHead(status, { ...extra, ...overrides });
    }
  };

  /** An answer the server makes itself, with the same headers as a page. */
  const answer = (req, res, status, headers, body = '') => {
    setHeaders(res, '/', req);
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  // The 404 pages are read once, not on every unknown address.
  const notFoundPages = new Map(Object.entries(manifest.notFound).map(([key, file]) => [key, fs.readFileSync(path.join(root, file))]));
  const notFound = (req, res, pathname) => {
    const locale = pathname.split('/')[1];
    setHeaders(res, pathname, req);
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : notFoundPages.get(locales.includes(locale) ? locale : '*'));
  };

  // In production mode sirv indexes the folder once: a request can only ever name a file that is in it.
  const files = sirv(root, { extensions: ['html'], etag: true, brotli: true, gzip: true, dotfiles: false });

  // out/ does not change while it is served, so a plain GET's answer from sirv is kept in memory and sent again as
  // it was (status, headers, bytes), instead of reading the file and working out its headers each time. Conditional
  // and range requests, HEAD and anything over 1 MiB go to sirv every time.
  const kept = new Map();
  const MAX_BODY = 1 << 20;
  const MAX_KEPT = 128 << 20; // out/ is about 40 MiB with its .br and .gz copies
  let keptBytes = 0;
  // The two facts of Accept-Encoding that sirv's choice of file depends on (its own test), the scheme (HSTS) and the
  // path: sirv picks the file by the path alone, not the query.
  const keptKey = (req, path) => {
    const { range, 'if-none-match': etag, 'if-modified-since': since, 'accept-encoding': encoding = '' } = req.headers;
    if (req.method !== 'GET' || range || etag || since) return null;
    return `${https(req) ? 's' : ''}${encoding.includes('gzip') ? 'g' : ''}${/(br|brotli)/i.test(encoding) ? 'b' : ''} ${path}`;
  };
  /** Records what sirv sends for `key`, and keeps it if it is a whole 200 answer small enough to keep. */
  const keep = (res, key) => {
    const chunks = [];
    let size = 0;
    let sent = {};
    // sirv gives its own headers (type, length, ETag) to writeHead; the policy's were set before.
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, headers = {}) => {
      sent = headers;
      return writeHead(status, headers);
    };
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, ...rest) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== 'function') res.write(chunk);
      if (res.statusCode === 200 && size <= MAX_BODY && keptBytes + size <= MAX_KEPT && !kept.has(key)) {
        const headers = { ...res.getHeaders() };
        for (const [name, value] of Object.entries(sent)) headers[name.toLowerCase()] = value;
        kept.set(key, { headers, body: Buffer.concat(chunks) });
        keptBytes += size;
      }
      return end(...rest.filter((r) => typeof r === 'function'));
    };
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return answer(req, res, 405, { Allow: 'GET, HEAD' }, 'Method not allowed: this site only answers GET and HEAD.');
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://haven.invalid').pathname);
    } catch {
      return answer(req, res, 400, {}, 'Bad request: the address is not valid.');
    }
    if (pathname.includes('\0')) return answer(req, res, 400, {}, 'Bad request: the address is not valid.');
    if (pathname === '/') {
      const locale = negotiateLocale(req.headers['accept-language'], manifest.locales, manifest.defaultLocale);
      return answer(req, res, 302, { Location: `/${locale}`, Vary: 'Accept-Language' });
    }
    // /fr/guides/ → /fr/guides, as a path only: never '//…', which a browser would read as another site.
    const raw = (req.url ?? '/').split('?')[0];
    if (raw.length > 1 && raw.endsWith('/') && !raw.startsWith('//')) {
      return answer(req, res, 308, { Location: raw.replace(/\/+$/, '') || '/' });
    }
    if (pathname.startsWith('/_haven/') || /(^|\/)404(\.html)?$/.test(pathname)) return notFound(req, res, pathname);
    const key = keptKey(req, raw);
    const hit = key && kept.get(key);
    if (hit) {
      res.writeHead(200, hit.headers);
      return res.end(hit.body);
    }
    setHeaders(res, pathname, req);
    if (key) keep(res, key);
    files(req, res, () => {
      // A page address without a language (/guides, a mistyped /gudes) goes to it in the reader's language, where
      // it is either the page or that language's 404 page. A file name (/wp-login.php) gets the 404 page.
      const [, first] = pathname.split('/');
      if (locales.includes(first) || /\.[^/]*$/.test(pathname)) return notFound(req, res, pathname);
      const locale = negotiateLocale(req.headers['accept-language'], manifest.locales, manifest.defaultLocale);
      const query = (req.url ?? '').includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      return answer(req, res, 302, { Location: `/${locale}${encodeURI(pathname)}${query}`, Vary: 'Accept-Language' });
    });
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? 'out');
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOSTNAME || undefined;
  http.createServer(createSiteHandler(root)).listen(port, host, () => {
    console.log(`Haven: serving ${root} on http://${host ?? 'localhost'}:${port}`);
  });
}
