// The reporting directory as the pages ask it: the countries and options the content layer loaded (lib/content.ts),
// and each "what happened?" choice's first answer in a country.
import { site } from '@/lib/content';
import { CHANNELS_DIR, INTERNATIONAL_FILE, type Channel, type CountryChannels } from '@/lib/channels/schema';
import { situations, type Handle, type Situation } from '@/lib/channels/situations';

/** Every country file, validated once (lib/content.ts), sorted by country code. */
export function loadCountries(): readonly CountryChannels[] {
  return site().countries();
}

/** The options that work from any country (international.yaml). */
export function loadInternational(): readonly Channel[] {
  return site().international();
}

export function internationalChannel(id: string): Channel {
  const channel = loadInternational().find((c) => c.id === id);
  if (!channel) throw new Error(`${CHANNELS_DIR}/${INTERNATIONAL_FILE} has no channel "${id}"`);
  return channel;
}

export function getCountry(code: string): CountryChannels | undefined {
  return site().country(code);
}

/** The channels of a country that answer a "what happened?" choice, in the file's order. */
export function channelsFor(country: string, situation: Situation): Channel[] {
  const wanted: readonly Handle[] = situations[situation];
  return getCountry(country)?.channels.filter((c) => c.handles.some((h) => wanted.includes(h))) ?? [];
}

/** Why a channel is the one to try first, in the order a row says it. */
export const reasonIds = ['takes', 'helpline', 'family', 'police', 'anonymous', 'always-open'] as const;
export type Reason = (typeof reasonIds)[number];

/**
 * The first answer to a "what happened?" choice in a country, and the rest. `confirmed`: a channel of the country
 * takes this report, and `first` is the best of them. Otherwise no confirmed channel takes it, and `first` is its
 * child helpline or police channel (undefined when it has neither: the reader calls the emergency number), so a
 * row never says "none takes this" above a list of channels that do.
 */
export type Answer = { confirmed: boolean; first?: Channel; reasons: Reason[]; others: Channel[] };

// A channel that asks for a name or an ID is not the safer first try; the handle the situation names first is the
// more specific service (image removal before a hotline for shared images, a child helpline when a child has told).
function rank(channels: Channel[], wanted: readonly Handle[]): Channel[] {
  const key = (c: Channel) => [
    c.needsId || c.anonymous === 'no' ? 1 : 0,
    Math.min(...c.handles.map((h) => (wanted.includes(h) ? wanted.indexOf(h) : wanted.length))),
    c.checkOfficialSite ? 1 : 0,
  ];
  const keys = new Map(channels.map((c) => [c, key(c)]));
  // Array.prototype.sort is stable: equal keys keep the file's order.
  return [...channels].sort((a, b) => {
    const [ka, kb] = [keys.get(a)!, keys.get(b)!];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

function reasons(channel: Channel, main: Reason): Reason[] {
  return [main, ...(channel.anonymous === 'yes' ? (['anonymous'] as const) : []), ...(channel.hours === '24h' ? (['always-open'] as const) : [])];
}

export function answerFor(country: string, situation: Situation): Answer {
  const takes = channelsFor(country, situation);
  if (takes.length > 0) {
    const [first, ...others] = rank(takes, situations[situation]);
    // Said by the handle that matched: a helpline takes a child's disclosure as a listener, not as a report.
    const matched = situations[situation].find((h) => first.handles.includes(h));
    const main = matched === 'child-helpline' ? 'helpline' : matched === 'family-support' ? 'family' : 'takes';
    return { confirmed: true, first, reasons: reasons(first, main), others };
  }
  // Child helplines with a phone first, then the police: a helpline listens first and can say where to report.
  const all = getCountry(country)?.channels ?? [];
  const helplines = all.filter((c) => c.handles.includes('child-helpline') && c.phones.length > 0);
  const police = all.filter((c) => c.handles.includes('police') && !helplines.includes(c));
  const [first, ...others] = [...helplines, ...police];
  return { confirmed: false, first, reasons: first ? reasons(first, helplines.includes(first) ? 'helpline' : 'police') : [], others };
}

/** The suicide and crisis lines of a country, youth lines among them. */
export function crisisLines(country: string): Channel[] {
  return getCountry(country)?.channels.filter((c) => c.handles.includes('crisis')) ?? [];
}
