import { execFileSync } from 'node:child_process';
import { site } from '@/lib/content';
import { answerFor, crisisLines, loadCountries } from '@/lib/channels/directory';
import { sourceStrength } from '@/lib/channels/schema';
import { situationIds } from '@/lib/channels/situations';

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
