// The hostile requests that tests/e2e/hostile-servers.test.ts sends to both servers and `npm run bench` counts: paths
// in every encoding and traversal, methods, header sizes, Accept-Language and Accept-Encoding games, Range and
// conditional headers, redirect forms. Each is written as raw bytes on the wire, as an attacker would send it.

export interface HostileRequest {
  /** What the request tries, for the report. */
  name: string;
  method: string;
  /** The request target exactly as sent: not normalised, not encoded. */
  target: string;
  headers?: [string, string][];
  /** The request line's version; Host is left out when `noHost`. */
  version?: string;
  noHost?: boolean;
  /**
   * 'status' (the default): both servers give the same status. 'refused': both refuse it with a 4xx, where the two
   * HTTP parsers' own limits and codes differ (a 20 KB header: node 431, nginx 400; an unregistered method: node 400,
   * nginx 405).
   */
  same?: 'status' | 'refused';
}

const evil = 'evil.example';

const paths = [
  // Traversal, in every encoding.
  '/../package.json',
  '/../../../../../../etc/passwd',
  '/en/../../package.json',
  '/%2e%2e/package.json',
  '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/.%2e/package.json',
  '/%2E%2E/server/serve.mjs',
  '/%252e%252e/package.json',
  '/..%2fpackage.json',
  '/..%2f..%2f..%2fetc%2fpasswd',
  '/..%5cpackage.json',
  '/%5c..%5c..%5cetc%5cpasswd',
  '/%c0%ae%c0%ae/package.json',
  '/%e0%80%ae%e0%80%ae/package.json',
  '/..%c0%afpackage.json',
  '/%ef%bc%8e%ef%bc%8e/package.json',
  '/_next/static/../../package.json',
  '/_next/static/..%2f..%2fpackage.json',
  '/pagefind/..%2f..%2fpackage.json',
  '/og/%2e%2e/%2e%2e/package.json',
  '/en/guides%00',
  '/%00',
  '/package.json%00.html',
  // The server's own files and the 404 pages.
  '/_haven/manifest.json',
  '/_haven/nginx.conf',
  '/_haven/manifest.json.br',
  '/%5fhaven/manifest.json',
  '/_haven%2fmanifest.json',
  '/en/..%2f_haven/manifest.json',
  '/./_haven/manifest.json',
  '//_haven/manifest.json',
  '/x/../_haven/manifest.json',
  '/_haven/whole/en/guides',
  '/_haven',
  '/404.html',
  '/404',
  '/en/404.html',
  '/fr/404',
  '/%34%30%34.html',
  '/404.html.br',
  // Broken percent-encoding and odd bytes.
  '/%',
  '/%zz',
  '/%e4%b8',
  '/en/%ff',
  '/%C0%80',
  '/en/guides%',
  '/en/guides%2',
  '/%ED%A0%80',
  '/%%32%65',
  '/en/gu%C4%B1des',
  '/en%E2%80%8B/guides',
  '/%EF%BC%8Fen%EF%BC%8Fguides',
  '/en/guide%73',
  '/%65%6e/%67%75%69%64%65%73',
  // Slashes and dots.
  '//en/guides',
  '/en//guides',
  '/./en/guides',
  '/en/./guides',
  '/en/guides/.',
  '/en/guides/..',
  '///en///guides',
  '/%2fen/guides',
  '/en%2fguides',
  '/en/%2e/guides',
  '/en/x/../guides',
  '/en/guides.',
  '/en/guides.html',
  '/en/guides.html.br',
  '/en/guides;jsessionid=1',
  '/en/guides~',
  '/index',
  '/index.html',
  '/en.html',
  // Case and locales.
  '/EN',
  '/Fr/guides',
  '/zh-hans',
  '/zh-Hans/guides',
  '/zh%2DHans/guides',
  '/en/GUIDES',
  '/gudes',
  '/wp-login.php',
  '/.env',
  '/.git/config',
  '/_next/static/chunks',
  '/pagefind/nope.js',
  '/en%2Fsearch',
  '/en/search/x',
  // Markup in the path and query.
  '/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/en/%3Cscript%3Ealert(1)%3C/script%3E',
  '/guides?q=%3Cscript%3Ealert(1)%3C/script%3E',
  '/en/search?q=%22%3E%3Csvg%20onload%3Dalert(1)%3E',
  '/en%0d%0aSet-Cookie:%20x=1',
  '/guides?%0d%0aX-Injected:%201',
];

/** Places a redirect could be made to lead: only a same-site path may come back. */
const redirects = [
  `//${evil}/`,
  `//${evil}/x/`,
  `/\\${evil}/x/`,
  `/\\/${evil}/x/`,
  `/\\\\${evil}/x/`,
  `/\\@${evil}/x/`,
  `/%5c${evil}/`,
  `/%5C${evil}/x/`,
  `/%2f%2f${evil}/`,
  `/%2F%2F${evil}/x/`,
  `/%09/${evil}/`,
  `/.//${evil}/`,
  `/./${evil}/x/`,
  `/x/..//${evil}/`,
  `///${evil}/`,
  `/en//${evil}/`,
  `/guides?next=//${evil}/`,
  `/guides/?next=//${evil}/`,
  `/${evil}/`,
  `/@${evil}/`,
  `/http://${evil}/`,
  `/http:%2f%2f${evil}/`,
  `/en/guides/`,
  `/en/guides//`,
  '/en/guides/?x=1',
  '/en/',
  '/_haven/',
  '/%2f/',
  '/en/guides/./',
  `http://${evil}/en/guides/`,
  `http://${evil}//${evil}/`,
  `http://${evil}/guides`,
  `https://${evil}/`,
  `http://${evil}`,
];

const rangeTargets = ['/en/guides', '/robots.txt', '/resources.json'];
const ranges = [
  'bytes=0-9',
  'bytes=-100',
  'bytes=100-',
  'bytes=0-0',
  'bytes=5-2',
  'bytes=10-1',
  'bytes=abc',
  'bytes=5.5-2.2',
  'bytes=0-99999999999999999999',
  'bytes=99999999-',
  'bytes=-0',
  'bytes=0-0,5-6',
  'bytes=0-1,0-1,0-1,0-1',
  'bytes= 0-1',
  'Bytes=0-1',
  'items=0-1',
  'bytes=',
  'bytes=-',
  'bytes=--1',
  'bytes=1-2-3',
];

const conditionals: [string, string][][] = [
  [['If-None-Match', '*']],
  [['If-None-Match', '*'], ['Cache-Control', 'no-cache']],
  [['If-None-Match', '"nope"']],
  [['If-None-Match', 'W/"nope", "other"']],
  [['If-None-Match', 'garbage']],
  [['If-Modified-Since', 'Fri, 01 Jan 2100 00:00:00 GMT']],
  [['If-Modified-Since', 'Fri, 01 Jan 2000 00:00:00 GMT']],
  [['If-Modified-Since', 'not a date']],
  [['Range', 'bytes=0-9'], ['If-Range', '"nope"']],
  [['Range', 'bytes=0-9'], ['If-Range', 'Fri, 01 Jan 2000 00:00:00 GMT']],
  [['Range', 'bytes=0-9'], ['If-Range', 'garbage']],
  [['If-Match', '"nope"']],
  [['If-Match', '*']],
  [['If-Unmodified-Since', 'Fri, 01 Jan 2000 00:00:00 GMT']],
  [['If-Unmodified-Since', 'Fri, 01 Jan 2100 00:00:00 GMT']],
];

const languages = [
  'FR',
  'fr-FR',
  'En-US',
  'ZH',
  'zh-TW',
  'TL',
  'de;q=0, fr',
  'de;q=0.0,fr;q=0.5',
  'fr;q=0',
  '*',
  '*;q=0',
  '',
  ';;;,,,',
  'q=1',
  'fr;q=abc',
  'fr;q=-1',
  'xx, PT-br',
  'français',
  'fr-',
  '-fr',
  Array.from({ length: 600 }, (_, i) => `x${i}`).join(', ') + ', fr',
  'fr;' + 'q=1;'.repeat(500),
];

const encodings = ['br;q=0', 'bromine', 'gzip;q=0', 'gzip;q=0, br;q=0', 'gzip, br', 'br, gzip', '*', '*;q=0', 'identity;q=0', 'BR', 'gzip;q=abc', ',,,;;;', 'x'.repeat(4000)];

const methods = ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL', 'LINK', 'UNLINK', 'PURGE'];

const get = (target: string, headers: [string, string][] = [], name = target): HostileRequest => ({ name, method: 'GET', target, headers });

export function hostileRequests(): HostileRequest[] {
  const list: HostileRequest[] = [];
  for (const path of paths) list.push(get(path, [], `path ${path}`));
  for (const path of paths.slice(0, 40)) list.push({ ...get(path, [], `HEAD ${path}`), method: 'HEAD' });
  for (const target of redirects) list.push(get(target, [], `redirect form ${target}`));
  for (const target of rangeTargets) {
    for (const range of ranges) list.push(get(target, [['Range', range]], `Range ${range} on ${target}`));
  }
  for (const range of ranges.slice(0, 8)) list.push({ ...get('/en/guides', [['Range', range]], `HEAD Range ${range}`), method: 'HEAD' });
  for (const target of ['/en/guides', '/robots.txt']) {
    for (const headers of conditionals) list.push(get(target, headers, `${headers.map((h) => h.join(': ')).join(', ')} on ${target}`));
  }
  for (const language of languages) {
    for (const target of ['/', '/guides', '/en/guides']) list.push(get(target, [['Accept-Language', language]], `Accept-Language ${language.slice(0, 40)} on ${target}`));
  }
  for (const encoding of encodings) {
    for (const target of ['/en/guides', '/robots.txt', '/_next/static/none.css']) list.push(get(target, [['Accept-Encoding', encoding]], `Accept-Encoding ${encoding.slice(0, 40)} on ${target}`));
  }
  for (const method of methods) {
    for (const target of ['/en/guides', '/', '/no-such-page', '/en/nope', '/%zz']) list.push({ name: `${method} ${target}`, method, target });
  }
  // Methods node:http's parser does not know: both servers refuse them, with their parsers' own codes.
  for (const method of ['FOOBAR', 'get', 'BREW']) list.push({ name: `${method} /en`, method, target: '/en', same: 'refused' });
  list.push({ name: 'CONNECT', method: 'CONNECT', target: `${evil}:443` });
  list.push({ name: 'OPTIONS *', method: 'OPTIONS', target: '*' });
  list.push({ name: 'GET *', method: 'GET', target: '*' });
  // Header sizes: under both servers' limits the answer is the normal one; over them, both refuse.
  for (const size of [100, 1000, 4000, 7000]) {
    list.push(get('/en/guides', [['X-Pad', 'a'.repeat(size)]], `a ${size} B header`));
    list.push(get(`/en/${'a'.repeat(size)}`, [], `a ${size} B path`));
    list.push(get(`/${'a'.repeat(size)}`, [], `a ${size} B path without a locale`));
    list.push(get(`/en/guides?${'q'.repeat(size)}`, [], `a ${size} B query`));
  }
  for (const size of [20_000, 70_000]) {
    list.push({ ...get('/en/guides', [['X-Pad', 'a'.repeat(size)]], `a ${size} B header`), same: 'refused' });
    list.push({ ...get(`/en/${'a'.repeat(size)}`, [], `a ${size} B path`), same: 'refused' });
  }
  for (const count of [50, 200]) {
    list.push(get('/en/guides', Array.from({ length: count }, (_, i) => [`X-H${i}`, 'v'] as [string, string]), `${count} headers`));
  }
  list.push({ ...get('/en/guides', Array.from({ length: 3000 }, (_, i) => [`X-H${i}`, 'v'] as [string, string]), '3000 headers'), same: 'refused' });
  // The protocol itself.
  list.push({ ...get('/en/guides', [], 'HTTP/1.1 without Host'), noHost: true });
  list.push({ ...get('/en/guides', [], 'HTTP/1.0 without Host'), noHost: true, version: 'HTTP/1.0' });
  list.push(get('/en/guides', [['Expect', '100-continue']], 'Expect: 100-continue'));
  list.push(get('/en/guides', [['Expect', '42-weird']], 'Expect: 42-weird'));
  list.push(get('/en/guides', [['X-Forwarded-Proto', 'https']], 'X-Forwarded-Proto: https'));
  list.push(get('/en/guides', [['X-Forwarded-Host', evil]], 'X-Forwarded-Host'));
  list.push(get('/guides', [['Host', evil]], 'Host of another site'));
  list.push(get('/en/guides#frag', [], 'a fragment'));
  list.push(get('/robots.txt#' + 'x'.repeat(5000), [], 'a 5 KB fragment'));
  return list;
}

/** What the junk flood sends, request by request: each target new, so a cache keyed by request would grow forever. */
export function junkTarget(i: number): string {
  const pad = 'x'.repeat(200 + (i % 7) * 300);
  switch (i % 6) {
    case 0:
      return `/robots.txt#${i}-${pad}`;
    case 1:
      return `/en/guides/sextortion?${i}=${pad}`;
    case 2:
      return `/en/nope-${i}-${pad}`;
    case 3:
      return `/nope-${i}-${pad}`;
    case 4:
      return `/%65n/%67uides?${i}`;
    default:
      return `/pagefind/nope-${i}-${pad}.js`;
  }
}
