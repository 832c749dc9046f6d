import { execFileSync } from 'node:child_process';
import { site } from '@/lib/content';
import { answerFor, channelsFor, crisisLines, getCountry, loadCountries, loadInternational } from '@/lib/channels/directory';
import { CHANNELS_DIR, INTERNATIONAL_FILE, sourceStrength, type Channel } from '@/lib/channels/schema';
import { anyCountryOptions, situationIds, type Handle, type Situation } from '@/lib/channels/situations';

export const STALE_DAYS = 365;
export const WARN_DAYS = 180;

const DAY = 86_400_000;

/**
 * The day the checks measure age against: the commit's own date, so the same commit passes or fails on any day
 * (CI does not turn red on a calendar date). Where the site's tree is no git checkout, the newest "verified" day in
 * the directory.
 */
export function asOfDate(): Date {
  try {
    const log = execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: site().root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Date(log.trim());
  } catch {
    return new Date(loadCountries().flatMap((c) => c.channels.map((ch) => ch.verified)).sort().at(-1)!);
  }
}

/**
 * One line per country of the directory, for the content check and the closing notes. `asOf` decides what fails
 * (a channel verified more than STALE_DAYS before it); `today` only what is reported as getting old.
 */
export function directoryRows(asOf: Date, today: Date) {
  return loadCountries().map((country) => {
    const problems: string[] = [];
    const warnings: string[] = [];
    for (const channel of country.channels) {
      const age = Math.floor((asOf.getTime() - Date.parse(channel.verified)) / DAY);
      const ageToday = Math.floor((today.getTime() - Date.parse(channel.verified)) / DAY);
      if (age > STALE_DAYS) problems.push(`${channel.id} verified ${channel.verified}, ${age} days before this commit`);
      else if (ageToday > WARN_DAYS) warnings.push(`${channel.id} verified ${channel.verified}, ${ageToday} days ago`);
    }
    const answers = situationIds.map((s) => answerFor(country.country, s));
    // A row with no first channel sends the reader to the emergency number; with neither, it is a dead end.
    if (answers.some((a) => !a.first) && country.emergency.length === 0) {
      problems.push('a situation with no channel to start with and no emergency number');
    }
    const strength = country.channels.map((c) => sourceStrength(c.sources));
    const oldest = country.channels.map((c) => c.verified).sort()[0];
    return {
      country: country.country,
      region: country.region,
      status: country.status,
      channels: country.channels.length,
      numbers: country.channels.reduce((sum, c) => sum + c.phones.length, 0),
      official: strength.filter((s) => s === 'official').length,
      corroborated: strength.filter((s) => s === 'corroborated').length,
      weak: strength.filter((s) => s === 'weak').length,
      crisisLines: crisisLines(country.country).length,
      situations: situationIds.length,
      confirmed: answers.filter((a) => a.confirmed).length,
      oldestVerified: oldest,
      ageDays: Math.floor((today.getTime() - Date.parse(oldest)) / DAY),
      problems,
      warnings,
    };
  });
}

/**
 * What the references confirm about some countries' best-known services (docs/channels.md, "Verifying a fact"), so
 * that an edit cannot drop one unnoticed: a crisis line's number; a situation a confirmed channel takes (that channel,
 * where one is named); a channel's reports taken and not taken. A country without a file is not checked here.
 * Changing this list is changing what the references say.
 */
type ReferenceFact =
  | { country: string; crisisLine: string }
  | { country: string; situation: Situation; channel?: string }
  | { country: string; channel: string; handles: readonly Handle[]; excludes: readonly Channel['excludes'][number][] };

const referenceFacts: readonly ReferenceFact[] = [
  { country: 'US', crisisLine: '988' },
  { country: 'CA', crisisLine: '988' },
  { country: 'GB', crisisLine: '116123' },
  { country: 'IE', crisisLine: '116123' },
  { country: 'AU', crisisLine: '131114' },
  { country: 'GB', channel: 'ceop', handles: ['grooming', 'sextortion'], excludes: ['bullying', 'fake-accounts', 'hacking', 'over-18'] },
  { country: 'GB', situation: 'images-shared', channel: 'iwf' },
  { country: 'US', situation: 'images-shared', channel: 'cybertipline' },
  ...['GB', 'FR', 'BR', 'US', 'CA', 'AU'].map((country) => ({ country, situation: 'sextortion' as const })),
];

/** The reference facts the directory no longer states, one line each ("GB: …"). */
export function referenceFactProblems(): string[] {
  const problems: string[] = [];
  for (const fact of referenceFacts) {
    const country = getCountry(fact.country);
    if (!country) continue;
    const where = `${fact.country}: the references confirm`;
    if ('crisisLine' in fact) {
      if (!crisisLines(fact.country).some((c) => c.phones.some((p) => p.tel === fact.crisisLine))) problems.push(`${where} the crisis line ${fact.crisisLine}, which no crisis channel gives`);
    } else if ('situation' in fact) {
      const takes = channelsFor(fact.country, fact.situation).map((c) => c.id);
      if (fact.channel ? !takes.includes(fact.channel) : takes.length === 0) problems.push(`${where} that ${fact.channel ?? 'a channel'} takes ${fact.situation}, which no channel here says`);
    } else {
      const channel = country.channels.find((c) => c.id === fact.channel);
      const takes = fact.handles.filter((h) => !channel?.handles.includes(h));
      const refuses = fact.excludes.filter((e) => !channel?.excludes.includes(e));
      const missing = [takes.length ? `takes ${takes.join(', ')}` : '', refuses.length ? `does not take ${refuses.join(', ')}` : ''].filter(Boolean);
      if (missing.length) problems.push(`${where} that ${fact.channel} ${missing.join(' and ')}, which its entry does not say`);
    }
  }
  return problems;
}

/** The options that answer a situation from any country (anyCountryOptions) are channels of international.yaml with an https address. */
export function anyCountryOptionProblems(): string[] {
  const ids = [...new Set(Object.values(anyCountryOptions).flat())];
  const channels = loadInternational();
  return ids.flatMap((id) => {
    const channel = channels.find((c) => c.id === id);
    if (!channel) return [`${CHANNELS_DIR}/${INTERNATIONAL_FILE}: no channel "${id}", which lib/reporting-channels.ts offers in every country`];
    return channel.url?.startsWith('https:') ? [] : [`${CHANNELS_DIR}/${INTERNATIONAL_FILE}: "${id}" needs an https address (every country's pages link it)`];
  });
}
