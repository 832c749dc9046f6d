// The reporting directory's data: one YAML file per country in content/channels/, validated at build time.
// Every fact in those files comes from shared/reference/reporting-channels.md.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { ContentError, describeIssues, isoDay } from '@/lib/guide-schema';

export const CHANNELS_DIR = 'content/channels';

/** What a channel takes reports about or helps with. */
export const handles = ['abuse-material', 'grooming', 'sextortion', 'image-removal', 'support', 'emergency'] as const;
export type Handle = (typeof handles)[number];

/** The six "what happened?" choices and the handles that answer each one. */
export const situations = {
  'found-images': ['abuse-material'],
  'sexual-talk-or-requests': ['grooming'],
  sextortion: ['sextortion'],
  'images-shared': ['image-removal'],
  'worried-about-adult': ['grooming'],
  'child-told-me': ['support', 'grooming'],
} as const satisfies Record<string, readonly Handle[]>;
export type Situation = keyof typeof situations;
export const situationIds = Object.keys(situations) as Situation[];

/** The guide that explains each situation in depth. */
export const situationGuides: Record<Situation, string> = {
  'found-images': 'how-to-report',
  'sexual-talk-or-requests': 'grooming',
  sextortion: 'sextortion',
  'images-shared': 'if-images-are-shared',
  'worried-about-adult': 'warning-signs',
  'child-told-me': 'if-your-child-tells-you',
};

const E164 = /^\+[1-9]\d{6,14}$/;

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// address' });

// Numbers must be quoted in YAML: unquoted, "000" or "017" would become the number 0 or 17.
const digits = (pattern: RegExp, what: string) =>
  z.string({ error: `must be ${what}, written in quotes` }).regex(pattern, `must be ${what}`);

/** True when a written number (0808 800 5000) has the same digits as its E.164 form (+448088005000),
 *  once a leading trunk 0 and the country code (1 to 3 digits) are set aside. */
function sameNumber(e164: string, written: string): boolean {
  const full = e164.slice(1);
  const local = written.replace(/\D/g, '').replace(/^0/, '');
  return local.length >= full.length - 3 && full.endsWith(local);
}

export const channelSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and hyphens)'),
    name: z.string().min(1),
    localName: z.string().min(1).optional(),
    operator: z.string().min(1).optional(),
    handles: z.array(z.enum(handles)).min(1),
    url: httpsUrl.optional(),
    localUrl: httpsUrl.optional(),
    // A full number is stored in E.164; a short national number (3018, 1377, 163) goes in shortCode instead.
    phone: digits(E164, 'an international number in E.164 form, e.g. "+18008435678"').optional(),
    // The number as the reference writes it: libphonenumber-js writes US numbers as (800) 843-5678, not 1-800-843-5678.
    phoneDisplay: z.string().min(1).optional(),
    phoneNote: z.string().min(1).optional(),
    shortCode: digits(/^\d{3,6}$/, 'a short national number of 3 to 6 digits, e.g. "3018"').optional(),
    note: z.string().min(1).optional(),
    anonymous: z.enum(['yes', 'no', 'unknown']),
    ages: z.string().min(1),
    checkOfficialSite: z.boolean(),
    verified: isoDay,
    source: z.strictObject({ title: z.string().min(1), url: httpsUrl.optional() }),
  })
  .superRefine((c, ctx) => {
    if (c.phone && c.shortCode) {
      ctx.addIssue({ code: 'custom', path: ['shortCode'], message: 'give either phone or shortCode, not both' });
    }
    if (c.phone && !c.phoneDisplay) {
      ctx.addIssue({ code: 'custom', path: ['phoneDisplay'], message: 'is required with phone (the number as the reference writes it)' });
    }
    if (!c.phone && c.phoneDisplay) {
      ctx.addIssue({ code: 'custom', path: ['phoneDisplay'], message: 'needs a phone in E.164 form' });
    }
    if (c.phone && c.phoneDisplay && !sameNumber(c.phone, c.phoneDisplay)) {
      ctx.addIssue({ code: 'custom', path: ['phoneDisplay'], message: `"${c.phoneDisplay}" is not the same number as ${c.phone}` });
    }
  });

export const countrySchema = z.strictObject({
  // ISO 3166-1 alpha-2 in upper case. "EU" (INHOPE's EU-wide route) fits the same pattern: ISO reserves it for the EU.
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in upper case (e.g. "US"), or "EU"'),
  emergency: z
    .array(
      z.strictObject({
        number: digits(/^\d{2,6}$/, 'an emergency number of 2 to 6 digits, e.g. "112"'),
        note: z.string().min(1).optional(),
      }),
    )
    .min(1),
  channels: z
    .array(channelSchema)
    .min(1)
    .superRefine((channels, ctx) => {
      const seen = new Set<string>();
      channels.forEach((c, i) => {
        if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${c.id}" is used twice in this file` });
        seen.add(c.id);
      });
    }),
});

export type Channel = z.infer<typeof channelSchema>;
export type CountryChannels = z.infer<typeof countrySchema>;

/** Validates one country file; throws a ContentError naming the file and every bad field. */
export function parseCountryFile(file: string, source: string): CountryChannels {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    throw new ContentError(file, `is not valid YAML (${(error as Error).message})`);
  }
  const result = countrySchema.safeParse(data ?? {});
  if (!result.success) throw new ContentError(file, describeIssues(result.error));
  // us.yaml must hold US: the file name is how pages find a country.
  const name = path.basename(file);
  if (name !== `${result.data.country.toLowerCase()}.yaml`) {
    throw new ContentError(file, `field "country": "${result.data.country}" does not match the file name ${name}`);
  }
  return result.data;
}

let cache: CountryChannels[] | undefined;

/** Reads and validates every content/channels/*.yaml once (at build time), sorted by country code. */
export function loadCountries(): CountryChannels[] {
  if (cache) return cache;
  const dir = path.join(process.cwd(), CHANNELS_DIR);
  cache = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parseCountryFile(`${CHANNELS_DIR}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8')))
    .sort((a, b) => a.country.localeCompare(b.country));
  return cache;
}

export function getCountry(code: string): CountryChannels | undefined {
  const wanted = code.toUpperCase();
  return loadCountries().find((c) => c.country === wanted);
}

/** The number written the local way, as the reference gives it (1-800-843-5678, 0808 800 5000).
 *  A number not in the data is shown in E.164 rather than guessed. */
export function formatPhone(e164: string, country: string): string {
  return getCountry(country)?.channels.find((c) => c.phone === e164)?.phoneDisplay ?? e164;
}

/** A tel: link for an E.164 number, or a short national number dialled as is (3018, 112). */
export function telHref(number: string): string {
  if (!E164.test(number) && !/^\d{2,6}$/.test(number)) throw new Error(`not a dialable number: ${number}`);
  return `tel:${number}`;
}

/** The channels of a country that answer a "what happened?" choice, in the file's order. */
export function channelsFor(country: string, situation: Situation): Channel[] {
  const wanted: readonly Handle[] = situations[situation];
  return getCountry(country)?.channels.filter((c) => c.handles.some((h) => wanted.includes(h))) ?? [];
}
