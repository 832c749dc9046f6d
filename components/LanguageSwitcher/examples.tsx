import { describeComponent } from '@/components/component-spec';
import { translator } from '@/tests/components/next-intl-server';
import { localeNames, locales, type Locale } from '@/lib/locales';
import { guidePath, localePath, sitePaths } from '@/lib/site';
import { LanguageSwitcher } from '.';

/** The name the header gives the switcher (nav.language in messages/<locale>.json). */
const label = (locale: Locale): string => translator(locale, 'nav')('language');

/** A navigation named in the reader's language; every language's name in itself, the others linking to this page in them. */
function switcher(locale: Locale, path: string) {
  const others = locales.filter((l) => l !== locale);
  return {
    text: locales.map((l) => localeNames[l]),
    links: others.map((l) => localePath(l, path)),
    roles: ['navigation', 'group', 'list', 'link'],
    labels: [label(locale)],
    lang: [...locales],
  };
}

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
      { name: 'on the home page', props: (locale) => ({ locale, path: sitePaths.home, label: label(locale) }), shows: (locale) => switcher(locale, sitePaths.home) },
      { name: 'on a guide', props: (locale) => ({ locale, path: guidePath('sextortion'), label: label(locale) }), shows: (locale) => switcher(locale, guidePath('sextortion')) },
    ],
  }),
];
