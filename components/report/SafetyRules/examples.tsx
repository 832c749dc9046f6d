import { describeComponent } from '@/components/component-spec';
import { SafetyRules } from '.';

export default [
  describeComponent(SafetyRules, {
    name: 'SafetyRules',
    description: 'The three rules every reporting page repeats: never save the image, keep the messages, do not pay.',
    params: {
      locale: 'The reader’s locale: the language of the rules.',
      className: 'Extra classes that place the list on its page, such as the space above it.',
    },
    examples: [
      { name: 'default', props: (locale) => ({ locale }) },
      { name: 'with space above', props: (locale) => ({ locale, className: 'mt-4' }) },
    ],
  }),
];
