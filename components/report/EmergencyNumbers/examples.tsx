import { describeComponent } from '@/components/component-spec';
import type { Locale } from '@/lib/locales';
import { getCountry } from '@/lib/channels/directory';
import { telHref } from '@/lib/channels/names';
import { type CountryChannels } from '@/lib/channels/schema';
import { translator } from '@/tests/components/next-intl-server';
import { EmergencyNumbers } from '.';

/** A country of the directory, as content/channels/<code>.yaml gives it. */
function country(code: string): CountryChannels {
  const found = getCountry(code);
  if (!found) throw new Error(`content/channels has no ${code.toLowerCase()}.yaml`);
  return found;
}

/** Each number a link kept left to right, with the service that answers it where that is not every service. */
function numbers(locale: Locale, code: string) {
  const t = translator(locale, 'country');
  const emergency = country(code).emergency;
  if (emergency.length === 0) throw new Error(`content/channels/${code.toLowerCase()}.yaml has no emergency number`);
  return {
    text: emergency.map((e) => t.markup(`service.${e.service}`, { number: () => e.number })),
    links: emergency.map((e) => telHref(e.number)),
    roles: ['link'],
    dir: ['ltr' as const],
  };
}

export default [
  describeComponent(EmergencyNumbers, {
    name: 'EmergencyNumbers',
    description:
      'A country’s emergency numbers as tap-to-call links, each with the service that answers it, joined with “or” the reader’s way.',
    params: {
      locale: 'The reader’s locale: the language of the service names and of the joining word.',
      country: 'The country whose emergency numbers are shown, from the directory.',
    },
    examples: [
      { name: 'one number for every service', props: (locale) => ({ locale, country: country('US') }), shows: (locale) => numbers(locale, 'US') },
      { name: 'a police number and a general one', props: (locale) => ({ locale, country: country('FR') }), shows: (locale) => numbers(locale, 'FR') },
      { name: 'police and ambulance numbers', props: (locale) => ({ locale, country: country('SA') }), shows: (locale) => numbers(locale, 'SA') },
      {
        name: 'no confirmed number',
        props: (locale) => ({ locale, country: country('BH') }),
        shows: (locale) => ({ text: [translator(locale, 'country')('emergencyUnconfirmed')] }),
      },
    ],
  }),
];
