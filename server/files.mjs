// The files of out/, served by `send` (the layer under Express's serve-static: Range, If-None-Match, If-Modified-Since,
// If-Range, If-Match, 304 and 416 as RFC 9110 has them). What is Haven's own is small: the index of out/ made at
// start-up, the choice of a precompressed copy by Accept-Encoding q-values, and a bounded cache of whole answers.
import fs from 'node:fs';
import path from 'node:path';
import mime from 'mime-types';
import Negotiator from 'negotiator';
import send from 'send';
import { BoundedCache } from './bounded-cache.mjs';
import { asBytes } from './request-target.mjs';

/** One byte range, the only form both servers honour; more digits than 15 cannot be a file's size here. */
export const SINGLE_RANGE = /^bytes=(?:\d{1,15}-\d{0,15}|-\d{1,15})$/;
/** Answers above this size are never kept; the cache as a whole holds at most CACHE_BYTES. */
const MAX_KEPT_FILE = 1 << 20;
const CACHE_BYTES = 64 << 20;

/**
 * Every file under `root` but the folders in `skip`, by URL path (one character per byte, as parseTarget gives it):
 * the finite set of answers the server can ever make from files.
 * @param {string} root @param {{ skip: string[] }} options
 */
export function indexFiles(root, { skip }) {
  /** @type {Map<string, { path: string, type: string, variants: Record<string, { file: string, sendPath: string }>, encodings: string[] }>} */
  const index = new Map();
  const walk = (dir) => {
    for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, dirent.name);
      const urlPath = asBytes(`/${path.relative(root, file).split(path.sep).join('/')}`);
      if (dirent.isDirectory()) {
        if (!skip.includes(urlPath)) walk(file);
      } else if (dirent.isFile()) {
        index.set(urlPath, { path: urlPath, file });
      }
    }
  };
  walk(root);
  // send decodes the path it is given, so each file's absolute path goes to it percent-encoded.
  const variant = (file) => ({ file, sendPath: file.split('/').map(encodeURIComponent).join('/') });
  for (const entry of index.values()) {
    // In order of preference when the browser weighs them alike: smallest first.
    entry.variants = {};
    for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (index.has(`${entry.path}${ext}`)) entry.variants[encoding] = variant(`${entry.file}${ext}`);
    }
    entry.variants.identity = variant(entry.file);
    entry.encodings = Object.keys(entry.variants);
    // Pagefind's index files and anything else unknown are bytes, as nginx's default_type says.
    entry.type = mime.contentType(path.extname(entry.file)) || 'application/octet-stream';
    delete entry.file;
  }
  return index;
}

/** The file a path names: itself, with `.html`, or its folder's index.html (as sirv and nginx's try_files look). */
export function findFile(index, urlPath) {
  return index.get(urlPath) ?? index.get(`${urlPath}.html`) ?? index.get(`${urlPath}/index.html`);
}

/** The file layer's own headers, which a kept answer replays (the policy's are set apart, per request). */
const FILE_HEADERS = ['Content-Type', 'Content-Encoding', 'Content-Length', 'ETag', 'Last-Modified', 'Accept-Ranges', 'Vary'];

/**
 * @param {{ onError: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, status: number) => void }} options
 */
export function createFileServer({ onError }) {
  // Keyed by the file sent (a file of out/ in one encoding), never by the request: a finite set, and bounded besides.
  const kept = new BoundedCache({ maxEntries: 20_000, maxBytes: CACHE_BYTES });

  /**
   * Sends `entry` as `req` asks, with the headers already on `res` (the path's policy).
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   */
  function serve(req, res, entry) {
    const { headers } = req;
    const encoding =
      entry.encodings.length === 1 || !headers['accept-encoding']
        ? 'identity'
        : (new Negotiator(req).encodings(entry.encodings, { preferred: entry.encodings })[0] ?? 'identity');
    const { sendPath } = entry.variants[encoding];
    if (!res.hasHeader('content-type')) res.setHeader('Content-Type', entry.type);
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    if (entry.encodings.length > 1) res.setHeader('Vary', 'Accept-Encoding');

    // A malformed or multiple Range is not a range request: the whole file, 200 (RFC 9110 §14.2).
    if (headers.range !== undefined && !SINGLE_RANGE.test(headers.range)) delete headers.range;
    // An origin server evaluates If-None-Match whatever the request's Cache-Control (RFC 9110 §13.2.2), as nginx does;
    // `fresh` (under send) would skip the 304 for `no-cache`, which fetch() adds to every conditional request.
    if (headers['cache-control'] !== undefined && (headers['if-none-match'] || headers['if-modified-since'])) delete headers['cache-control'];
    const plain = !headers.range && !headers['if-none-match'] && !headers['if-modified-since'] && !headers['if-match'] && !headers['if-unmodified-since'];
    const hit = plain && kept.get(sendPath);
    if (hit) {
      for (const [name, value] of hit.headers) if (!res.hasHeader(name)) res.setHeader(name, value);
      res.writeHead(200);
      res.end(req.method === 'HEAD' ? undefined : hit.body);
      return;
    }
    if (plain && req.method === 'GET') keep(res, sendPath);
    send(req, sendPath, { etag: true, lastModified: true, cacheControl: false, acceptRanges: true, dotfiles: 'allow', index: false })
      .on('file', (_file, stat) => {
        // A suffix longer than the file means the whole file (RFC 9110 §14.1.2); range-parser would answer 416.
        if (headers.range?.startsWith('bytes=-') && Number(headers.range.slice(7)) > stat.size && stat.size > 0) headers.range = 'bytes=0-';
      })
      .on('error', (error) => {
        if (res.headersSent) return res.destroy();
        onError(req, res, error.status ?? error.statusCode ?? 500);
      })
      .pipe(res);
  }

  /** Keeps what send writes for `key` if it is a whole 200 answer small enough. */
  function keep(res, key) {
    const chunks = [];
    let size = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, ...rest) => {
      size += chunk.length;
      if (size <= MAX_KEPT_FILE) chunks.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== 'function') res.write(chunk);
      if (res.statusCode === 200 && size <= MAX_KEPT_FILE) {
        const headers = FILE_HEADERS.filter((name) => res.hasHeader(name)).map((name) => [name, res.getHeader(name)]);
        const body = Buffer.concat(chunks);
        kept.set(key, { headers, body }, body.length + 512);
      }
      return end(...rest.filter((r) => typeof r === 'function'));
    };
  }

  return { serve, kept };
}
