import { describeComponent } from '@/components/component-spec';
import { ContentPageView } from '.';

export default [
  describeComponent(ContentPageView, {
    name: 'ContentPageView',
    description:
      'A whole page written in MDX outside the guides, such as the page for young people, laid out like a guide without the guide’s extras.',
    params: {
      locale: 'The reader’s locale: the language of the page around the text, and of the text where it is translated.',
      slug: 'Which MDX page to show, by its name under content/<locale>/pages.',
    },
    examples: [
      { name: 'for young people', props: (locale) => ({ locale, slug: 'young-people' as const }) },
      { name: 'browsing safely', props: (locale) => ({ locale, slug: 'browse-safely' as const }) },
    ],
  }),
];
