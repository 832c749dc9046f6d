import countries from 'i18n-iso-countries';

// The library also lists Kosovo's XK, which ISO 3166-1 leaves user-assigned.
const notIso = new Set(['XK']);

/** True for an ISO 3166-1 alpha-2 country code written in upper case ("US", not "us", "EU" or "XK"). */
export function isIsoCountry(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && !notIso.has(code) && countries.isValid(code);
}
