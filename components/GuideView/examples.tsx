import { describeComponent } from '@/components/component-spec';
import { getGuide } from '@/lib/content';
import { GuideView } from '.';

const guide = (locale: Parameters<typeof getGuide>[0], slug: string) => {
  const found = getGuide(locale, slug);
  if (!found) throw new Error(`no guide ${slug} in ${locale}`);
  return found;
};

export default [
  describeComponent(GuideView, {
    name: 'GuideView',
    description: 'A whole guide page: the article, its sources, and the QR code and print button that schools use.',
    params: {
      locale: 'The reader’s locale.',
      guide: 'The guide as lib/content.ts loads it, in the reader’s language or in English while it is translated.',
    },
    examples: [
      { name: 'an act guide', props: (locale) => ({ locale, guide: guide(locale, 'sextortion') }) },
      { name: 'a guide with a checklist and the channels for each situation', props: (locale) => ({ locale, guide: guide(locale, 'how-to-report') }) },
    ],
  }),
];
