import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '@/lib/locales';
import { readMessages } from '../messages';

type Messages = { [key: string]: string | Messages };

const load = (locale: string): Messages => readMessages(locale);

/** Every key path with the {placeholders} and <tags> its text uses. */
function flatten(messages: Messages, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, [...value.matchAll(/\{(\w+)|<(\w+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort());
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

const reference = flatten(load(defaultLocale));

describe('interface messages', () => {
  it.each(locales.filter((l) => l !== defaultLocale))('%s has exactly the English keys and placeholders', (locale) => {
    const messages = flatten(load(locale));
    expect([...messages.keys()].filter((k) => !reference.has(k)), 'keys not in English').toEqual([]);
    expect([...reference.keys()].filter((k) => !messages.has(k)), 'keys missing').toEqual([]);
    for (const [key, placeholders] of reference) expect(messages.get(key), key).toEqual(placeholders);
  });

  it.each(locales)('%s has no empty text', (locale) => {
    for (const [key] of flatten(load(locale))) {
      const text = key.split('.').reduce<unknown>((node, part) => (node as Messages)[part], load(locale));
      expect((text as string).trim(), key).not.toBe('');
    }
  });
});

// Values that are the same in a locale as in English: official names, a bare tag, words French
// shares with English, "bullying", the everyday word in Brazil, and the colon where a locale writes it as English does.
const everywhere = ['Take It Down', '<number></number>', ': '];
const sameInEnglish: Record<string, readonly string[]> = {
  fr: [...everywhere, 'Guides', 'Sources', 'Important', 'Europe', '<number></number> (police)', '<number></number> (ambulance)'],
  es: everywhere,
  pt: [...everywhere, 'bullying'],
  ar: everywhere,
  de: [...everywhere, 'Website'],
  hi: everywhere,
  id: everywhere,
  fil: [...everywhere, 'Website', 'Emergency'],
  'zh-Hans': everywhere,
};

describe('no English left', () => {
  it.each(locales.filter((l) => l !== defaultLocale))('%s translates every value', (locale) => {
    const english = load(defaultLocale);
    const messages = load(locale);
    const value = (root: Messages, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Messages)?.[part], root);
    const untranslated = [...reference.keys()].filter((key) => {
      const text = value(messages, key);
      return text === value(english, key) && !(sameInEnglish[locale] ?? []).includes(text as string);
    });
    expect(untranslated).toEqual([]);
  });
});
