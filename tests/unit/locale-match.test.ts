import { describe, expect, it } from 'vitest';
import { languageMatches, locales } from '@/lib/locales';
import { matchLocale } from '../../server/locale-match.js';

// The locales as the manifest and the language chooser give them: each code with the languages that lead to it.
const records = locales.map((code) => ({ code, matches: languageMatches(code) }));

describe('matching a reader\'s languages to a locale (server and language chooser alike)', () => {
  it.each([
    [['zh-TW', 'en'], 'zh-Hans'],
    [['ZH-cn'], 'zh-Hans'],
    [['tl-PH'], 'fil'],
    [['fil'], 'fil'],
    [['pt-BR'], 'pt'],
    [['it-IT', 'de-AT'], 'de'],
    [['zh-Hans'], 'zh-Hans'],
  ])('%j leads to %s', (tags, expected) => {
    expect(matchLocale(tags, records)).toBe(expected);
  });

  it('leads nowhere when the site has none of the languages, so the caller picks its default', () => {
    expect(matchLocale(['it', 'ko-KR'], records)).toBeUndefined();
    expect(matchLocale([], records)).toBeUndefined();
  });
});
