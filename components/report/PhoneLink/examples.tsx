import { describeComponent } from '@/components/component-spec';
import { getCountry } from '@/lib/channels/directory';
import { type Phone } from '@/lib/channels/schema';
import { phoneShows } from '@/tests/components/shows';
import { ChannelPhone, PhoneLink } from '.';

/** A channel's first number of one kind, as content/channels/<code>.yaml gives it. */
function phone(code: string, id: string, via: Phone['via'], keyword?: boolean): Phone {
  const found = getCountry(code)
    ?.channels.find((c) => c.id === id)
    ?.phones.find((p) => p.via === via && (keyword === undefined || Boolean(p.keyword) === keyword));
  if (!found) throw new Error(`content/channels/${code.toLowerCase()}.yaml: channel "${id}" has no ${via} number of that kind`);
  return found;
}

const written = phone('US', 'cybertipline', 'call');
const short = phone('FR', 'e-enfance-3018', 'call');

export default [
  describeComponent(PhoneLink, {
    name: 'PhoneLink',
    description: 'A tap-to-call phone number whose digits stay left to right inside right-to-left text.',
    params: {
      number: 'The number the link dials: an international number or a short national one.',
      display: 'The number as the service writes it, shown instead of the dialled number.',
    },
    examples: [
      { name: 'a short national number', props: { number: short.tel! }, shows: { text: [short.tel!], links: [`tel:${short.tel}`], dir: ['ltr'] } },
      {
        name: 'a number as its service writes it',
        props: { number: written.tel!, display: written.display },
        shows: { text: [written.display!], links: [`tel:${written.tel}`], dir: ['ltr'] },
      },
    ],
  }),
  describeComponent(ChannelPhone, {
    name: 'ChannelPhone',
    description:
      'One of a service’s numbers: a call link, a text link with the word to send, or a WhatsApp number shown without a link.',
    params: {
      locale: 'The reader’s locale: the language of “text” and “WhatsApp” labels.',
      phone: 'The number from the directory, with how it is used.',
    },
    examples: [
      { name: 'a call line', props: (locale) => ({ locale, phone: written }), shows: (locale) => phoneShows(locale, written) },
      {
        name: 'a text line',
        props: (locale) => ({ locale, phone: phone('US', 'lifeline-988', 'text', false) }),
        shows: (locale) => phoneShows(locale, phone('US', 'lifeline-988', 'text', false)),
      },
      {
        name: 'a text line with a keyword',
        props: (locale) => ({ locale, phone: phone('CA', 'kids-help-phone', 'text', true) }),
        shows: (locale) => phoneShows(locale, phone('CA', 'kids-help-phone', 'text', true)),
      },
      {
        name: 'a WhatsApp number',
        props: (locale) => ({ locale, phone: phone('AR', 'linea-137', 'whatsapp') }),
        shows: (locale) => phoneShows(locale, phone('AR', 'linea-137', 'whatsapp')),
      },
    ],
  }),
];
