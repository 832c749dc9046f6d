import { describeComponent } from '@/components/component-spec';
import { SheetView } from '.';

export default [
  describeComponent(SheetView, {
    name: 'SheetView',
    description:
      'A whole printable sheet of the schools’ and families’ kit: the MDX page, the reader’s country’s help on a first-hour card, its sources and a QR code back to the page; on paper the site’s header, navigation and footer drop away.',
    params: {
      locale: 'The reader’s locale: the language of the page around the text, and of the text where it is translated.',
      slug: 'Which sheet to show, by its path under content/<locale>/pages (lib/kit.ts).',
    },
    examples: [
      { name: 'the staff sheet', props: (locale) => ({ locale, slug: 'schools/incident' as const }) },
      { name: 'the parents’ card', props: (locale) => ({ locale, slug: 'first-hour' as const }) },
      { name: 'the young people’s card', props: (locale) => ({ locale, slug: 'young-people/first-hour' as const }) },
    ],
  }),
];
