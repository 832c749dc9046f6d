// The open data file /directory.json: the reporting directory (every country, every channel, what each takes, its
// sources with their kind) and the first answer the country page gives to each "what happened?" choice, for other
// services and schools to reuse. Its format is this zod schema, built on the channel files' own schema; the JSON
// Schema at /directory.schema.json is generated from it. docs/open-data.md describes it for readers.
import { z } from 'zod';
import { countryName } from '@/lib/countries';
import { defaultLocale } from '@/lib/locales';
import { answerFor, loadCountries, loadInternational, reasonIds } from '@/lib/channels/directory';
import { channelSchema, countrySchema, type Channel } from '@/lib/channels/schema';
import { handles, situationIds, situations } from '@/lib/channels/situations';
import { absoluteUrl, countryPath, localePath, siteName } from '@/lib/site';

export const directoryPath = '/directory.json';
export const directorySchemaPath = '/directory.schema.json';

const channelId = z.string().meta({ description: 'The id of one of the country\'s channels.' });

const answerSchema = z
  .strictObject({
    confirmed: z.boolean().meta({ description: 'true when a channel of the country takes this report; false when none could be confirmed.' }),
    first: channelId.optional().meta({
      description: 'The channel to try first: the best one that takes it, or, unconfirmed, the child helpline or police. Absent: call the emergency number.',
    }),
    reasons: z.array(z.enum(reasonIds)).meta({ description: 'Why it comes first.' }),
    others: z.array(channelId).meta({ description: 'The other channels for it, in the order the page lists them.' }),
  })
  .meta({ description: 'The country page\'s answer to one "what happened?" choice.' });

// Each source as the channel file has it, with the day it was read made explicit.
const directoryChannelSchema = channelSchema.safeExtend({
  sources: z.array(
    channelSchema.shape.sources.element.safeExtend({ read: z.iso.date().meta({ description: 'The day the page was read (YYYY-MM-DD).' }) }),
  ),
});

export const directoryDocumentSchema = z
  .strictObject({
    $schema: z.url().meta({ description: 'The address of this JSON Schema.' }),
    site: z.strictObject({ name: z.string(), url: z.url() }),
    updated: z.iso.date().meta({ description: 'The most recent day any channel was verified.' }),
    handles: z.array(z.enum(handles)).meta({ description: 'What a channel can take or help with.' }),
    situations: z
      .record(z.enum(situationIds), z.array(z.enum(handles)))
      .meta({ description: 'The six "what happened?" choices and the handles that take each one.' }),
    countries: z.array(
      countrySchema
        .safeExtend({
          name: z.string().meta({ description: 'The country\'s name in English.' }),
          url: z.url().meta({ description: 'The country\'s page on the site (English; the same path under every locale).' }),
          channels: z.array(directoryChannelSchema),
          answers: z.record(z.enum(situationIds), answerSchema),
        })
        .meta({ description: 'One country: its emergency numbers, its channels and the first answer to each situation.' }),
    ),
    international: z.array(directoryChannelSchema).meta({ description: 'The channels that work from any country.' }),
  })
  .meta({ title: `${siteName} reporting directory`, description: `Where to report online child sexual exploitation, country by country, as the ${siteName} website lists it.` });

export type DirectoryDocument = z.infer<typeof directoryDocumentSchema>;

const withReadDates = (channel: Channel) => ({
  ...channel,
  sources: channel.sources.map((s) => ({ ...s, read: s.read ?? channel.verified })),
});

/** The document served at /directory.json, checked against its own schema. */
export function directoryDocument(): DirectoryDocument {
  const countries = loadCountries();
  return directoryDocumentSchema.parse({
    $schema: absoluteUrl(directorySchemaPath),
    site: { name: siteName, url: absoluteUrl('/') },
    updated: countries.flatMap((c) => c.channels.map((ch) => ch.verified)).sort().at(-1),
    handles,
    situations,
    countries: countries.map((country) => ({
      ...country,
      name: countryName(defaultLocale, country.country),
      url: absoluteUrl(localePath(defaultLocale, countryPath(country.country))),
      channels: country.channels.map(withReadDates),
      answers: Object.fromEntries(
        situationIds.map((id) => {
          const { confirmed, first, reasons, others } = answerFor(country.country, id);
          return [id, { confirmed, first: first?.id, reasons, others: others.map((c) => c.id) }];
        }),
      ),
    })),
    international: loadInternational().map(withReadDates),
  });
}

/** The JSON Schema (draft 2020-12) of /directory.json, generated from the zod schema above. */
export function directoryJsonSchema() {
  return {
    $id: absoluteUrl(directorySchemaPath),
    ...z.toJSONSchema(directoryDocumentSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
  };
}
