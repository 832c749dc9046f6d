import { describeComponent } from '@/components/component-spec';
import { localePath, reportSectionPath } from '@/lib/site';
import { CountryEmergency, CountryFirstScript, CountryHelp, SituationFirst } from '.';

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
      { name: 'every country, hidden', props: (locale) => ({ locale, chooseHref: localePath(locale, reportSectionPath('countries')) }) },
    ],
  }),
  describeComponent(CountryEmergency, {
    name: 'CountryEmergency',
    description:
      'The emergency numbers of the countries where the language is read, and every other country’s, hidden, for /js/country-first.js to show the reader’s own first.',
    params: { locale: 'The reader’s locale: its countries are shown; the others wait for the script.' },
    examples: [{ name: 'the locale’s countries', props: (locale) => ({ locale }) }],
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
      { name: 'sextortion', props: (locale) => ({ locale, situation: 'sextortion' as const }) },
      { name: 'a child told me', props: (locale) => ({ locale, situation: 'child-told-me' as const }) },
    ],
  }),
  describeComponent(CountryFirstScript, {
    name: 'CountryFirstScript',
    description: 'Loads /js/country-first.js, once on a page that has country blocks; no page depends on it.',
    params: {},
    examples: [{ name: 'the module', props: {} }],
  }),
];
