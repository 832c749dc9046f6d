import { describeComponent } from '@/components/component-spec';
import { translator } from '@/tests/components/next-intl-server';
import type { Locale } from '@/lib/locales';
import { guidePath, sitePaths } from '@/lib/site';
import { LanguageSwitcher } from '.';

/** The name the header gives the switcher (nav.language in messages/<locale>.json). */
const label = (locale: Locale): string => translator(locale, 'nav')('language');

export default [
  describeComponent(LanguageSwitcher, {
    name: 'LanguageSwitcher',
    description: 'The same page in every other language, each named in itself, behind one disclosure that opens without script.',
    params: {
      locale: 'The reader’s locale: the language shown as the current one.',
      path: 'The page’s path without a locale, for the links to it in the other languages.',
      label: 'The name of the navigation and of the disclosure, in the reader’s language.',
    },
    examples: [
      { name: 'on the home page', props: (locale) => ({ locale, path: sitePaths.home, label: label(locale) }) },
      { name: 'on a guide', props: (locale) => ({ locale, path: guidePath('sextortion'), label: label(locale) }) },
    ],
  }),
];
