import { describeComponent } from '@/components/component-spec';
import { countryName, type NamedCountry } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { getCountry } from '@/lib/channels/directory';
import { CrisisLines } from '.';

/** A country of the directory, named in the reader's language. */
function named(locale: Locale, code: string): NamedCountry {
  const country = getCountry(code);
  if (!country) throw new Error(`content/channels has no ${code.toLowerCase()}.yaml`);
  return { ...country, name: countryName(locale, code) };
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
      { name: 'several countries', props: (locale) => ({ locale, countries: [named(locale, 'FR'), named(locale, 'BE')] }) },
      {
        name: 'child helplines where there is no crisis line',
        props: (locale) => ({ locale, countries: [named(locale, 'AE')] }),
      },
      {
        name: 'the emergency number where there is neither (Indonesia)',
        props: (locale) => ({ locale, countries: [named(locale, 'ID')] }),
      },
      {
        name: 'for young people where there is neither (Indonesia)',
        props: (locale) => ({ locale, countries: [named(locale, 'ID')], forYoungPeople: true }),
      },
      {
        name: 'on one country’s own page',
        props: (locale) => ({ locale, countries: [named(locale, 'US')], linkCountries: false }),
      },
      {
        name: 'several countries without links',
        props: (locale) => ({ locale, countries: [named(locale, 'GB'), named(locale, 'IE')], linkCountries: false }),
      },
      {
        name: 'for young people',
        props: (locale) => ({ locale, countries: [named(locale, 'US'), named(locale, 'GB')], forYoungPeople: true }),
      },
      {
        name: 'for young people on one country’s own page',
        props: (locale) => ({ locale, countries: [named(locale, 'NZ')], linkCountries: false, forYoungPeople: true }),
      },
    ],
  }),
];
