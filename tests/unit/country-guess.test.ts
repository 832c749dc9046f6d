import { describe, expect, it } from 'vitest';
import { countryZonesModule, zonesByCountry } from '@/lib/country-zones';
import { loadCountries } from '@/lib/channels/directory';
import { guessCountry } from '../../public/js/country-guess.js';

// The table the browser gets, as the build writes it (/js/country-zones.js).
const table = Object.fromEntries(Object.entries(zonesByCountry()).map(([country, zones]) => [country, zones.join(' ')]));
const guess = (timeZone: string | undefined, languages: string[]) => guessCountry({ timeZone, languages }, table);

describe('the reader’s country, guessed on the device', () => {
  it('has zones for every country of the directory and for no other', () => {
    expect(Object.keys(table).sort()).toEqual(loadCountries().map((c) => c.country).sort());
  });

  it.each([
    // Readers whose country is not their language's first: Chromium reports the tz database's older links.
    ['Africa/Johannesburg', ['en-ZA'], 'ZA'],
    ['Asia/Calcutta', ['en-IN', 'hi'], 'IN'],
    ['Asia/Kolkata', ['en-GB'], 'IN'],
    ['Europe/Dublin', ['en-US'], 'IE'],
    ['Europe/Lisbon', ['pt-PT'], 'PT'],
    ['America/Toronto', ['fr-CA'], 'CA'],
    ['America/Montreal', ['fr'], 'CA'],
    ['America/Buenos_Aires', ['es-AR'], 'AR'],
    ['America/Argentina/Cordoba', ['es'], 'AR'],
    ['Africa/Casablanca', ['ar-MA', 'fr'], 'MA'],
    ['Europe/Vienna', ['de-AT'], 'AT'],
    ['Europe/Zurich', ['de-CH'], 'CH'],
    ['Asia/Singapore', ['zh-SG'], 'SG'],
    ['Asia/Kuala_Lumpur', ['zh-MY'], 'MY'],
    ['Asia/Kuwait', ['ar'], 'KW'],
    ['Europe/Oslo', ['en'], 'NO'],
  ])('%s with %j → %s', (zone, languages, country) => {
    expect(guess(zone, languages)).toBe(country);
  });

  it('trusts the time zone over the language: an en-US phone in Dublin is in Ireland', () => {
    expect(guess('Europe/Dublin', ['en-US'])).toBe('IE');
  });

  it('guesses nothing in a place the directory lacks, whatever the language says', () => {
    expect(guess('Africa/Lagos', ['en-US'])).toBeUndefined();
    expect(guess('Europe/Kiev', ['de-DE'])).toBeUndefined();
  });

  it('asks the languages only when the zone names no place', () => {
    expect(guess('UTC', ['fr-CA', 'fr'])).toBe('CA');
    expect(guess('Etc/GMT+3', ['pt', 'pt-BR'])).toBe('BR');
    expect(guess(undefined, ['de-AT'])).toBe('AT');
    expect(guess('UTC', ['en', 'fr'])).toBeUndefined();
    expect(guess('UTC', ['not a tag', 'es-MX'])).toBe('MX');
  });

  it('ships a small module', () => {
    expect(countryZonesModule().length).toBeLessThan(6000);
  });
});
