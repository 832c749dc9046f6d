// Which country of the directory the reader is probably in, from what the device says of itself: its time zone,
// then the regions of its languages. A module on its own so the unit tests and the page use the same code.

/** Zone → country, from the build's table ({ IN: 'Asia/Calcutta Asia/Kolkata', … }, /js/country-zones.js). */
export function zoneCountries(table) {
  const byZone = new Map();
  for (const [country, zones] of Object.entries(table)) for (const zone of zones.split(' ')) byZone.set(zone, country);
  return byZone;
}

/**
 * The time zone's country when the directory has it. A place the directory lacks guesses nothing, so an en-US phone
 * in Lagos is not shown the United States; only a zone that names no place (UTC, Etc/…, none) lets the languages'
 * regions decide (fr-CA → CA), the first one the directory has.
 */
export function guessCountry({ timeZone, languages }, table) {
  const byZone = zoneCountries(table);
  if (byZone.has(timeZone)) return byZone.get(timeZone);
  if (typeof timeZone === 'string' && timeZone.includes('/') && !timeZone.startsWith('Etc/')) return undefined;
  for (const tag of languages ?? []) {
    let region;
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      continue;
    }
    if (region && Object.hasOwn(table, region)) return region;
  }
  return undefined;
}
