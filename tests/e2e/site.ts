import { inject } from 'vitest';

export const baseURL = (): string => inject('baseURL');

/** Fetches a path from the test server without following redirects. */
export function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return fetch(new URL(path, baseURL()), { headers, method, redirect: 'manual' });
}

/** Every page address in the sitemap (locs and their alternates), as paths. */
export async function sitemapPaths(): Promise<string[]> {
  const xml = await (await get('/sitemap.xml')).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>|href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  return [...new Set(urls.map((url) => new URL(url).pathname))].sort();
}

export function attribute(html: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(html)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}
