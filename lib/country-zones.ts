// Which time zones lie in each country of the directory, for public/js/country-first.js to guess the reader's
// country on the device. The data is the tz database's (zone.tab and its `backward` links), as the
// countries-and-timezones package ships it: a zone counts for the country it is located in (the first of its
// countries), so Europe/Berlin is Germany's and not also Sweden's, which has Europe/Stockholm of its own.
import { getAllTimezones } from 'countries-and-timezones';
import { loadCountries } from '@/lib/channels/directory';

// Location zones only: browsers report Area/Location names (Chromium often the older link, Asia/Calcutta), never
// US/Pacific, EST5EDT or Etc/GMT+3, which say nothing about the country.
const locationZone = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//;

/** Each directory country's zones, links included, sorted: { IN: ['Asia/Calcutta', 'Asia/Kolkata'], … }. */
export function zonesByCountry(): Record<string, string[]> {
  const wanted = new Set(loadCountries().map((c) => c.country));
  const zones: Record<string, string[]> = {};
  for (const zone of Object.values(getAllTimezones({ deprecated: true }))) {
    const country = zone.countries[0];
    if (!locationZone.test(zone.name) || !country || !wanted.has(country)) continue;
    (zones[country] ??= []).push(zone.name);
  }
  for (const list of Object.values(zones)) list.sort();
  return zones;
}

/** The ES module the browser imports: each country's zones joined by spaces, the smallest form that gzips well. */
export function countryZonesModule(): string {
  const compact = Object.fromEntries(
    Object.entries(zonesByCountry())
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([country, list]) => [country, list.join(' ')]),
  );
  return `// Written at build time by lib/country-zones.ts from the tz database. Do not edit.\nexport default ${JSON.stringify(compact)};\n`;
}
