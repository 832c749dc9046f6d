import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config from '@/next.config.mjs';
import { badgeHtml, badgeSvgFile, badgeTarget } from '@/lib/badge';
import { locales } from '@/lib/locales';
import { printUrl } from '@/lib/print-urls';
import { qrPath } from '@/lib/qr';
import { alternatesOf, guidePath, pageUrl, siteUrl } from '@/lib/site';
import { exampleSiteUrl, parseSiteUrl, siteUrlFrom, siteUrlWarning, withExampleSiteUrl } from '@/lib/site-url.mjs';
import { loadCatalogue, localesOf, renderExample } from '@/scripts/component-catalogue';

// Review H5: a build without SITE_URL printed http://localhost:3000 into QR codes, printed links, the schools'
// newsletter text and badge. A production build now needs a public address.

describe('parseSiteUrl', () => {
  it('takes a public http(s) origin', () => {
    expect(parseSiteUrl('https://haven.example.org').href).toBe('https://haven.example.org/');
    expect(parseSiteUrl('https://haven.example.org/').origin).toBe('https://haven.example.org');
    expect(parseSiteUrl('http://192.168.1.20:8080').origin).toBe('http://192.168.1.20:8080');
  });

  it.each([undefined, '', '  '])('refuses a missing address (%j) and says how to set it', (value) => {
    expect(() => parseSiteUrl(value)).toThrow(/SITE_URL is not set: set it to the site's public address/);
  });

  it.each([
    'http://localhost:3000',
    'http://LOCALHOST',
    'http://haven.localhost',
    'http://127.0.0.1:3000',
    'http://127.1.2.3',
    'http://0.0.0.0:3000',
    'http://[::1]:3000',
    'http://[::ffff:127.0.0.1]',
  ])('refuses the local address %s, which no reader can open', (value) => {
    expect(() => parseSiteUrl(value)).toThrow(/local address/);
  });

  it.each(['haven.example.org', 'ftp://haven.example.org', 'https://haven.example.org/en', 'https://haven.example.org/?a=1', 'https://u:p@haven.example.org'])(
    'refuses %s, which is no http(s) origin',
    (value) => {
      expect(() => parseSiteUrl(value)).toThrow(/SITE_URL/);
    },
  );
});

describe('the address pages carry', () => {
  it('is SITE_URL when set, and the reserved example name otherwise (dev and unit tests), never localhost', () => {
    expect(siteUrlFrom({ SITE_URL: 'https://haven.example.org' }).origin).toBe('https://haven.example.org');
    expect(siteUrlFrom({}).origin).toBe(exampleSiteUrl);
    expect(() => siteUrlFrom({ SITE_URL: 'http://localhost:3000' })).toThrow(/local address/);
  });

  it('warns on a reserved example name, not on a real one', () => {
    expect(siteUrlWarning(new URL(exampleSiteUrl))).toMatch(/reserved example name/);
    expect(siteUrlWarning(new URL('https://haven.test'))).toMatch(/reserved example name/);
    expect(siteUrlWarning(new URL('https://haven.example.org'))).toBeUndefined();
  });

  it('gives the tests\' and the benchmark\'s builds the example name only when SITE_URL is missing', () => {
    expect(withExampleSiteUrl({ PATH: '/bin' })).toEqual({ PATH: '/bin', SITE_URL: exampleSiteUrl });
    expect(withExampleSiteUrl({ SITE_URL: 'https://haven.example.org' }).SITE_URL).toBe('https://haven.example.org');
  });
});

describe('next.config.mjs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses a production build without SITE_URL, or with a local one', () => {
    vi.stubEnv('SITE_URL', '');
    expect(() => config(PHASE_PRODUCTION_BUILD)).toThrow(/SITE_URL is not set/);
    vi.stubEnv('SITE_URL', 'http://localhost:3000');
    expect(() => config(PHASE_PRODUCTION_BUILD)).toThrow(/local address/);
  });

  it('builds with a public SITE_URL, and runs the dev server without one', () => {
    vi.stubEnv('SITE_URL', 'https://haven.example.org');
    expect(config(PHASE_PRODUCTION_BUILD)).toMatchObject({ output: 'export' });
    vi.stubEnv('SITE_URL', '');
    expect(config(PHASE_DEVELOPMENT_SERVER)).toMatchObject({ output: 'export' });
  });
});

const local = /localhost|127\.0\.0\.1|\[::1\]/;

describe('without SITE_URL (as these tests run), what a reader could see carries no local address', () => {
  it('runs without SITE_URL', () => {
    expect(process.env.SITE_URL ?? '').toBe('');
    expect(siteUrl.origin).toBe(exampleSiteUrl);
  });

  it('page addresses, alternates, printed links and the badge', () => {
    for (const locale of locales) {
      const shown = [
        pageUrl(locale),
        ...Object.values(alternatesOf(guidePath('sextortion'))),
        printUrl(`/${locale}/report`, siteUrl)!,
        badgeTarget(locale),
        badgeHtml(locale, 'Get help'),
        badgeSvgFile(locale, 'Get help'),
      ];
      expect(shown.filter((text) => local.test(text)), locale).toEqual([]);
      expect(badgeTarget(locale).startsWith(`${exampleSiteUrl}/${locale}/`)).toBe(true);
    }
  });

  it('a guide\'s QR code, decoded', () => {
    const url = pageUrl('ar', guidePath('sextortion'));
    const { size, d } = qrPath(url);
    // Draws the path's 1-module rectangles into RGBA pixels, 4 pixels a module, for jsQR.
    const scale = 4;
    const width = size * scale;
    const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let py = +y * scale; py < (+y + 1) * scale; py++)
        for (let px = +x * scale; px < (+x + +w) * scale; px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
    expect(jsQR(pixels, width, width)?.data).toBe(`${exampleSiteUrl}/ar/guides/sextortion`);
  });

  it('every component example, in every locale it takes', async () => {
    const found: string[] = [];
    for (const { spec } of await loadCatalogue()) {
      for (const example of spec.examples) {
        for (const locale of localesOf(example, ['en'])) {
          const html = await renderExample(spec, example, locale);
          if (local.test(html)) found.push(`${spec.name} "${example.name}" ${locale ?? ''}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
