import { describeComponent } from '@/components/component-spec';
import { getContentPage } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { contentPagePath } from '@/lib/site';
import { translator } from '@/tests/components/next-intl-server';
import { pageShows } from '@/tests/components/shows';
import { Letter, LetterView } from '.';

/** A letter as a family reads it: the greeting and sign-off in its language, and its QR code. */
function letter(locale: Locale) {
  const t = translator(getContentPage(locale, 'schools/letter').textLocale, 'kit.letter');
  return { text: [t('greeting'), t('signOff')], roles: ['article', 'img'] };
}

export default [
  describeComponent(Letter, {
    name: 'Letter',
    description:
      'One family’s letter home, in the family’s language where it is translated (in English until then), with blank lines for the school’s name, contact and date, and a QR code that opens the site in the family’s language.',
    params: { locale: 'The family’s locale: the language of the letter and of the site its QR code opens.' },
    examples: [{ name: 'a family’s letter', props: (locale) => ({ locale }), shows: (locale) => letter(locale) }],
  }),
  describeComponent(LetterView, {
    name: 'LetterView',
    description:
      'The letter page: how to use it, the fields and the choice of families’ languages (shown only with /js/letter.js), this language’s letter, every other language’s letter waiting in a template, and the letter’s sources. Only the letters print.',
    params: { locale: 'The school’s locale: the language of the page, and of the letter it shows first.' },
    examples: [
      {
        name: 'the page',
        props: (locale) => ({ locale }),
        shows: (locale) => pageShows(locale, contentPagePath('schools/letter'), { h1: getContentPage(locale, 'schools/letter').frontMatter.title, text: letter(locale).text }),
      },
    ],
  }),
];
