import { describeComponent } from '@/components/component-spec';
import { getCountry } from '@/lib/channels/directory';
import { type Channel } from '@/lib/channels/schema';
import { ChannelCard } from '.';

/** A channel of the directory, as content/channels/<code>.yaml gives it. */
function channel(code: string, id: string): Channel {
  const found = getCountry(code)?.channels.find((c) => c.id === id);
  if (!found) throw new Error(`content/channels/${code.toLowerCase()}.yaml has no channel "${id}"`);
  return found;
}

export default [
  describeComponent(ChannelCard, {
    name: 'ChannelCard',
    description:
      'One service of a country page of the directory: how to reach it, what it takes and does not take, whether a report can be anonymous, and where those facts were seen.',
    params: {
      locale: 'The reader’s locale: the language of the labels, lists and dates.',
      channel: 'The service as the directory’s country file describes it.',
    },
    // A country page lists its cards.
    frame: (card) => <ul>{card}</ul>,
    examples: [
      { name: 'a website and a phone line', props: (locale) => ({ locale, channel: channel('US', 'cybertipline') }) },
      { name: 'a name and a website in the country’s language', props: (locale) => ({ locale, channel: channel('CA', 'cybertip-ca') }) },
      { name: 'ages, exclusions and no anonymous report', props: (locale) => ({ locale, channel: channel('GB', 'ceop') }) },
      { name: 'an age range and a text line with a keyword', props: (locale) => ({ locale, channel: channel('CA', 'kids-help-phone') }) },
      { name: 'open 24 hours, with a WhatsApp number and no website', props: (locale) => ({ locale, channel: channel('AR', 'linea-137') }) },
      { name: 'asks for an ID', props: (locale) => ({ locale, channel: channel('AE', 'dubai-police-ecrime') }) },
      { name: 'send the address only', props: (locale) => ({ locale, channel: channel('FR', 'e-enfance-3018') }) },
      { name: 'check the official site', props: (locale) => ({ locale, channel: channel('AE', 'moi-cpc-116111') }) },
      { name: 'a lower age only', props: (locale) => ({ locale, channel: channel('GB', 'nspcc-helpline') }) },
    ],
  }),
];
