import { channelsFor, fallbackFor, loadCountries, situationIds, crisisLines } from '@/lib/reporting-channels';

export const STALE_DAYS = 365;
export const WARN_DAYS = 180;

const DAY = 86_400_000;

/** One line per country of the directory, for the content check and the closing notes. */
export function directoryRows(today: Date) {
  return loadCountries().map((country) => {
    const answered = situationIds.filter((s) => channelsFor(country.country, s).length > 0).length;
    const problems: string[] = [];
    const warnings: string[] = [];
    for (const channel of country.channels) {
      const age = Math.floor((today.getTime() - Date.parse(channel.verified)) / DAY);
      if (age > STALE_DAYS) problems.push(`${channel.id} verified ${channel.verified}, ${age} days ago`);
      else if (age > WARN_DAYS) warnings.push(`${channel.id} verified ${channel.verified}, ${age} days ago`);
    }
    // A situation none of the country's channels takes is answered by its police channels, child helplines and
    // emergency number; a country with none of them leaves the reader at a dead end.
    if (answered < situationIds.length && fallbackFor(country.country).length === 0 && country.emergency.length === 0) {
      problems.push('a situation no channel takes, and no police channel, child helpline or emergency number');
    }
    const oldest = country.channels.map((c) => c.verified).sort()[0];
    return {
      country: country.country,
      region: country.region,
      status: country.status,
      channels: country.channels.length,
      crisisLines: crisisLines(country.country).length,
      situations: situationIds.length,
      answered,
      oldestVerified: oldest,
      ageDays: Math.floor((today.getTime() - Date.parse(oldest)) / DAY),
      problems,
      warnings,
    };
  });
}
