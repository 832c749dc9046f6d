// Every number in the directory is checked against its country's numbering plan with libphonenumber-js (Google's
// libphonenumber metadata), not by eye: a dead 7-digit Manila number or a digit too many fails the build.
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** A short code (116111, 3018, 1383): dialled as written, inside its country only. libphonenumber has no plan for
 *  short codes, so the form itself is the declaration. */
export const SHORT_CODE = /^\d{2,6}$/;
export const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * What is wrong with a number in a country's file, or undefined. `tel` is E.164 or a short code; `display` is the
 * number as its service writes it and must be the same number. A WhatsApp number has only `display`. `country` is
 * the file's country (none for the options that work from any country): the number must carry its calling code
 * (countries that share one, as the NANP does for Canada's 1-800 numbers, share their numbers).
 */
export function phoneProblem(
  phone: { tel?: string; display?: string },
  country: string | undefined,
): { field: 'tel' | 'display'; message: string } | undefined {
  // A code that is not a country (the schema reports it) leaves the number to be checked on its own.
  const region = country && isSupportedCountry(country) ? (country as CountryCode) : undefined;
  if (phone.tel && SHORT_CODE.test(phone.tel)) {
    if (phone.display && phone.display.replace(/\D/g, '') !== phone.tel) {
      return { field: 'display', message: `"${phone.display}" is not the short code ${phone.tel}` };
    }
    return undefined;
  }
  const field = phone.tel ? 'tel' : 'display';
  const written = phone.tel ?? phone.display ?? '';
  const number = parsePhoneNumberFromString(written, region);
  if (!number?.isValid()) {
    return { field, message: `"${written}" is not a valid number in ${number?.country ?? region ?? 'any country'}'s numbering plan` };
  }
  if (region && number.countryCallingCode !== getCountryCallingCode(region)) {
    return { field, message: `"${written}" is a number of ${number.country ?? `+${number.countryCallingCode}`}, not ${region}` };
  }
  if (phone.tel && phone.display) {
    const shown = parsePhoneNumberFromString(phone.display, number.country ?? region);
    if (shown?.number !== number.number) {
      return { field: 'display', message: `"${phone.display}" is not the same number as ${phone.tel}` };
    }
  }
  return undefined;
}
