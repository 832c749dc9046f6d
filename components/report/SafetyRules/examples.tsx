import { describeComponent } from '@/components/component-spec';
import type { Locale } from '@/lib/locales';
import { translator } from '@/tests/components/next-intl-server';
import { SafetyRules } from '.';

/** The three rules, as a list. */
function rules(locale: Locale) {
  const t = translator(locale, 'report.safety');
  return { text: [t('neverSave'), t('keepMessages'), t('doNotPay')], roles: ['list', 'listitem'] };
}

export default [
  describeComponent(SafetyRules, {
    name: 'SafetyRules',
    description: 'The three rules every reporting page repeats: never save the image, keep the messages, do not pay.',
    params: {
      locale: 'The reader’s locale: the language of the rules.',
      className: 'Extra classes that place the list on its page, such as the space above it.',
    },
    examples: [
      { name: 'default', props: (locale) => ({ locale }), shows: rules },
      { name: 'with space above', props: (locale) => ({ locale, className: 'mt-4' }), shows: rules },
    ],
  }),
];
