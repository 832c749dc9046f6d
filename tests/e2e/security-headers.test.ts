import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hsts, securityHeaders } from '@/server/security-headers.mjs';
import { launchedBrowser, openPage } from './browser';
import { baseURL, get, sitemapPaths } from './site';

const stylesheet = async () => /href="(\/_next\/static\/[^"]+\.css)"/.exec(await (await get('/en')).text())![1];

// One address of each kind the site serves.
const pageTypes = async (): Promise<[string, string][]> => [
  ['home', '/en'],
  ['guide', '/ar/guides/sextortion'],
  ['reporting hub', '/fr/report'],
  ['country', '/es/report/br'],
  ['search', '/pt/search'],
  ['schools', '/en/schools'],
  ['404 page', '/en/no-such-page'],
  ['404 file', '/no-such-file.php'],
  ['400', '/%E0%A4%A'],
  ['feed', '/en/feed.xml'],
  ['open data', '/resources.json'],
  ['sitemap', '/sitemap.xml'],
  ['robots', '/robots.txt'],
  ['stylesheet', await stylesheet()],
  ['script', '/js/search.js'],
  ['search worker', '/pagefind/pagefind-worker.js'],
  ['share card', '/og/en/sextortion.png'],
  ['badge', '/badge/haven-get-help-en.svg'],
];

describe('security headers', () => {
  it('are on every kind of response, with a policy that allows only this site', async () => {
    const problems: string[] = [];
    for (const [kind, path] of await pageTypes()) {
      const response = await get(path);
      const expected = securityHeaders({ wasm: path.endsWith('/search') || path.startsWith('/pagefind/') });
      for (const { key, value } of expected) {
        const actual = response.headers.get(key);
        if (actual !== value) problems.push(`${kind} (${path}, ${response.status}): ${key} is ${actual}`);
      }
      const csp = response.headers.get('content-security-policy') ?? '';
      for (const forbidden of ["'unsafe-eval'", "'unsafe-inline'", 'http:', 'https:', '*']) {
        if (csp.split(/[\s;]+/).includes(forbidden)) problems.push(`${kind}: CSP allows ${forbidden}`);
      }
      if (!csp.includes("frame-ancestors 'none'")) problems.push(`${kind}: may be framed`);
      if (response.headers.get('strict-transport-security')) problems.push(`${kind}: HSTS over plain HTTP`);
    }
    expect(problems).toEqual([]);
  });

  it('adds HSTS when the request came over HTTPS through a proxy', async () => {
    for (const path of ['/en', '/en/guides/grooming', '/resources.json']) {
      const response = await get(path, { 'x-forwarded-proto': 'https' });
      expect(response.headers.get('strict-transport-security')).toBe(hsts.value);
    }
  });

  it('lets any site read the open data', async () => {
    for (const path of ['/resources.json', '/resources.schema.json']) {
      expect((await get(path)).headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('gives WebAssembly to the search page only', () => {
    expect(contentSecurityPolicy({ wasm: true })).toContain("'wasm-unsafe-eval'");
    expect(contentSecurityPolicy()).not.toContain('wasm');
  });
});

describe('pages under the policy', () => {
  const browser = launchedBrowser();

  it('carry no inline script and no script of Next, on any page', async () => {
    const problems: string[] = [];
    for (const path of await sitemapPaths()) {
      const html = await (await get(path)).text();
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        // The site's own modules, or data the browser does not run (JSON-LD, which scripts/next-export.ts keeps).
        if (!/\ssrc="\/js\/[\w-]+\.js"|\stype="application\/ld\+json"/.test(tag)) problems.push(`${path}: ${tag}`);
      }
      if (/<link[^>]+as="script"/.test(html)) problems.push(`${path}: preloads a script`);
      if (/\sstyle="/.test(html)) problems.push(`${path}: inline style`);
    }
    expect(problems).toEqual([]);
  });

  it.each(['/en', '/ar/guides/sextortion', '/en/report/us', '/en/schools', '/fr/search?q=chantage', '/es/no-such-page'])(
    '%s runs with no policy violation and no console error',
    async (path) => {
      const { context, page } = await openPage(browser(), baseURL());
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
      if (path.includes('?q=')) await page.locator('#search-results li').first().waitFor();
      // 404 pages log their status as a console error in chromium; nothing else may.
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
      await context.close();
    },
  );

  it('opens a reporting site normally and tells it nothing about the page the parent was on', async () => {
    const { context, page } = await openPage(browser(), new URL('/en/report/us', baseURL()).href);
    let referer: string | undefined = 'not requested';
    // The machine has no outside network: answer for the hotline's site.
    await context.route('https://report.cybertip.org/**', async (route) => {
      referer = route.request().headers().referer;
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>CyberTipline</title>' });
    });
    await page.locator('a[href^="https://report.cybertip.org"]').first().click();
    await page.waitForURL(/report\.cybertip\.org/);
    expect(await page.title()).toBe('CyberTipline');
    expect(referer).toBeUndefined();
    await context.close();
  });
});
