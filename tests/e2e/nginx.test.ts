import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listGuides } from '@/lib/content';
import { hsts, securityHeaders } from '@/server/security-headers.mjs';
import { localeNames, locales } from '@/lib/locales';
import { filePaths } from '@/lib/routes';
import { guidePath, localePath } from '@/lib/site';
import { brokenLinks } from '../../scripts/broken-links';
import { sendRaw } from '../../scripts/hostile/probe';
import { startNginx } from '../../scripts/servers';
import { launchedBrowser } from './browser';
import { attribute, baseURL, get as getFromNode } from './site';
import { readMessages as messages } from '../messages';
import { decodeEntities } from '../html-text';

// out/, the build the e2e global setup made (tests/e2e/server.ts), served by Debian's nginx on loopback with the
// snippet the build generated from its manifest (out/_haven/nginx.conf), and compared with `npm start`'s server.

const outDir = path.join(process.cwd(), 'out');
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
let nginxURL = '';
let nginxTlsPort = 0;
let certDir = '';
const browser = launchedBrowser();

beforeAll(async () => {
  // A certificate for this run only, so HSTS can be checked over HTTPS.
  certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-tls-'));
  const cert = path.join(certDir, 'cert.pem');
  const key = path.join(certDir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert], {
    stdio: 'ignore',
  });
  nginx = await startNginx(outDir, { cert, key });
  nginxURL = nginx.url;
  nginxTlsPort = nginx.tlsPort!;
}, 300_000);

afterAll(async () => {
  nginx?.stop();
  if (certDir) fs.rmSync(certDir, { recursive: true, force: true });
});

function get(urlPath: string, headers: Record<string, string> = {}) {
  return fetch(nginxURL + urlPath, { headers, redirect: 'manual' });
}

/** The headers of an HTTPS answer from nginx (its certificate is this run's own). */
function tlsHeaders(urlPath: string): Promise<http.IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    https
      .get({ hostname: '127.0.0.1', port: nginxTlsPort, path: urlPath, rejectUnauthorized: false }, (response) => {
        response.resume();
        resolve(response.headers);
      })
      .on('error', reject);
  });
}

/** A request whose path is sent exactly as written: fetch would resolve '..' and re-encode. */
function rawGet(rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(nginxURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: rawPath, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

const h1 = (html: string) => {
  const inner = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  return inner === undefined ? undefined : decodeEntities(inner);
};

describe('nginx on out/', () => {
  it('serves every sitemap page as the Node server does: 200, HTML, the same h1, no cookie', async () => {
    const sitemap = await (await get('/sitemap.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(paths.length).toBeGreaterThan(locales.length);
    const problems: string[] = [];
    for (const page of paths) {
      const [response, fromNode] = await Promise.all([get(page), getFromNode(page)]);
      const html = await response.text();
      if (response.status !== 200) problems.push(`${page}: status ${response.status}`);
      if (!response.headers.get('content-type')?.startsWith('text/html')) {
        problems.push(`${page}: ${response.headers.get('content-type')}`);
      }
      if (response.headers.get('set-cookie')) problems.push(`${page}: sets a cookie`);
      const expected = h1(await fromNode.text());
      if (!expected || h1(html) !== expected) problems.push(`${page}: h1 ${h1(html)} instead of ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  it('holds every file route byte for byte as the Node server serves it', async () => {
    for (const file of filePaths()) {
      const [response, fromNode] = await Promise.all([get(file), getFromNode(file)]);
      expect(response.status, file).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(await fromNode.arrayBuffer())), file).toBe(true);
    }
  });

  it('sends feeds, the schema and badges with their types', async () => {
    const types: [string, RegExp][] = [
      ['/fr/feed.xml', /^application\/atom\+xml/],
      ['/resources.json', /^application\/json/],
      ['/resources.schema.json', /^application\/schema\+json/],
      ['/badge/haven-get-help-ar.svg', /^image\/svg\+xml/],
      ['/sitemap.xml', /xml/],
      ['/robots.txt', /^text\/plain/],
      ['/js/choose-language.js', /javascript/],
    ];
    for (const [file, type] of types) expect((await get(file)).headers.get('content-type'), file).toMatch(type);
  });

  it('finds a same-site link that leads to no file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-links-'));
    fs.writeFileSync(path.join(dir, 'en.html'), '<a href="/en">home</a><a href="https://other.example/x">other</a>');
    fs.writeFileSync(
      path.join(dir, 'page.html'),
      '<a href="/en#top">ok</a><img src="/missing.png"><a href="http://site.example/gone">gone</a>',
    );
    const broken = await brokenLinks(dir, 'http://site.example', [path.join(dir, 'en.html'), path.join(dir, 'page.html')]);
    expect(broken).toEqual(['/page: /missing.png', '/page: http://site.example/gone']);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('nginx headers', () => {
  const css = () => {
    const html = fs.readFileSync(path.join(outDir, 'en.html'), 'utf8');
    return /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1];
  };

  it('sends the same policy as the Node server on every kind of answer, HSTS only over HTTPS', async () => {
    const problems: string[] = [];
    // As tests/e2e/security-headers.test.ts asks of the Node server.
    for (const urlPath of [
      '/en',
      '/ar/guides/sextortion',
      '/es/report/br',
      '/pt/search',
      '/en/no-such-page',
      '/no-such-file.php',
      '/',
      '/index.html',
      '/en/feed.xml',
      '/resources.json',
      '/sitemap.xml',
      '/robots.txt',
      css(),
      '/js/search.js',
      '/pagefind/pagefind-worker.js',
      '/og/en/sextortion.png',
      '/badge/haven-get-help-en.svg',
    ]) {
      const response = await get(urlPath);
      const wasm = urlPath.endsWith('/search') || urlPath.startsWith('/pagefind/');
      const fromNode = await getFromNode(urlPath);
      for (const { key, value } of securityHeaders({ wasm })) {
        const actual = response.headers.get(key);
        if (actual !== value) problems.push(`${urlPath} (${response.status}): ${key} is ${actual}`);
        if (fromNode.headers.get(key) !== actual) problems.push(`${urlPath}: ${key} differs from the Node server's`);
      }
      for (const key of ['cache-control', 'access-control-allow-origin']) {
        if (fromNode.headers.get(key) !== response.headers.get(key)) problems.push(`${urlPath}: ${key} differs from the Node server's`);
      }
      if (response.headers.get('strict-transport-security')) problems.push(`${urlPath}: HSTS over plain HTTP`);
      if (response.headers.get('set-cookie')) problems.push(`${urlPath}: sets a cookie`);
    }
    expect(problems).toEqual([]);
  });

  it('adds HSTS over HTTPS, also on a 404', async () => {
    for (const urlPath of ['/en', '/fr/no-such-page', '/resources.json']) {
      expect((await tlsHeaders(urlPath))['strict-transport-security'], urlPath).toBe(hsts.value);
    }
  });

  it('lets any origin read the open data, and only that', async () => {
    expect((await get('/resources.json')).headers.get('access-control-allow-origin')).toBe('*');
    expect((await get('/resources.schema.json')).headers.get('access-control-allow-origin')).toBe('*');
    expect((await get('/en')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends HTML and CSS compressed', async () => {
    for (const file of ['/en/guides', css()]) {
      const response = await get(file, { 'accept-encoding': 'gzip' });
      expect(response.headers.get('content-encoding'), file).toBe('gzip');
      expect(response.headers.get('vary'), file).toMatch(/accept-encoding/i);
    }
  });

  it('caches hashed assets for a year and makes browsers check pages again', async () => {
    expect((await get(css())).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = (await get('/en')).headers.get('cache-control') ?? '';
    expect(page).not.toMatch(/immutable|max-age=[1-9]/);
  });
});

describe('nginx addresses', () => {
  it.each(locales)('answers an unknown address under /%s/ with that locale’s 404 page', async (locale) => {
    const response = await get(`/${locale}/xx-unknown`);
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(attribute(html, 'html', 'lang')).toBe(locale);
    expect(h1(html)).toBe(messages(locale).notFound.title);
    expect(html).toContain(`href="/${locale}/report"`);
  });

  it('sends a page address without a language to the reader\'s language, as the Node server does', async () => {
    const response = await get('/guides', { 'accept-language': 'fr-FR' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/fr/guides');
    expect((await get('/xx-unknown')).headers.get('location')).toBe('/en/xx-unknown');
  });

  it('answers a file name outside the locales with the global 404 page', async () => {
    for (const urlPath of ['/no-such-file.txt', '/wp-login.php', '/404.html', '/en/404.html']) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(await response.text(), urlPath).toContain('<main');
    }
  });

  it.each([
    ['fr-CA,fr;q=0.9', '/fr'],
    ['ar-EG', '/ar'],
    ['it', '/en'],
    ['it-IT,it;q=0.9,pt-BR;q=0.5', '/pt'],
    ['de-CH,de;q=0.9', '/de'],
    ['zh-CN,zh;q=0.9', '/zh-Hans'],
    ['tl', '/fil'],
    ['', '/en'],
    // Tags in any letter case; a language refused with q=0 is skipped.
    ['FR', '/fr'],
    ['En-US', '/en'],
    ['ZH', '/zh-Hans'],
    ['de;q=0, fr', '/fr'],
    ['de;q=0.000,pt;q=0.5', '/pt'],
  ])('sends / with Accept-Language %j to %s', async (language, target) => {
    const response = await get('/', language ? { 'accept-language': language } : {});
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(target);
    expect(response.headers.get('vary')).toMatch(/accept-language/i);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers any method but GET and HEAD with 405 and Allow, as the Node server does', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await fetch(`${nginxURL}/en/guides/sextortion`, { method, redirect: 'manual' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow'), method).toBe('GET, HEAD');
    }
  });

  it('drops a trailing slash, as the Node server does', async () => {
    const response = await get('/fr/guides/?x=1');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/fr/guides?x=1');
  });

  it.each(['/%E0%A4%A', '/../../etc/passwd', '/en/../../../etc/passwd', `/${'a'.repeat(5000)}`, `/en/${'b'.repeat(5000)}`])(
    'answers the hostile address %s with a 4xx and nothing outside out/',
    async (rawPath) => {
      const { status, body } = await rawGet(rawPath);
      // A page address without a language may be sent on to one (302); nothing is ever served from outside out/.
      expect(status === 302 || (status >= 400 && status < 500), `${status}`).toBe(true);
      expect(body).not.toContain('root:');
    },
  );
});

describe('nginx answers as the Node server does', () => {
  // What each server must agree on, beyond the status: where a redirect goes, which bytes a range holds, what a 304
  // keeps, and which policy an error carries.
  const compared = ['location', 'content-range', 'allow', 'content-security-policy', 'x-content-type-options', 'cache-control'];
  const cases: [string, string, [string, string][]][] = [
    ['GET', '/', [['Accept-Language', 'FR']]],
    ['GET', '/guides', [['Accept-Language', 'de;q=0, fr-CA']]],
    ['GET', '/guides?x=1', [['Accept-Language', 'ZH-tw']]],
    ['GET', '/en/guides/?x=1', []],
    ['GET', '/en/guides', [['Range', 'bytes=0-9']]],
    ['GET', '/en/guides', [['Range', 'bytes=-100']]],
    ['GET', '/robots.txt', [['Range', 'bytes=-1000']]],
    ['GET', '/en/guides', [['Range', 'bytes=99999999-']]],
    ['GET', '/en/guides', [['Range', 'bytes=5-2']]],
    ['GET', '/en/guides', [['Range', 'bytes=abc']]],
    ['GET', '/en/guides', [['Range', 'bytes=0-0,5-6']]],
    ['HEAD', '/en/guides', [['Range', 'bytes=0-9']]],
    ['GET', '/en/guides', [['If-None-Match', '*']]],
    ['GET', '/en/guides', [['If-Modified-Since', 'Fri, 01 Jan 2100 00:00:00 GMT']]],
    ['GET', '/en/guides', [['If-Modified-Since', 'Fri, 01 Jan 2000 00:00:00 GMT']]],
    ['GET', '/en/guides', [['Range', 'bytes=0-9'], ['If-Range', '"stale"']]],
    ['GET', '/en/guides', [['If-Match', '"stale"']]],
    ['GET', '/en/nope', []],
    ['GET', '/nope.php', []],
    ['GET', '/pagefind/nope.js', []],
    ['GET', '/_haven/manifest.json', []],
    ['GET', '/en/search', [['Range', 'bytes=abc']]],
    ['GET', '/%zz', []],
    ['GET', '/\\evil.example/x/', []],
    ['GET', 'http://evil.example/en/guides/', []],
    ['TRACE', '/en', []],
    ['POST', '/en/guides', []],
  ];

  it.each(cases)('%s %s %j', async (method, target, headers) => {
    const request = { name: target, method, target, headers };
    const [fromNginx, fromNode] = await Promise.all([sendRaw(nginxURL, request), sendRaw(baseURL(), request)]);
    expect(fromNginx.status, 'status').toBe(fromNode.status);
    // nginx refuses TRACE before its configuration runs, so without the Allow that RFC 9110 asks of a 405.
    for (const name of compared.filter((n) => !(method === 'TRACE' && n === 'allow'))) expect(fromNginx.headers[name], name).toBe(fromNode.headers[name]);
    if (fromNode.status === 304) {
      // A 304 keeps the 200's validator and Vary on both.
      expect(fromNginx.headers.etag).toBeTruthy();
      expect(fromNode.headers.etag).toBeTruthy();
      expect(fromNode.headers.vary).toMatch(/accept-encoding/i);
    }
  });
});

describe('search on the export', () => {
  it('finds a guide by its title, with no request to another site', async () => {
    const guide = listGuides('en')[0];
    const context = await browser().newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${nginxURL}/en/search?q=${encodeURIComponent(guide.frontMatter.title)}`);
    const first = page.locator('#search-results h3 a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(localePath('en', guidePath(guide.slug)));
    expect(requests.filter((url) => !url.startsWith(nginxURL))).toEqual([]);
    await context.close();
  });
});

describe('the root language chooser', () => {
  it('lists the five languages as plain links without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${nginxURL}/index.html`);
    expect(response?.status()).toBe(200);
    const links = await page.locator('main a[hreflang]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href'), hreflang: a.getAttribute('hreflang'), lang: a.getAttribute('lang'), text: a.textContent })),
    );
    expect(links).toEqual(
      locales.map((locale) => ({ href: `/${locale}`, hreflang: locale, lang: locale, text: localeNames[locale] })),
    );
    expect(await page.locator('h1').count()).toBe(1);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe in %s mode', async (colorScheme) => {
    // axe needs script, and the page's own script would leave at once: keep that one out.
    const context = await browser().newContext({ colorScheme });
    await context.route('**/js/choose-language.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${nginxURL}/index.html`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(page.url()).toBe(`${nginxURL}/index.html`);
    await context.close();
  });

  it('sends a French browser on to /fr with JavaScript, without a cookie', async () => {
    const context = await browser().newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${nginxURL}/index.html`);
    await page.waitForURL(`${nginxURL}/fr`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
