import { site } from '@/lib/content';
import { localeCountries, type Locale } from '@/lib/locales';
import { getCountry, loadCountries } from '@/lib/channels/directory';
import { type CountryChannels } from '@/lib/channels/schema';
import { regions } from '@/lib/channels/situations';

export type NamedCountry = CountryChannels & { name: string };

/**
 * A country's name in the reader's language: the name the guides use where the locale's glossary gives one
 * (अमेरिका, not संयुक्त राज्य), otherwise the browser-standard name.
 */
export function countryName(locale: Locale, code: string): string {
  return site().glossary(locale).countryNames[code] ?? new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** Countries sorted by their name in the reader's language. */
export function countriesByName(locale: Locale): NamedCountry[] {
  const collator = new Intl.Collator(locale);
  return loadCountries()
    .map((country) => ({ ...country, name: countryName(locale, country.country) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The countries where the locale is read, in the locale record's order: their help is shown first. */
export function readersCountries(locale: Locale): NamedCountry[] {
  return localeCountries(locale).map((code) => {
    const country = getCountry(code);
    if (!country) throw new Error(`lib/locales.ts: ${locale} is read in ${code}, which has no content/channels/${code.toLowerCase()}.yaml`);
    return { ...country, name: countryName(locale, code) };
  });
}

/** Every country, by region (in the order of `regions`), each region sorted by name in the reader's language. */
export function countriesByRegion(locale: Locale): { region: (typeof regions)[number]; countries: NamedCountry[] }[] {
  const all = countriesByName(locale);
  return regions
    .map((region) => ({ region, countries: all.filter((c) => c.region === region) }))
    .filter((group) => group.countries.length > 0);
}
