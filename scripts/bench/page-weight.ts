import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

// What a page makes the browser download, measured the same way for every site whatever its server compresses:
// each response body the page loads (until the network is idle), gzipped here at level 6, summed by kind.

export interface PageWeight {
  /** Gzipped bytes by kind of resource. */
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
  /** Addresses requested on any origin other than the page's own. */
  otherOrigins: string[];
  /** Names of the cookies set: by a Set-Cookie header on any response, in document.cookie, or in the cookie jar. */
  cookies: string[];
  /** Errors the page logged to the console (Lighthouse's best-practices score counts them). */
  consoleErrors: string[];
}

type Kind = 'html' | 'css' | 'js' | 'other';

function kindOf(resourceType: string, contentType: string): Kind {
  if (resourceType === 'document' || contentType.includes('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  return 'other';
}

export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const origin = new URL(url).origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  const weight: PageWeight = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0, otherOrigins: [], cookies: [], consoleErrors: [] };
  const pending: Promise<void>[] = [];
  const cookieNames = new Set<string>();
  const nameOf = (cookie: string) => cookie.split('=')[0].trim();

  page.on('console', (message) => {
    if (message.type() === 'error') weight.consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    const requestUrl = new URL(request.url());
    if (requestUrl.protocol === 'data:' || requestUrl.protocol === 'blob:') return;
    weight.requests++;
    if (requestUrl.origin !== origin) weight.otherOrigins.push(request.url());
  });
  page.on('response', (response) => {
    pending.push(
      (async () => {
        for (const { name, value } of await response.headersArray()) {
          if (name.toLowerCase() === 'set-cookie') cookieNames.add(nameOf(value));
        }
        // Redirects and failed loads have no body to count.
        const body = await response.body().catch(() => undefined);
        if (!body) return;
        const kind = kindOf(response.request().resourceType(), response.headers()['content-type'] ?? '');
        const bytes = gzipSync(body, { level: 6 }).length;
        weight[kind] += bytes;
        weight.total += bytes;
      })(),
    );
  });

  try {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    const documentCookie = await page.evaluate(() => document.cookie);
    for (const cookie of documentCookie.split(';').filter((c) => c.trim())) cookieNames.add(nameOf(cookie));
    for (const cookie of await context.cookies()) cookieNames.add(cookie.name);
    await Promise.all(pending);
    weight.cookies = [...cookieNames];
  } finally {
    await context.close();
  }
  return weight;
}
