import { describeComponent } from '@/components/component-spec';
import { countriesByName, readersCountries } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { answerFor } from '@/lib/channels/directory';
import { telHref } from '@/lib/channels/names';
import { type Situation } from '@/lib/channels/situations';
import { countryPath, localePath, reportSectionPath } from '@/lib/site';
import { translator } from '@/tests/components/next-intl-server';
import { CountryEmergency, CountryFirstScript, CountryHelp, SituationFirst } from '.';

/** Each of the locale's countries, with the service to try first where there is one, linking to its answer. */
const firsts = (locale: Locale, situation: Situation) => ({
  text: readersCountries(locale).flatMap((c) => [c.name, ...[answerFor(c.country, situation).first?.name ?? []].flat()]),
  links: readersCountries(locale).map((c) => `${localePath(locale, countryPath(c.country))}#${situation}`),
  roles: ['list', 'listitem', 'link'],
});

export default [
  describeComponent(CountryHelp, {
    name: 'CountryHelp',
    description:
      'For the help box: every country’s emergency numbers, a line to talk to now, the service to contact first and “Not in <country>? Choose another”, each hidden until /js/country-first.js shows the one of the country the device is guessed to be in.',
    params: {
      locale: 'The reader’s locale: the language of the text and of the country names.',
      chooseHref: 'Where “Choose another country” leads: the full list of countries.',
    },
    examples: [
      {
        name: 'every country, hidden',
        props: (locale) => ({ locale, chooseHref: localePath(locale, reportSectionPath('countries')) }),
        // In each country's template: its help, its first service, its page and the way to choose another.
        shows: (locale) => {
          const t = translator(locale, 'countryFirst');
          const countries = countriesByName(locale);
          return {
            text: countries.flatMap((c) => [t('title', { country: c.name }), t('page', { country: c.name }), t('notHere', { country: c.name })]),
            links: [
              localePath(locale, reportSectionPath('countries')),
              ...countries.flatMap((c) => [localePath(locale, countryPath(c.country)), `${localePath(locale, countryPath(c.country))}#${c.channels[0].id}`]),
            ],
            roles: ['list', 'link'],
          };
        },
      },
    ],
  }),
  describeComponent(CountryEmergency, {
    name: 'CountryEmergency',
    description:
      'The emergency numbers of the countries where the language is read, and every other country’s, hidden, for /js/country-first.js to show the reader’s own first.',
    params: { locale: 'The reader’s locale: its countries are shown; the others wait for the script.' },
    examples: [
      {
        name: 'the locale’s countries',
        props: (locale) => ({ locale }),
        // Every country's line is there, the locale's shown; each number a link kept left to right.
        shows: (locale) => ({
          text: countriesByName(locale).map((c) => c.name),
          links: readersCountries(locale).flatMap((c) => c.emergency.map((e) => telHref(e.number))),
          roles: ['list', 'listitem', 'link'],
          dir: ['ltr'],
        }),
      },
    ],
  }),
  describeComponent(SituationFirst, {
    name: 'SituationFirst',
    description:
      'A “what happened?” answer’s service to try first in each country where the language is read (“Brasil: SaferNet Brasil”), each linking to that country’s answer; every other country’s line is hidden until /js/country-first.js shows the reader’s own, first.',
    params: {
      locale: 'The reader’s locale: its countries are shown.',
      situation: 'The “what happened?” choice, one of the directory’s situations.',
    },
    examples: [
      { name: 'sextortion', props: (locale) => ({ locale, situation: 'sextortion' as const }), shows: (locale) => firsts(locale, 'sextortion') },
      { name: 'a child told me', props: (locale) => ({ locale, situation: 'child-told-me' as const }), shows: (locale) => firsts(locale, 'child-told-me') },
    ],
  }),
  describeComponent(CountryFirstScript, {
    name: 'CountryFirstScript',
    description: 'Loads /js/country-first.js, once on a page that has country blocks; no page depends on it.',
    params: {},
    // A script element: nothing a reader sees.
    examples: [{ name: 'the module', props: {}, shows: {} }],
  }),
];
