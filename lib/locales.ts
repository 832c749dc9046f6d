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
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl'; countries: readonly string[] }>;

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
  return `https://${locale}.wikipedia.org/`;
}

/** The countries where a locale is read, in the order their help is shown first. */
export function localeCountries(locale: Locale): readonly string[] {
  return localeRecords[locale].countries;
}
