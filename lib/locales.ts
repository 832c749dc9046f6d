interface LocaleRecord {
  /** The language named in itself. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The countries where it is read, their help shown first. */
  countries: readonly string[];
  /** Wikipedia's subdomain, where it is not the code. */
  wikipedia?: string;
  /** The language subtags of Accept-Language that lead to this locale, where they are not just its code. */
  matches?: readonly string[];
}

// The one locale record; routing, content, the directory and tests all read it from here.
export const localeRecords = {
  en: { name: 'English', dir: 'ltr', countries: ['US', 'GB', 'CA', 'AU', 'IE', 'NZ'] },
  fr: { name: 'Français', dir: 'ltr', countries: ['FR', 'BE', 'CH', 'CA', 'LU'] },
  es: { name: 'Español', dir: 'ltr', countries: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE'] },
  pt: { name: 'Português', dir: 'ltr', countries: ['BR', 'PT'] },
  ar: {
    name: 'العربية',
    dir: 'rtl',
    countries: ['EG', 'SA', 'AE', 'MA', 'DZ', 'TN', 'JO', 'LB', 'IQ', 'KW', 'QA', 'BH', 'OM'],
  },
  de: { name: 'Deutsch', dir: 'ltr', countries: ['DE', 'AT', 'CH'] },
  hi: { name: 'हिन्दी', dir: 'ltr', countries: ['IN'] },
  id: { name: 'Bahasa Indonesia', dir: 'ltr', countries: ['ID'] },
  // Wikipedia's Filipino edition is the Tagalog one.
  fil: { name: 'Filipino', dir: 'ltr', countries: ['PH'], wikipedia: 'tl', matches: ['fil', 'tl'] },
  // No mainland China channel is confirmed, so none is named; Simplified Chinese readers abroad find their country.
  // Every Chinese reader (zh, zh-CN, zh-TW…) is sent here: it is the site's only Chinese.
  'zh-Hans': { name: '简体中文', dir: 'ltr', countries: ['TW', 'HK', 'SG', 'MY'], wikipedia: 'zh', matches: ['zh'] },
} as const satisfies Record<string, LocaleRecord>;

export type Locale = keyof typeof localeRecords;
export const locales = Object.keys(localeRecords) as Locale[];
export const defaultLocale: Locale = 'en';

// Each language named in itself, for the switcher.
export const localeNames = Object.fromEntries(locales.map((l) => [l, localeRecords[l].name])) as Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeRecords, value);
}

export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return localeRecords[locale].dir;
}

/** Where "Exit this page" goes: a neutral site in the reader's language that asks nothing of them. */
export function quickExitUrl(locale: Locale): string {
  const record: LocaleRecord = localeRecords[locale];
  return `https://${record.wikipedia ?? locale}.wikipedia.org/`;
}

/** The countries where a locale is read, in the order their help is shown first. */
export function localeCountries(locale: Locale): readonly string[] {
  return localeRecords[locale].countries;
}

/** The language subtags that send a reader to this locale from Accept-Language: its own code unless it lists others. */
export function languageMatches(locale: Locale): readonly string[] {
  const record: LocaleRecord = localeRecords[locale];
  return record.matches ?? [locale];
}
