import { describeComponent } from '@/components/component-spec';
import { getGuide } from '@/lib/content';
import { guidePath, localePath } from '@/lib/site';
import { translator } from '@/tests/components/next-intl-server';
import { MoreGuides } from '.';

export default [
  describeComponent(MoreGuides, {
    name: 'MoreGuides',
    description:
      '“Also read:” and the guides for a case inside a “what happened?” situation, such as fake images made with AI under images that have been shared; nothing for a situation without one.',
    params: {
      locale: 'The reader’s locale: the language of the line and of the guides’ titles where translated.',
      situation: 'The “what happened?” choice, one of the directory’s situations.',
    },
    examples: [
      {
        name: 'images shared',
        props: (locale) => ({ locale, situation: 'images-shared' as const }),
        shows: (locale) => ({
          text: [translator(locale, 'country')('alsoRead'), getGuide(locale, 'ai-fake-images')!.frontMatter.title],
          links: [localePath(locale, guidePath('ai-fake-images'))],
        }),
      },
      { name: 'a situation without one', props: (locale) => ({ locale, situation: 'sextortion' as const }), rendersNothing: true },
    ],
  }),
];
