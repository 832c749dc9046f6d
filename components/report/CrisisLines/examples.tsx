import { describeComponent } from '@/components/component-spec';
import { countryName, type NamedCountry } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { crisisLines, getCountry } from '@/lib/channels/directory';
import { telHref } from '@/lib/channels/names';
import { type Channel } from '@/lib/channels/schema';
import { countryPath, localePath, reportSectionPath } from '@/lib/site';
import { translator } from '@/tests/components/next-intl-server';
import { phoneShows } from '@/tests/components/shows';
import { CrisisLines } from '.';

/** A country of the directory, named in the reader's language. */
function named(locale: Locale, code: string): NamedCountry {
  const country = getCountry(code);
  if (!country) throw new Error(`content/channels has no ${code.toLowerCase()}.yaml`);
  return { ...country, name: countryName(locale, code) };
}

type Lines = 'crisis lines' | 'child helplines' | 'both' | 'emergency numbers';

/** The lines of a country of that kind that have a number. */
function linesOf(code: string, kind: Lines): Channel[] {
  const helplines = getCountry(code)!.channels.filter((c) => c.handles.includes('child-helpline') && !c.handles.includes('crisis'));
  const lines = kind === 'crisis lines' ? crisisLines(code) : kind === 'child helplines' ? helplines : kind === 'both' ? [...helplines, ...crisisLines(code)] : [];
  return lines.filter((c) => c.phones.length > 0);
}

/**
 * An example for some countries, showing `kind` for each: a region named by its title; each country (named, and
 * linked where countries link) with those lines and their numbers, or its emergency numbers; where countries link,
 * the way to every other country.
 */
function example(name: string, codes: string[], kind: Lines, { linkCountries = true, forYoungPeople = false } = {}) {
  return {
    name,
    props: (locale: Locale) => ({ locale, countries: codes.map((code) => named(locale, code)), ...(linkCountries ? {} : { linkCountries }), ...(forYoungPeople ? { forYoungPeople } : {}) }),
    shows: (locale: Locale) => {
      const t = translator(locale, forYoungPeople ? 'youngPeople.helplines' : 'crisis');
      const namesShown = linkCountries || codes.length > 1;
      const lines = codes.flatMap((code) => linesOf(code, kind));
      const phones = lines.flatMap((line) => line.phones.map((phone) => phoneShows(locale, phone)));
      const emergency = kind === 'emergency numbers' ? codes.flatMap((code) => getCountry(code)!.emergency.map((e) => telHref(e.number))) : [];
      return {
        text: [t('title'), t('intro'), ...(namesShown ? codes.map((code) => named(locale, code).name) : []), ...lines.map((line) => line.name), ...phones.flatMap((p) => p.text), ...(linkCountries ? [t('other')] : [])],
        links: [
          ...(linkCountries ? codes.map((code) => localePath(locale, countryPath(code))) : []),
          ...phones.flatMap((p) => p.links),
          ...emergency,
          ...(linkCountries ? [localePath(locale, reportSectionPath('countries'))] : []),
        ],
        roles: ['region', 'list', 'link'],
        labels: [t('title')],
        dir: ['ltr' as const],
      };
    },
  };
}

export default [
  describeComponent(CrisisLines, {
    name: 'CrisisLines',
    description:
      'The suicide and crisis lines of some countries, one tap away, or their child helplines where the directory lists no crisis line, or their emergency numbers where it lists neither; for young people, both lines together.',
    params: {
      locale: 'The reader’s locale: the language of the text and of the links.',
      countries: 'The countries whose lines are shown, each with its name in the reader’s language.',
      linkCountries: 'Whether each country’s name links to its page and the box ends with a link to every other country.',
      forYoungPeople: 'Whether the box is written for young people and lists the child helplines as well as the crisis lines.',
    },
    examples: [
      example('several countries', ['FR', 'BE'], 'crisis lines'),
      example('child helplines where there is no crisis line', ['AE'], 'child helplines'),
      example('the emergency number where there is neither (Türkiye)', ['TR'], 'emergency numbers'),
      example('for young people where there is neither (Türkiye)', ['TR'], 'emergency numbers', { forYoungPeople: true }),
      example('on one country’s own page', ['US'], 'crisis lines', { linkCountries: false }),
      example('several countries without links', ['GB', 'IE'], 'crisis lines', { linkCountries: false }),
      example('for young people', ['US', 'GB'], 'both', { forYoungPeople: true }),
      example('for young people on one country’s own page', ['NZ'], 'both', { linkCountries: false, forYoungPeople: true }),
    ],
  }),
];
