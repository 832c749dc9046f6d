import { describeComponent } from '@/components/component-spec';
import { disclosureReviewed, disclosureSources } from '@/lib/schools';
import { Day } from '.';

export default [
  describeComponent(Day, {
    name: 'Day',
    description: 'A day written the reader’s way, in a time element that a machine can still read.',
    params: {
      locale: 'The reader’s locale: how the day, month and year are written.',
      iso: 'The day, written year-month-day.',
    },
    examples: [
      { name: 'the day a page was reviewed', props: (locale) => ({ locale, iso: disclosureReviewed }) },
      { name: 'the day a source was read', props: (locale) => ({ locale, iso: disclosureSources[1].date }) },
    ],
  }),
];
