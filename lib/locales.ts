interface LocaleRecord {
  /** The language named in itself. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Its script, where it is not Latin: an organisation's name in this script is shown first (lib/channels/names.ts). */
  script?: 'Arabic' | 'Devanagari' | 'Han';
  /** The countries where it is read, their help shown first. */
  countries: readonly string[];
  /**
   * Where "Exit this page" goes: Wikipedia in the language (this subdomain where it is not the code), or, where
   * Wikipedia is blocked for many of the language's readers, another neutral site reachable where they live.
   */
  quickExit?: { wikipedia: string } | { url: string };
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
    script: 'Arabic',
    countries: ['EG', 'SA', 'AE', 'MA', 'DZ', 'TN', 'JO', 'LB', 'IQ', 'KW', 'QA', 'BH', 'OM'],
  },
  de: { name: 'Deutsch', dir: 'ltr', countries: ['DE', 'AT', 'CH'] },
  hi: { name: 'हिंदी', dir: 'ltr', script: 'Devanagari', countries: ['IN'] },
  id: { name: 'Bahasa Indonesia', dir: 'ltr', countries: ['ID'] },
  // Wikipedia's Filipino edition is the Tagalog one.
  fil: { name: 'Filipino', dir: 'ltr', countries: ['PH'], quickExit: { wikipedia: 'tl' }, matches: ['fil', 'tl'] },
  // Every Chinese reader (zh, zh-CN, zh-TW…) is sent here: it is the site's only Chinese. Mainland China comes first,
  // as the largest readership (cn.yaml: emergency numbers and lines seen on secondary pages, "check the official
  // site"). Wikipedia is blocked in mainland China, so the quick exit goes to Bing's search page, which answers there
  // and in Taiwan, Hong Kong, Singapore and Malaysia alike.
  'zh-Hans': { name: '简体中文', dir: 'ltr', script: 'Han', countries: ['CN', 'TW', 'HK', 'SG', 'MY'], quickExit: { url: 'https://cn.bing.com/' }, matches: ['zh'] },
} as const satisfies Record<string, LocaleRecord>;

export type Locale = keyof typeof localeRecords;
export const locales = Object.keys(localeRecords) as Locale[];
export const defaultLocale: Locale = 'en';

// Each language named in itself, for the switcher.
export const localeNames = Object.fromEntries(locales.map((l) => [l, localeRecords[l].name])) as Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeRecords, value);
}

/** The locale's script where it is not Latin. */
export function scriptOf(locale: Locale): LocaleRecord['script'] {
  return (localeRecords[locale] as LocaleRecord).script;
}

/** Whether a text is written in the locale's own script (Arabic, Devanagari, Han); never for a Latin-script locale. */
export function inLocaleScript(text: string, locale: Locale): boolean {
  const script = scriptOf(locale);
  return script !== undefined && new RegExp(`\\p{Script=${script}}`, 'u').test(text);
}

export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return localeRecords[locale].dir;
}

/** Where "Exit this page" goes: a neutral site in the reader's language that asks nothing of them. */
export function quickExitUrl(locale: Locale): string {
  const exit = (localeRecords[locale] as LocaleRecord).quickExit;
  if (exit && 'url' in exit) return exit.url;
  return `https://${exit?.wikipedia ?? locale}.wikipedia.org/`;
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
