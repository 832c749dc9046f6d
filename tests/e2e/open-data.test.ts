import Ajv2020 from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContentPage, getGuide, sheetPages } from '@/lib/content';
import { sheets } from '@/lib/kit';
import { directoryDocumentSchema } from '@/lib/directory';
import { isLocale, locales, type Locale } from '@/lib/locales';
import { answerFor, loadCountries } from '@/lib/channels/directory';
import { sourceKinds } from '@/lib/channels/schema';
import { situationIds } from '@/lib/channels/situations';
import { resourceSchema, resourcesDocumentSchema, sheetSchema, type ResourcesDocument } from '@/lib/resources';
import { contentPagePath, guidePath, localePath, shareImage } from '@/lib/site';
import { get, sitemapPaths } from './site';
import { decodeEntities } from '../html-text';

// Addresses in pages and files carry the build's SITE_URL; the tests fetch their paths from the test server.
const pathOf = (url: string) => new URL(url).pathname;


/** The content of a <meta property|name="key"> or the href of a <link rel="key">, decoded. */
function head(html: string, key: string): string | undefined {
  const meta = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  if (meta) return decodeEntities(meta[1]);
  const link = new RegExp(`<link rel="${key}" href="([^"]*)"`).exec(html);
  return link ? decodeEntities(link[1]) : undefined;
}

/** Width and height from a PNG's IHDR chunk, which the format puts first. */
function pngSize(png: Buffer) {
  if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  if (png.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('no IHDR first');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

let guidePaths: string[];
beforeAll(async () => {
  guidePaths = (await sitemapPaths()).filter((path) => /^\/[^/]+\/guides\/[^/]+$/.test(path));
});

const localeOf = (path: string) => path.split('/')[1] as Locale;
const slugOf = (path: string) => path.split('/')[3];

describe('share cards', () => {
  it('lists guides in every locale (sanity check of the sitemap)', () => {
    for (const locale of locales) expect(guidePaths.some((p) => localeOf(p) === locale)).toBe(true);
  });

  it('every guide has a title, description, canonical and an Open Graph image of its own that loads as a PNG', async () => {
    const problems: string[] = [];
    const images = new Map<string, string>();
    for (const path of guidePaths) {
      const html = await (await get(path)).text();
      const guide = getGuide(localeOf(path), slugOf(path))!;
      const canonical = head(html, 'canonical');
      if (!canonical || pathOf(canonical) !== path) problems.push(`${path}: canonical ${canonical}`);
      if (head(html, 'og:title') !== guide.frontMatter.title) problems.push(`${path}: og:title ${head(html, 'og:title')}`);
      if (!head(html, 'og:description')) problems.push(`${path}: no og:description`);
      if (head(html, 'description') !== guide.frontMatter.description) problems.push(`${path}: no meta description`);

      const image = head(html, 'og:image');
      if (!image || !/^https?:\/\//.test(image)) {
        problems.push(`${path}: og:image ${image} is not absolute`);
        continue;
      }
      // Same origin as the canonical address: both come from SITE_URL.
      if (canonical && new URL(image).origin !== new URL(canonical).origin) problems.push(`${path}: og:image on another origin`);
      if (head(html, 'og:image:width') !== String(shareImage.width)) problems.push(`${path}: og:image:width`);
      if (head(html, 'og:image:height') !== String(shareImage.height)) problems.push(`${path}: og:image:height`);
      if (!head(html, 'og:image:alt')?.includes(guide.frontMatter.title)) problems.push(`${path}: og:image:alt`);

      const response = await get(pathOf(image));
      if (response.status !== 200) {
        problems.push(`${path}: ${pathOf(image)} answers ${response.status}`);
        continue;
      }
      if (response.headers.get('content-type') !== 'image/png') problems.push(`${path}: image is ${response.headers.get('content-type')}`);
      const png = Buffer.from(await response.arrayBuffer());
      try {
        const size = pngSize(png);
        if (size.width !== shareImage.width || size.height !== shareImage.height) problems.push(`${path}: image is ${size.width}×${size.height}`);
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message}`);
      }
      images.set(path, png.toString('base64'));
    }
    expect(problems).toEqual([]);
    // Each locale's card shows that locale's title, so a translated guide's cards differ.
    const translated = guidePaths.filter((p) => localeOf(p) === 'ar' && getGuide('ar', slugOf(p))!.textLocale === 'ar');
    expect(translated.length).toBeGreaterThan(0);
    for (const path of translated) expect(images.get(path)).not.toBe(images.get(path.replace(/^\/ar\//, '/en/')));
  });
});

describe('/resources.json', () => {
  let document: ResourcesDocument;
  let response: Response;
  beforeAll(async () => {
    response = await get('/resources.json');
    document = resourcesDocumentSchema.parse(await response.json());
  });

  it('is JSON that any site may read', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('lists exactly every guide in every locale, with the text that locale shows', () => {
    expect(document.guides.map((g) => pathOf(g.url)).sort()).toEqual([...guidePaths].sort());
    for (const entry of document.guides) {
      expect(pathOf(entry.url)).toBe(localePath(entry.locale, guidePath(entry.slug)));
      const guide = getGuide(entry.locale, entry.slug)!;
      const { title, summary, reviewed, audience, ageBands } = guide.frontMatter;
      expect(entry).toMatchObject({ title, summary, reviewed, audience, ageBands, textLanguage: guide.textLocale });
      expect(entry.textSource).toBe(
        entry.locale === 'en' ? 'original' : guide.textLocale === entry.locale ? 'translation' : 'english-fallback',
      );
    }
    expect(document.updated).toBe([...document.guides, ...document.sheets].map((g) => g.reviewed).sort().at(-1));
  });

  it('lists every printable sheet of the schools\' kit in every locale, with the text that locale shows', () => {
    expect(document.sheets.map((s) => pathOf(s.url)).sort()).toEqual(
      locales.flatMap((locale) => sheetPages.map((slug) => localePath(locale, contentPagePath(slug)))).sort(),
    );
    for (const entry of document.sheets) {
      const slug = entry.path.slice(1) as (typeof sheetPages)[number];
      expect(pathOf(entry.url)).toBe(localePath(entry.locale, entry.path));
      const page = getContentPage(entry.locale, slug);
      const { title, summary, reviewed } = page.frontMatter;
      expect(entry).toMatchObject({ title, summary, reviewed, textLanguage: page.textLocale, audience: sheets[slug].audience, maxPrintedPages: sheets[slug].maxPages });
    }
  });

  it('links to pages and share cards that exist', async () => {
    for (const entry of document.guides.filter((g) => g.slug === document.guides[0].slug)) {
      expect((await get(pathOf(entry.url))).status).toBe(200);
      const image = await get(pathOf(entry.image));
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
    }
  });
});

describe('/resources.schema.json', () => {
  it('is a JSON Schema that describes the same fields and accepts /resources.json', async () => {
    const response = await get('/resources.schema.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const schema = await response.json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties.guides.items.properties).sort()).toEqual(Object.keys(resourceSchema.shape).sort());
    expect(Object.keys(schema.properties.sheets.items.properties).sort()).toEqual(Object.keys(sheetSchema.shape).sort());
    expect(schema.properties.guides.items.required.sort()).toEqual(Object.keys(resourceSchema.shape).sort());

    // Ajv checks the schema against the draft 2020-12 meta-schema when it compiles it.
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    expect(ajv.validateSchema(schema)).toBe(true);
    const validate = ajv.compile(schema);
    const data = await (await get('/resources.json')).json();
    expect(pathOf(data.$schema)).toBe('/resources.schema.json');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    // And it rejects what the format forbids.
    expect(validate({ ...data, guides: [{ ...data.guides[0], locale: 'xx' }] })).toBe(false);
    expect(validate({ ...data, guides: [{ ...data.guides[0], reviewed: '21/11/2026' }] })).toBe(false);
  });
});

describe('/directory.json and its schema', () => {
  it('any site may read the directory, every country and channel with its sources\' kind and read date, valid against /directory.schema.json', async () => {
    const response = await get('/directory.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const data = await response.json();
    const document = directoryDocumentSchema.parse(data);
    expect(document.countries.map((c) => c.country)).toEqual(loadCountries().map((c) => c.country));
    for (const country of document.countries) {
      expect(pathOf(country.url)).toBe(`/en/report/${country.country.toLowerCase()}`);
      expect(country.channels.map((c) => c.id)).toEqual(loadCountries().find((c) => c.country === country.country)!.channels.map((c) => c.id));
      for (const id of situationIds) {
        const answer = answerFor(country.country, id);
        expect(country.answers[id]).toEqual({ confirmed: answer.confirmed, first: answer.first?.id, reasons: answer.reasons, others: answer.others.map((c) => c.id) });
      }
      for (const source of country.channels.flatMap((c) => c.sources)) {
        expect(sourceKinds).toContain(source.kind);
        expect(source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }

    const schemaResponse = await get('/directory.schema.json');
    expect(schemaResponse.status).toBe(200);
    expect(schemaResponse.headers.get('access-control-allow-origin')).toBe('*');
    const schema = await schemaResponse.json();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    expect(ajv.validateSchema(schema)).toBe(true);
    const validate = ajv.compile(schema);
    expect(pathOf(data.$schema)).toBe('/directory.schema.json');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    // And it rejects what the format forbids: a source without its kind, a situation that does not exist.
    const [first] = data.countries;
    const [channel] = first.channels;
    const withoutKind = { ...channel, sources: channel.sources.map(({ kind: _, ...rest }: { kind: string }) => rest) };
    expect(validate({ ...data, countries: [{ ...first, channels: [withoutKind] }] })).toBe(false);
    expect(validate({ ...data, countries: [{ ...first, answers: { ...first.answers, elsewhere: first.answers['found-images'] } }] })).toBe(false);
  });
});

describe('Atom feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });
  // An element with attributes (<title type="html">) parses to an object holding its text.
  const text = (node: unknown) => (typeof node === 'object' && node ? (node as Record<string, unknown>)['#text'] : node);
  const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

  it.each(locales)('/%s/feed.xml is an Atom feed of that locale with one entry per guide and per printable sheet', async (locale) => {
    const response = await get(`/${locale}/feed.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@xml:lang']).toBe(locale);
    expect(feed.id).toBeTruthy();
    expect(text(feed.title)).toBeTruthy();
    expect(isDate(feed.updated)).toBe(true);
    const self = feed.link.find((l: Record<string, string>) => l['@rel'] === 'self');
    expect(pathOf(self['@href'])).toBe(`/${locale}/feed.xml`);
    expect(feed.author.name).toBeTruthy();

    const sheetPathsOf = sheetPages.map((slug) => localePath(locale, contentPagePath(slug)));
    const expected = [...guidePaths.filter((p) => localeOf(p) === locale), ...sheetPathsOf].sort();
    const entries: Record<string, unknown>[] = feed.entry;
    expect(entries.map((e) => pathOf((e.link as Record<string, string>[])[0]['@href'])).sort()).toEqual(expected);
    for (const entry of entries) {
      const path = pathOf((entry.link as Record<string, string>[])[0]['@href']);
      const sheet = sheetPages.find((slug) => localePath(locale, contentPagePath(slug)) === path);
      const frontMatter = sheet ? getContentPage(locale, sheet).frontMatter : getGuide(locale, slugOf(path))!.frontMatter;
      expect(entry.id).toBeTruthy();
      expect(text(entry.title)).toBe(frontMatter.title);
      expect(text(entry.summary)).toBe(frontMatter.summary);
      expect(new Date(entry.updated as string).toISOString().slice(0, 10)).toBe(frontMatter.reviewed);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('answers 404 for a locale the site does not have', async () => {
    expect((await get('/zz/feed.xml')).status).toBe(404);
    expect((await get('/it/feed.xml')).status).toBe(404);
  });

  it('is announced by every page of its locale', async () => {
    const problems: string[] = [];
    for (const path of await sitemapPaths()) {
      const locale = path.split('/')[1];
      if (!isLocale(locale)) continue;
      const html = await (await get(path)).text();
      const link = /<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/.exec(html)?.[1];
      if (!link || pathOf(link) !== `/${locale}/feed.xml`) problems.push(`${path}: feed link ${link}`);
    }
    expect(problems).toEqual([]);
  });
});
