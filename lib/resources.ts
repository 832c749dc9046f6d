// The open data file /resources.json: every guide, and every printable sheet of the schools' and families' kit, in
// every locale, for schools and others who list Haven's guides on their own sites. Its format is this zod schema; /resources.schema.json is generated from it, so the two
// cannot drift apart. docs/open-data.md describes it for readers.
import { z } from 'zod';
import { getContentPage, listGuides, sheetPages } from '@/lib/content';
import { ageBands, audiences } from '@/lib/guide-schema';
import { sheets } from '@/lib/kit';
import { defaultLocale, locales, type Locale } from '@/lib/locales';
import { absoluteUrl, contentPagePath, guidePath, localePath, shareImagePath, siteName } from '@/lib/site';

export const resourcesPath = '/resources.json';
export const resourcesSchemaPath = '/resources.schema.json';

const textSources = ['original', 'translation', 'english-fallback'] as const;

export const resourceSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).meta({ description: 'The guide\'s name in its address; the same in every locale.' }),
    locale: z.enum(locales).meta({ description: 'The language section of the site the entry belongs to.' }),
    textLanguage: z
      .enum(locales)
      .meta({ description: 'The language title and summary are written in: the locale, or English while a translation is pending.' }),
    textSource: z.enum(textSources).meta({
      description:
        '"original" for the English text, "translation" for a translated guide, "english-fallback" when the locale shows the English text until its translation exists.',
    }),
    title: z.string().min(1),
    summary: z.string().min(1).meta({ description: 'One line describing the guide.' }),
    url: z.url().meta({ description: 'The guide\'s page (absolute).' }),
    image: z.url().meta({ description: 'The guide\'s share card, a 1200×630 PNG (absolute).' }),
    reviewed: z.iso.date().meta({ description: 'The day the guide\'s facts were last checked (YYYY-MM-DD).' }),
    audience: z.array(z.enum(audiences)).min(1).meta({ description: 'Who the guide is written for.' }),
    ageBands: z.array(z.enum(ageBands)).min(1).meta({ description: 'The ages of children the guide is about.' }),
  })
  .meta({ title: 'Guide', description: 'One guide in one locale.' });

export const sheetSchema = z
  .strictObject({
    path: z
      .string()
      .regex(/^(\/[a-z0-9]+(-[a-z0-9]+)*)+$/)
      .meta({ description: 'The sheet\'s path below the locale ("/schools/incident"); the same in every locale.' }),
    locale: z.enum(locales).meta({ description: 'The language section of the site the entry belongs to.' }),
    textLanguage: z
      .enum(locales)
      .meta({ description: 'The language title and summary are written in: the locale, or English while a translation is pending.' }),
    textSource: z.enum(textSources).meta({ description: 'As for a guide: "original", "translation" or "english-fallback".' }),
    title: z.string().min(1),
    summary: z.string().min(1).meta({ description: 'One line describing the sheet.' }),
    url: z.url().meta({ description: 'The sheet\'s page (absolute); it prints from there.' }),
    reviewed: z.iso.date().meta({ description: 'The day the sheet\'s facts were last checked (YYYY-MM-DD).' }),
    audience: z.enum(['schools', 'parents', 'young-people']).meta({ description: 'Who reads it: school staff, parents and carers, or a young person.' }),
    maxPrintedPages: z.int().min(1).meta({ description: 'The most pages it takes printed on A4 or US Letter (the letter: per family).' }),
  })
  .meta({ title: 'Sheet', description: 'One printable sheet of the schools’ and families’ kit in one locale.' });

export const resourcesDocumentSchema = z
  .strictObject({
    $schema: z.url().meta({ description: 'The address of this JSON Schema.' }),
    site: z.strictObject({ name: z.string(), url: z.url() }),
    updated: z.iso.date().meta({ description: 'The most recent reviewed date of any guide or sheet.' }),
    guides: z.array(resourceSchema),
    sheets: z.array(sheetSchema).meta({ description: 'The printable sheets for schools, families and young people.' }),
  })
  .meta({
    title: `${siteName} guides`,
    description: `Every guide of the ${siteName} website, in every locale.`,
  });

export type Resource = z.infer<typeof resourceSchema>;
export type Sheet = z.infer<typeof sheetSchema>;
export type ResourcesDocument = z.infer<typeof resourcesDocumentSchema>;

const textSourceOf = (locale: Locale, textLocale: Locale) =>
  locale === defaultLocale ? 'original' : textLocale === locale ? 'translation' : 'english-fallback';

/** The document served at /resources.json, checked against its own schema. */
export function resourcesDocument(): ResourcesDocument {
  const guides: Resource[] = locales.flatMap((locale) =>
    listGuides(locale).map((guide) => {
      const { title, summary, reviewed, audience, ageBands } = guide.frontMatter;
      return {
        slug: guide.slug,
        locale,
        textLanguage: guide.textLocale,
        textSource: textSourceOf(locale, guide.textLocale),
        title,
        summary,
        url: absoluteUrl(localePath(locale, guidePath(guide.slug))),
        image: absoluteUrl(shareImagePath(locale, guide.slug)),
        reviewed,
        audience,
        ageBands,
      } satisfies Resource;
    }),
  );
  const sheetEntries: Sheet[] = locales.flatMap((locale) =>
    sheetPages.map((slug) => {
      const page = getContentPage(locale, slug);
      const { title, summary, reviewed } = page.frontMatter;
      return {
        path: contentPagePath(slug),
        locale,
        textLanguage: page.textLocale,
        textSource: textSourceOf(locale, page.textLocale),
        title,
        summary,
        url: absoluteUrl(localePath(locale, contentPagePath(slug))),
        reviewed,
        audience: sheets[slug].audience,
        maxPrintedPages: sheets[slug].maxPages,
      } satisfies Sheet;
    }),
  );
  const updated = [...guides, ...sheetEntries].map((g) => g.reviewed).sort().at(-1)!;
  return resourcesDocumentSchema.parse({
    $schema: absoluteUrl(resourcesSchemaPath),
    site: { name: siteName, url: absoluteUrl('/') },
    updated,
    guides,
    sheets: sheetEntries,
  });
}

/** The JSON Schema (draft 2020-12) of /resources.json, generated from the zod schema above. */
export function resourcesJsonSchema() {
  return { $id: absoluteUrl(resourcesSchemaPath), ...z.toJSONSchema(resourcesDocumentSchema, { target: 'draft-2020-12' }) };
}
