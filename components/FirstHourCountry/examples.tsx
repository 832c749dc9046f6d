import { describeComponent } from '@/components/component-spec';
import { localePath, sitePaths } from '@/lib/site';
import type { Locale } from '@/lib/locales';
import { translator } from '@/tests/components/next-intl-server';
import { FirstHourCountry } from '.';

/** The box: its heading and the danger line, and the directory's address for every country. */
function box(locale: Locale, namespace: 'kit.firstHour' | 'youngPeople.firstHour') {
  const t = translator(locale, namespace);
  return { text: [t('title'), t('danger')], links: [localePath(locale, sitePaths.report)], roles: ['region', 'heading 2'] };
}

export default [
  describeComponent(FirstHourCountry, {
    name: 'FirstHourCountry',
    description:
      'The help box of a first-hour card: the numbers of the country the device is guessed to be in (every country’s block waits in a template until /js/country-first.js shows one), and the country directory’s address, printed in full.',
    params: {
      locale: 'The reader’s locale: the language of the box and of the country names.',
      audience: 'Who the card is for: parents (where to report, and a line for advice) or young people (a line to talk to now, and where to report, in their own register).',
    },
    examples: [
      { name: 'for parents', props: (locale) => ({ locale, audience: 'parents' as const }), shows: (locale) => box(locale, 'kit.firstHour') },
      {
        name: 'for young people',
        props: (locale) => ({ locale, audience: 'young-people' as const }),
        shows: (locale) => box(locale, 'youngPeople.firstHour'),
      },
    ],
  }),
];
