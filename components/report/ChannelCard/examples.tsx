import { describeComponent } from '@/components/component-spec';
import { getCountry } from '@/lib/channels/directory';
import { type Channel } from '@/lib/channels/schema';
import type { Locale } from '@/lib/locales';
import { formatter, translator } from '@/tests/components/next-intl-server';
import { channelShows } from '@/tests/components/shows';
import { ChannelCard } from '.';

/** A channel of the directory, as content/channels/<code>.yaml gives it. */
function channel(code: string, id: string): Channel {
  const found = getCountry(code)?.channels.find((c) => c.id === id);
  if (!found) throw new Error(`content/channels/${code.toLowerCase()}.yaml has no channel "${id}"`);
  return found;
}

type Country = ReturnType<typeof translator>;

/** An example of one channel's card, showing what every card shows and what `more` names for this one. */
function card(name: string, code: string, id: string, more: (locale: Locale, c: Channel, t: Country) => string[] = () => []) {
  return {
    name,
    props: (locale: Locale) => ({ locale, channel: channel(code, id) }),
    shows: (locale: Locale) => channelShows(locale, channel(code, id), more(locale, channel(code, id), translator(locale, 'country'))),
  };
}

/** "Does not take: …", the channel's exclusions listed the reader's way. */
const excluded = (locale: Locale, c: Channel, t: Country) => t('excludes', { list: formatter(locale).list(c.excludes.map((e) => t(`exclusion.${e}`))) });

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
      card('a website and a phone line', 'US', 'cybertipline'),
      card('a name and a website in the country’s language', 'CA', 'cybertip-ca'),
      card('ages, exclusions and no anonymous report', 'GB', 'ceop', (locale, c, t) => [t('ages'), excluded(locale, c, t)]),
      card('a text line with a keyword', 'CA', 'kids-help-phone'),
      card('an age range', 'AU', 'kids-helpline', (_, c, t) => [t('agesRange', { min: c.ages!.min!, max: c.ages!.max! })]),
      card('open 24 hours, with a WhatsApp number and no website', 'AR', 'linea-137', (_, c, t) => [t('hours.24h')]),
      card('asks for an ID', 'AE', 'dubai-police-ecrime', (_, c, t) => [t('needsId')]),
      card('send the address only', 'FR', 'e-enfance-3018', (_, c, t) => [t('sendUrlOnly')]),
      card('check the official site', 'AE', 'moi-cpc-116111', (_, c, t) => [t('checkOfficialSite')]),
      card('a lower age only', 'GB', 'nspcc-helpline', (_, c, t) => [t('agesMin', { min: c.ages!.min! })]),
    ],
  }),
];
