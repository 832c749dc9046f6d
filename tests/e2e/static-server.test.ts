import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageMatches, locales } from '@/lib/locales';
import { headersFor } from '@/server/site-policy.mjs';
import { startDeployed, type Server } from '../../scripts/servers';
import { attribute, baseURL, get } from './site';

// `npm start` (server/serve.mjs) on out/: what it answers besides the pages themselves.

const outDir = path.join(process.cwd(), 'out');

/** A request exactly as written (method and path), with node:http: Node's fetch refuses TRACE and normalises paths. */
function raw(method: string, rawPath: string, headers: Record<string, string> = {}, base = baseURL()) {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ hostname, port, path: rawPath, method, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('methods', () => {
  it.each(['TRACE', 'POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND', 'OPTIONS'])('%s gets 405 with Allow: GET, HEAD, never a 5xx', async (method) => {
    for (const target of ['/en', '/en/guides/sextortion', '/resources.json', '/no-such-page']) {
      const response = await raw(method, target);
      expect(response.status, `${method} ${target}`).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
      expect(response.headers['content-security-policy']).toBeTruthy();
    }
  });

  it('HEAD answers like GET, without a body', async () => {
    const head = await raw('HEAD', '/en/guides');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-type']).toMatch(/^text\/html/);
  });
});

describe('caching', () => {
  it('makes browsers check pages, feeds and data again, with an ETag that answers 304 when nothing changed', async () => {
    for (const target of ['/en/guides/sextortion', '/fr/feed.xml', '/resources.json', '/sitemap.xml']) {
      const first = await get(target);
      expect(first.headers.get('cache-control'), target).toBe('no-cache');
      const etag = first.headers.get('etag');
      expect(etag, target).toBeTruthy();
      const again = await get(target, { 'if-none-match': etag! });
      expect(again.status, target).toBe(304);
    }
  });

  it('lets hashed assets be kept for a year', async () => {
    const html = await (await get('/en')).text();
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1];
    expect((await get(css)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('sends the precompressed file the browser accepts', async () => {
    for (const [encoding, expected] of [['br', 'br'], ['gzip', 'gzip'], ['br, gzip', 'br']]) {
      const response = await raw('GET', '/en/guides/sextortion', { 'accept-encoding': encoding });
      expect(response.headers['content-encoding'], encoding).toBe(expected);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
    }
    expect((await raw('GET', '/en/guides/sextortion')).headers['content-encoding']).toBeUndefined();
  });

  it('answers a repeated GET, kept in memory, exactly as the first: status, headers and bytes', async () => {
    const without = (headers: http.IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'date'));
    for (const [target, encoding] of [['/hi/guides/sextortion', ''], ['/zh-Hans/guides/sextortion', 'br'], ['/de/feed.xml', 'gzip'], ['/resources.json', '']]) {
      const headers: Record<string, string> = encoding ? { 'accept-encoding': encoding } : {};
      const answers = [await raw('GET', target, headers), await raw('GET', `${target}?again`, headers), await raw('GET', target, headers)];
      for (const answer of answers.slice(1)) {
        expect(answer.status, target).toBe(200);
        expect(without(answer.headers), target).toEqual(without(answers[0].headers));
        expect(answer.body, target).toBe(answers[0].body);
      }
      // The kept answer still honours conditional requests and HEAD.
      expect((await raw('GET', target, { ...headers, 'if-none-match': answers[0].headers.etag! })).status, target).toBe(304);
      const head = await raw('HEAD', target, headers);
      expect([head.status, head.body, head.headers.etag]).toEqual([200, '', answers[0].headers.etag]);
    }
    // An unknown address is never kept: it stays the 404 page.
    for (let i = 0; i < 2; i++) expect((await raw('GET', '/en/no-such-page')).status).toBe(404);
  });
});

describe('addresses', () => {
  it.each([
    ['en;q=0.1, ar;q=0.9', '/ar'],
    ['it-IT,it;q=0.9,pt-BR;q=0.8,en;q=0.5', '/pt'],
    ['de-AT,de;q=0.9,en;q=0.5', '/de'],
    ['fr-CA', '/fr'],
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh-Hans'],
    ['zh-TW', '/zh-Hans'],
    ['en;q=0.5, hi-IN', '/hi'],
    ['tl-PH, en;q=0.3', '/fil'],
    ['fil', '/fil'],
    ['id-ID,id;q=0.9', '/id'],
    ['*', '/en'],
    ['zz', '/en'],
  ])('weighs Accept-Language %j with its q-values: / goes to %s', async (language, target) => {
    const response = await get('/', { 'accept-language': language });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(target);
    expect(response.headers.get('vary')).toBe('Accept-Language');
  });

  it('never sends a reader to another host, whatever the address', async () => {
    for (const target of ['//evil.example/', '//evil.example/%2e%2e', '/\\evil.example/', '/en//evil.example/', '/%2F%2Fevil.example/x/']) {
      const response = await raw('GET', target);
      expect(response.status, target).toBeLessThan(500);
      const location = response.headers.location;
      if (location) expect(location, target).toMatch(/^\/(?![/\\])/);
    }
  });

  it('keeps the build manifest and the server rules to itself', async () => {
    for (const target of ['/_haven/manifest.json', '/_haven/nginx.conf']) expect((await get(target)).status, target).toBe(404);
  });
});

describe('a deployment: out/, server/, package.json and the installed dependencies, nothing else', () => {
  let copy = '';
  let server: Server;
  beforeAll(async () => {
    // What README's recipe copies to a host, and `npm ci --omit=dev` would install there: the packages the lock file
    // does not mark as for development (hard links, so the copy is quick), no content/, no .next/, no scripts/.
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-deploy-'));
    const root = process.cwd();
    fs.cpSync(outDir, path.join(copy, 'out'), { recursive: true });
    fs.cpSync(path.join(root, 'server'), path.join(copy, 'server'), { recursive: true });
    fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
    const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
    const production = Object.entries(lock.packages as Record<string, { dev?: boolean; devOptional?: boolean }>)
      .filter(([name, meta]) => name.startsWith('node_modules/') && !meta.dev && !meta.devOptional)
      .map(([name]) => name)
      .filter((name) => fs.existsSync(path.join(root, name)))
      .sort();
    for (const name of production.filter((n, i) => !production.slice(0, i).some((parent) => n.startsWith(`${parent}/`)))) {
      fs.mkdirSync(path.dirname(path.join(copy, name)), { recursive: true });
      execFileSync('cp', ['-al', path.join(root, name), path.join(copy, name)]);
    }
    server = await startDeployed(copy);
  }, 120_000);
  afterAll(() => {
    server?.stop();
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });

  it('holds only those', () => {
    expect(fs.readdirSync(copy).sort()).toEqual(['node_modules', 'out', 'package.json', 'server']);
  });

  it('serves every locale\'s guides, reporting pages and 404 pages with `npm start`', async () => {
    for (const locale of locales) {
      for (const target of [`/${locale}/guides/sextortion`, `/${locale}/report/fr`, `/${locale}/young-people`]) {
        const response = await fetch(server.url + target);
        expect(response.status, target).toBe(200);
        expect(attribute(await response.text(), 'html', 'lang'), target).toBe(locale);
      }
      const missing = await fetch(`${server.url}/${locale}/no-such-guide`);
      expect(missing.status).toBe(404);
      expect(attribute(await missing.text(), 'html', 'lang')).toBe(locale);
    }
    const root = await fetch(`${server.url}/`, { redirect: 'manual', headers: { 'accept-language': 'fr' } });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/fr']);
  });
});

describe('static hosts', () => {
  /** out/_headers read the way Cloudflare Pages and Netlify read it: blocks of a path pattern and its headers. */
  function parseHeadersFile(text: string) {
    return text
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
      .filter((lines) => lines.length > 0)
      .map(([pattern, ...lines]) => ({
        for: pattern,
        detach: lines.filter((l) => l.trim().startsWith('!')).map((l) => l.trim().slice(1).trim().toLowerCase()),
        set: Object.fromEntries(
          lines.filter((l) => !l.trim().startsWith('!')).map((l) => {
            const [key, ...value] = l.trim().split(': ');
            return [key, value.join(': ')];
          }),
        ),
      }));
  }

  it('out/_headers gives each kind of address the policy the Node server sends (with HSTS, as hosts serve HTTPS)', async () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(outDir, '_headers'), 'utf8'));
    const problems: string[] = [];
    for (const target of ['/en', '/ar/guides/sextortion', '/pt/search', '/pagefind/pagefind.js', '/resources.json', '/fr/feed.xml', '/robots.txt']) {
      // What a host that applies every matching block, in order, would send.
      const fromFile = headersFor(target, rules.map((r) => ({ for: r.for, set: r.set })));
      const response = await get(target, { 'x-forwarded-proto': 'https' });
      for (const [key, value] of Object.entries(fromFile)) {
        if (key === 'Content-Type') continue;
        if (response.headers.get(key) !== value) problems.push(`${target}: ${key} is ${response.headers.get(key)} on the Node server, ${value} in _headers`);
      }
      for (const key of ['content-security-policy', 'strict-transport-security', 'access-control-allow-origin']) {
        if (response.headers.get(key) && !Object.keys(fromFile).some((k) => k.toLowerCase() === key)) problems.push(`${target}: ${key} missing from _headers`);
      }
    }
    // A rule that replaces a header of the first block detaches it first, so hosts do not join the two with a comma.
    for (const rule of rules.slice(1)) {
      for (const key of Object.keys(rule.set)) if (key in rules[0].set && !rule.detach.includes(key.toLowerCase())) problems.push(`${rule.for}: ${key} not detached`);
    }
    expect(problems).toEqual([]);
  });

  it('out/_redirects sends / to each language by its Language condition, and unknown addresses to their 404 page', () => {
    const lines = fs.readFileSync(path.join(outDir, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    for (const locale of locales) {
      expect(lines).toContain(`/  /${locale}  302  Language=${languageMatches(locale).join(',')}`);
      expect(lines).toContain(`/${locale}/*  /${locale}/404.html  404`);
    }
    expect(lines.filter((l) => !l.includes('Language=') && l.startsWith('/  '))).toEqual(['/  /en  302']);
  });
});
