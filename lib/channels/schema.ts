// The reporting directory's data: one YAML file per country in content/channels/<code>.yaml, plus
// content/channels/international.yaml for what works from any country. Validated at build time: a bad file stops the
// build with its name and the field. Every fact in those files cites the public page where it was seen.
import path from 'node:path';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { exclusions, handles, regions } from '@/lib/channels/situations';
import { ContentError, describeIssues, isoDay } from '@/lib/guide-schema';
import { isIsoCountry } from '@/lib/iso-countries';
import { locales } from '@/lib/locales';
import { E164, phoneProblem, SHORT_CODE } from '@/lib/phone-plan';

export const CHANNELS_DIR = 'content/channels';
export const INTERNATIONAL_FILE = 'international.yaml';

const webUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address (https://…)' });

// Numbers must be quoted in YAML: unquoted, "000" or "017" would become the number 0 or 17.
const digits = (pattern: RegExp, what: string) =>
  z.string({ error: `must be ${what}, written in quotes` }).regex(pattern, `must be ${what}`);

/** Prose in every locale: a fact that has no structured field is written once per language. */
const translatedText = z.strictObject(
  Object.fromEntries(
    locales.map((l) => [l, z.string({ error: `needs the text in "${l}"` }).min(1).describe(`The text in "${l}".`)]),
  ) as Record<
    (typeof locales)[number],
    z.ZodString
  >,
).describe(`The same text in every locale: ${locales.join(', ')}.`);

// A source is the public page where the facts were seen: never this site, a mirror, a proxy or a staging copy.
const notCitable = /(^|\.)(haven\.example|localhost)$|proxy|mirror|wikiwand|^uat\.|^stg\.|^staging\.|^dev\.|^\d+\.\d+\.\d+\.\d+$/i;
// A page that says it copies another ("repost of CNA", "mirror"): cite the original, or nothing.
const copied = /\b(repost(ed)?|re-?published|mirror(ed)?|syndicated)\b/i;

/** What a source is. Only the operator's own pages and a government's count as official ("Verifying a fact"). */
export const sourceKinds = ['operator', 'government', 'intergovernmental', 'ngo-directory', 'news', 'other'] as const;
export type SourceKind = (typeof sourceKinds)[number];
const officialKinds: readonly SourceKind[] = ['operator', 'government'];

const channelSourceSchema = z
  .strictObject({
    title: z.string().min(1).describe('The page\'s title, as the page writes it.'),
    url: webUrl.describe('The public page itself, http or https ("https://…"): never this site, a mirror, a repost, a proxy or a staging copy.'),
    kind: z
      .enum(sourceKinds, { error: `must say what the source is: one of ${sourceKinds.join(', ')}` })
      .describe(
        'What the page is: "operator" (the service\'s own site), "government" (a ministry, regulator, police or public body), "intergovernmental" (EU, UN, UNICEF…), "ngo-directory" (a directory of services kept by an NGO, e.g. Child Helpline International), "news", or "other" (blogs, companies, anything else).',
      ),
    publisher: z.string().min(1).optional().describe('Optional: the organisation that publishes the page.'),
    // The language of the title, for the page's lang attribute (BCP 47).
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag, e.g. "en" or "fr"')
      .default('en')
      .describe('The language of the title as a BCP 47 tag, e.g. "en" or "fr". Default "en".'),
    date: isoDay.optional().describe('Optional: the page\'s own date, YYYY-MM-DD.'),
    read: isoDay.optional().describe('Optional: the day the page was read, YYYY-MM-DD, where it differs from the channel\'s "verified".'),
  })
  .superRefine((s, ctx) => {
    // The research notes' titles say what they are ("reporting-channel reference", "research notes").
    if (/\bhaven\b|\breferences?\b|\bresearch\b/i.test(s.title)) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'must be the public page, not Haven itself or its research notes' });
    }
    if (notCitable.test(new URL(s.url).hostname)) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'must be the public page itself, not this site, a mirror, a proxy or a staging copy' });
    }
    for (const field of ['title', 'publisher'] as const) {
      if (s[field] && copied.test(s[field])) {
        ctx.addIssue({ code: 'custom', path: [field], message: `"${s[field]}" is a copy of another page: cite the original instead` });
      }
    }
  })
  .describe('A public page where the facts were seen.');
export type ChannelSource = z.infer<typeof channelSourceSchema>;

/** The host a source stands for: two pages on one site are one source. */
const siteOf = (url: string) => new URL(url).hostname.toLowerCase().replace(/^(www\d?|m|amp|mobile)\./, '');

/**
 * How well a channel's sources carry its numbers and address: "official" with an operator or government page,
 * "corroborated" with two independent others (two sites, two publishers), else "weak". A weak channel fails the
 * build; a corroborated one must tell readers to check the official site.
 */
export function sourceStrength(sources: readonly ChannelSource[]): 'official' | 'corroborated' | 'weak' {
  if (sources.some((s) => officialKinds.includes(s.kind))) return 'official';
  const sites = new Set(sources.map((s) => siteOf(s.url)));
  const publishers = new Set(sources.map((s) => (s.publisher ?? siteOf(s.url)).toLowerCase()));
  return sites.size >= 2 && publishers.size >= 2 ? 'corroborated' : 'weak';
}

const phoneSchema = z
  .strictObject({
    via: z.enum(['call', 'text', 'whatsapp']).default('call').describe('How the number is used: "call" (default), "text" or "whatsapp".'),
    // What a tel: or sms: link dials: E.164, or a short national number (3018, 116111).
    tel: z
      .string({ error: 'must be written in quotes' })
      .refine((n) => E164.test(n) || SHORT_CODE.test(n), 'must be an international number in E.164 form (e.g. "+18008435678") or a short national number of 2 to 6 digits (e.g. "3018")')
      .optional()
      .describe(
        'What a tel: or sms: link dials, in quotes: E.164, e.g. "+18008435678" (then give display too), or a short national number of 2 to 6 digits, e.g. "3018". Required for call and text.',
      ),
    // The number as its service writes it (1-800-843-5678, 0808 800 5000).
    display: z
      .string()
      .min(1)
      .optional()
      .describe('The number as the service writes it, e.g. 1-800-843-5678. Required with an E.164 tel and for a WhatsApp number.'),
    // For a text line: the word to send ("HELP").
    keyword: z.string().min(1).optional().describe('For a text line: the word to send, e.g. HELP.'),
  })
  .superRefine((p, ctx) => {
    if (p.via !== 'whatsapp' && !p.tel) ctx.addIssue({ code: 'custom', path: ['tel'], message: `is required for a ${p.via} number` });
    if (p.via === 'whatsapp' && !p.display) ctx.addIssue({ code: 'custom', path: ['display'], message: 'is required for a WhatsApp number' });
    if (p.tel && E164.test(p.tel) && !p.display) {
      ctx.addIssue({ code: 'custom', path: ['display'], message: 'is required with an E.164 number (the number as the service writes it)' });
    }
  })
  .describe('A phone number: a call line, a text line or a WhatsApp number.');
export type Phone = z.infer<typeof phoneSchema>;

export const channelSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and hyphens)')
      .describe('Kebab-case (a-z, 0-9 and hyphens), unique in the file, e.g. "cybertipline": the anchor on the country page (#cybertipline).'),
    // Official names stay as the organisation writes them, in every locale.
    name: z.string().min(1).describe('The official name, as the organisation writes it; never translated.'),
    localName: z.string().min(1).optional().describe('Optional: the official name in the country\'s language, e.g. Cyberaide.ca.'),
    operator: z.string().min(1).optional().describe('Optional: the official name of the organisation that runs the channel.'),
    localOperator: z
      .string()
      .min(1)
      .optional()
      .describe('Optional: the operator\'s official name in the country\'s language, e.g. مركز وزارة الداخلية لحماية الطفل.'),
    handles: z
      .array(z.enum(handles))
      .min(1)
      .describe(`What the channel takes reports about or helps with: one or more of ${handles.join(', ')}.`),
    excludes: z
      .array(z.enum(exclusions))
      .default([])
      .describe(`Optional: what the channel's own page says it does not take, only what the page states: any of ${exclusions.join(', ')}.`),
    url: webUrl.optional().describe('The page to report or get help, http or https ("https://…"). A channel needs a url or a phone.'),
    localUrl: webUrl.optional().describe('Optional: the same service\'s page in the local language ("https://…").'),
    phones: z
      .array(phoneSchema)
      .default([])
      .describe('Optional: phone numbers, text lines and WhatsApp numbers. A channel needs a url or a phone.'),
    // "24h" only where an official page says so; otherwise the reader is told to check the hours.
    hours: z
      .enum(['24h', 'check'])
      .default('check')
      .describe('"24h" only where an official page says 24 hours (or 24/7); otherwise leave it out ("check": readers are told to check the hours).'),
    anonymous: z
      .enum(['yes', 'no', 'unknown'])
      .describe('Whether a report can be anonymous: "yes", "no" or "unknown" (quote "yes" and "no").'),
    // Reporting asks for an identity document, a national ID or a mobile number tied to one.
    needsId: z
      .boolean()
      .default(false)
      .describe('true when reporting asks for an identity document, a national ID or a mobile number tied to one. Default false.'),
    // The service asks for images or uploads: the reader is told to send the web address and chat screenshots only.
    sendUrlOnly: z
      .boolean()
      .default(false)
      .describe('true when the service asks for images or uploads: readers are told to send the web address and chat screenshots only. Default false.'),
    ages: z
      .strictObject({
        min: z.number().int().min(0).max(99).optional().describe('The youngest age the channel serves: a whole number, 0 to 99.'),
        max: z.number().int().min(0).max(99).optional().describe('The oldest age the channel serves: a whole number, 0 to 99.'),
      })
      .refine((a) => a.min !== undefined || a.max !== undefined, 'give min, max or both')
      .optional()
      .describe('Optional: the ages the channel serves, with min, max or both, e.g. { max: 17 } or { min: 12, max: 25 }.'),
    note: translatedText
      .optional()
      .describe(`Optional: one or two short sentences for a fact no field holds, in every locale (${locales.join(', ')}).`),
    checkOfficialSite: z.boolean().describe('true where part of the entry is not confirmed: the page then tells readers to check the official site.'),
    verified: isoDay.describe('The day the facts were read, YYYY-MM-DD.'),
    sources: z
      .array(channelSourceSchema)
      .min(1, 'needs at least one public page where its facts were seen')
      .describe('At least one public page where the facts were seen.'),
  })
  .superRefine((c, ctx) => {
    if (!c.url && c.phones.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'a channel needs a web address or a phone number' });
    }
    // "Verifying a fact": a number or address rests on the operator's or a government's page, or on two
    // independent pages that agree, and then readers are sent to the official site.
    const strength = sourceStrength(c.sources);
    if (strength === 'weak') {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'need an "operator" or "government" source, or two independent sources (two sites, two publishers) that agree',
      });
    } else if (strength === 'corroborated' && !c.checkOfficialSite) {
      ctx.addIssue({
        code: 'custom',
        path: ['checkOfficialSite'],
        message: 'must be true when no source is the operator\'s or a government\'s own page',
      });
    }
  })
  .describe('A reporting or help channel: a hotline, a helpline, a police service or a removal tool.');

const emergencySchema = z
  .strictObject({
    number: digits(/^\d{2,6}$/, 'an emergency number of 2 to 6 digits, e.g. "112"').describe('The emergency number in quotes: 2 to 6 digits, e.g. "112".'),
    service: z
      .enum(['all', 'police', 'ambulance'])
      .default('all')
      .describe('Who answers the number: "all" (default), "police" or "ambulance".'),
    // The public page that gives the number, where the research notes do not.
    sources: z
      .array(channelSourceSchema)
      .optional()
      .describe('Optional: the public page that gives the number, where the research notes do not.'),
  })
  .describe('An emergency number.');

/** Each number of each channel against the numbering plan of the file's country (none for international.yaml). */
function numbersInPlan(channels: Channel[], country: string | undefined, ctx: z.RefinementCtx) {
  channels.forEach((c, i) =>
    c.phones.forEach((phone, j) => {
      const problem = phoneProblem(phone, country);
      if (problem) ctx.addIssue({ code: 'custom', path: ['channels', i, 'phones', j, problem.field], message: problem.message });
    }),
  );
}

function uniqueIds(channels: { id: string }[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  channels.forEach((c, i) => {
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${c.id}" is used twice in this file` });
    seen.add(c.id);
  });
}

export const countrySchema = z
  .strictObject({
    country: z
      .string()
      .refine(isIsoCountry, 'must be an ISO 3166-1 alpha-2 country code in upper case (e.g. "US")')
      .describe('The ISO 3166-1 alpha-2 country code in upper case, e.g. "US"; it matches the file name (us.yaml).'),
    region: z.enum(regions).describe(`Where the country is listed on the hub: one of ${regions.join(', ')}.`),
    // "partial": the references confirm only part of what a parent needs; the page says to check the official site.
    status: z
      .enum(['confirmed', 'partial'])
      .describe('"confirmed", or "partial" when the references confirm only part of what a parent needs (the page then says to check the official site).'),
    // Empty only for a partial country whose emergency number no public page confirms: the page then says so.
    emergency: z
      .array(emergencySchema)
      .describe('The emergency numbers: at least one, unless status is "partial" and no public page confirms one.'),
    channels: z.array(channelSchema).min(1).superRefine(uniqueIds).describe('The country\'s channels: at least one, each with its own id.'),
  })
  .superRefine((c, ctx) => {
    if (c.emergency.length === 0 && c.status !== 'partial') {
      ctx.addIssue({ code: 'custom', path: ['emergency'], message: 'needs at least one number (only a partial country may have none)' });
    }
    numbersInPlan(c.channels, c.country, ctx);
  })
  .describe('A country file of the reporting directory, content/channels/<code>.yaml (lower-case code: us.yaml holds US).');

export const internationalSchema = z
  .strictObject({
    channels: z
      .array(channelSchema)
      .min(1)
      .superRefine(uniqueIds)
      .describe('The channels that work from any country: at least one, each with its own id.'),
  })
  .superRefine((c, ctx) => numbersInPlan(c.channels, undefined, ctx))
  .describe('content/channels/international.yaml: the reporting options that work from any country.');

export type Channel = z.infer<typeof channelSchema>;
export type CountryChannels = z.infer<typeof countrySchema>;

function readYaml(file: string, source: string): unknown {
  try {
    return parseYaml(source) ?? {};
  } catch (error) {
    throw new ContentError(file, `is not valid YAML (${(error as Error).message})`);
  }
}

/** A channel that needs an ID or is not anonymous comes after the child helpline: the helpline is the safer first call. */
function helplineFirst(channels: Channel[]): Channel[] {
  if (!channels.some((c) => c.needsId || c.anonymous === 'no')) return channels;
  const helplines = channels.filter((c) => c.handles.includes('child-helpline'));
  return [...helplines, ...channels.filter((c) => !helplines.includes(c))];
}

/** Validates one country file; throws a ContentError naming the file and every bad field. */
export function parseCountryFile(file: string, source: string): CountryChannels {
  const result = countrySchema.safeParse(readYaml(file, source));
  if (!result.success) throw new ContentError(file, describeIssues(result.error));
  // us.yaml must hold US: the file name is how pages find a country.
  const name = path.basename(file);
  if (name !== `${result.data.country.toLowerCase()}.yaml`) {
    throw new ContentError(file, `field "country": "${result.data.country}" does not match the file name ${name}`);
  }
  return { ...result.data, channels: helplineFirst(result.data.channels) };
}

export function parseInternationalFile(file: string, source: string): Channel[] {
  const result = internationalSchema.safeParse(readYaml(file, source));
  if (!result.success) throw new ContentError(file, describeIssues(result.error));
  return result.data.channels;
}

