import { describeComponent } from '@/components/component-spec';
import { getCountry } from '@/lib/channels/directory';
import { type CountryChannels } from '@/lib/channels/schema';
import { EmergencyNumbers } from '.';

/** A country of the directory, as content/channels/<code>.yaml gives it. */
function country(code: string): CountryChannels {
  const found = getCountry(code);
  if (!found) throw new Error(`content/channels has no ${code.toLowerCase()}.yaml`);
  return found;
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
      { name: 'one number for every service', props: (locale) => ({ locale, country: country('US') }) },
      { name: 'a police number and a general one', props: (locale) => ({ locale, country: country('FR') }) },
      { name: 'police and ambulance numbers', props: (locale) => ({ locale, country: country('SA') }) },
      { name: 'no confirmed number', props: (locale) => ({ locale, country: country('BH') }) },
    ],
  }),
];
