import type { Locale } from '@/lib/locales';
import { loadCountries, type CountryChannels } from '@/lib/reporting-channels';

/** A country's name in the reader's language, from the browser-standard data (no hand translations). */
export function countryName(locale: Locale, code: string): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** Countries sorted by their name in the reader's language. */
export function countriesByName(locale: Locale): (CountryChannels & { name: string })[] {
  const collator = new Intl.Collator(locale);
  return loadCountries()
    .map((country) => ({ ...country, name: countryName(locale, country.country) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
