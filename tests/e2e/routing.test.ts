import { describe, expect, it } from 'vitest';
import { dirOf, locales } from '@/lib/locales';
import { attribute, get, sitemapPaths } from './site';

describe('sitemap and pages', () => {
  it('lists every page in every locale, each with all its alternates', async () => {
    const xml = await (await get('/sitemap.xml')).text();
    const entries = xml.split('<url>').slice(1);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      for (const lang of [...locales, 'x-default']) expect(entry).toContain(`hreflang="${lang}"`);
    }
    const paths = await sitemapPaths();
    for (const locale of locales) {
      expect(paths).toContain(`/${locale}`);
      expect(paths.filter((p) => p.startsWith(`/${locale}/guides/`)).length).toBeGreaterThanOrEqual(1);
    }
    // Every locale has the same pages.
    const perLocale = locales.map((l) => paths.filter((p) => p.split('/')[1] === l).length);
    expect(new Set(perLocale).size).toBe(1);
  });

  it('answers 200 for every sitemap address, with the right lang and dir, one h1, hreflang links and no cookie', async () => {
    const problems: string[] = [];
    for (const path of await sitemapPaths()) {
      const locale = path.split('/')[1] as (typeof locales)[number];
      const response = await get(path);
      const html = await response.text();
      if (response.status !== 200) problems.push(`${path}: status ${response.status}`);
      if (response.headers.get('set-cookie')) problems.push(`${path}: sets a cookie`);
      if (attribute(html, 'html', 'lang') !== locale) problems.push(`${path}: lang ${attribute(html, 'html', 'lang')}`);
      if (attribute(html, 'html', 'dir') !== dirOf(locale)) problems.push(`${path}: dir ${attribute(html, 'html', 'dir')}`);
      const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
      if (h1s !== 1) problems.push(`${path}: ${h1s} h1 elements`);
      if (!html.includes('<main')) problems.push(`${path}: no <main>`);
      for (const lang of [...locales, 'x-default']) {
        if (!html.includes(`hrefLang="${lang}"`)) problems.push(`${path}: no alternate for ${lang}`);
      }
      if (!/<link rel="canonical" href="[^"]+"/.test(html)) problems.push(`${path}: no canonical`);
      if (!html.includes('property="og:title"') || !html.includes('property="og:description"')) {
        problems.push(`${path}: no Open Graph title or description`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('language negotiation at /', () => {
  it.each([
    ['fr-CA,fr;q=0.9,en;q=0.5', '/fr'],
    ['es-MX,es;q=0.9', '/es'],
    ['pt-BR', '/pt'],
    ['ar-EG,ar;q=0.9', '/ar'],
    ['de-DE,de;q=0.9', '/de'],
    ['zh-HK', '/zh-Hans'],
    ['it-IT', '/en'],
    ['', '/en'],
  ])('Accept-Language %j goes to %s, without a cookie', async (language, target) => {
    const response = await get('/', language ? { 'accept-language': language } : {});
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(new URL(response.headers.get('location')!, 'http://x').pathname).toBe(target);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('sends a path without a locale to the same page in the reader language', async () => {
    const response = await get('/guides', { 'accept-language': 'fr-FR' });
    expect(new URL(response.headers.get('location')!, 'http://x').pathname).toBe('/fr/guides');
  });
});

describe('not found', () => {
  it.each(locales.flatMap((l) => [`/${l}/no-such-page`, `/${l}/guides/no-such-guide`, `/${l}/a/b/c`]))(
    '%s answers a helpful 404 in its language',
    async (path) => {
      const locale = path.split('/')[1];
      const response = await get(path);
      const html = await response.text();
      expect(response.status).toBe(404);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(attribute(html, 'html', 'lang')).toBe(locale);
      expect(attribute(html, 'html', 'dir')).toBe(dirOf(locale as (typeof locales)[number]));
      for (const href of [`/${locale}`, `/${locale}/guides`, `/${locale}/report`]) expect(html).toContain(`href="${href}"`);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    },
  );

  it('sends an unknown locale to a 404 in the reader language', async () => {
    const first = await get('/zz/guides', { 'accept-language': 'es' });
    const location = first.headers.get('location')!;
    expect(new URL(location, 'http://x').pathname).toBe('/es/zz/guides');
    const second = await get(location);
    expect(second.status).toBe(404);
    expect(attribute(await second.text(), 'html', 'lang')).toBe('es');
  });
});
