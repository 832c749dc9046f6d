import { describeComponent } from '@/components/component-spec';
import { disclosureReviewed, disclosureSources } from '@/lib/schools';
import type { Locale } from '@/lib/locales';
import { formatter } from '@/tests/components/next-intl-server';
import { Day } from '.';

/** The day as the reader's language writes it, in a time element. */
const day = (locale: Locale, iso: string) => ({ text: [formatter(locale).dateTime(new Date(iso), { dateStyle: 'long', timeZone: 'UTC' })], roles: ['time'] });

export default [
  describeComponent(Day, {
    name: 'Day',
    description: 'A day written the reader’s way, in a time element that a machine can still read.',
    params: {
      locale: 'The reader’s locale: how the day, month and year are written.',
      iso: 'The day, written year-month-day.',
    },
    examples: [
      { name: 'the day a page was reviewed', props: (locale) => ({ locale, iso: disclosureReviewed }), shows: (locale) => day(locale, disclosureReviewed) },
      { name: 'the day a source was read', props: (locale) => ({ locale, iso: disclosureSources[1].date }), shows: (locale) => day(locale, disclosureSources[1].date) },
    ],
  }),
];
