import { describeComponent } from '@/components/component-spec';
import { defaultLocale } from '@/lib/locales';
import { localePath } from '@/lib/site';
import { translator } from '@/tests/components/next-intl-server';
import { staleNotice } from '@/tests/components/shows';
import { TranslatedArticle } from '.';

const text = 'Stop replying. Do not pay. Keep the messages.';
const body = <p>{text}</p>;
const path = '/guides/sextortion';

export default [
  describeComponent(TranslatedArticle, {
    name: 'TranslatedArticle',
    description:
      'The article of an MDX page in the language its text is in, after what the reader is told about its translation.',
    params: {
      locale: 'The reader’s locale.',
      textLocale: 'The language the text is in: the reader’s, or English while a translation is coming.',
      englishUpdated: 'The English page’s "updated" day, when this translation follows an older English version.',
      path: 'The page’s path without a locale, for the link to the English page.',
      searchTerms: 'The words people type for the page’s situation (front matter `searchTerms`), given to search as metadata; never shown.',
      searchWeight: 'Whether the page is about a situation, or about one case inside one (a sheet, the guide on fake images), whose words weigh less in search.',
      children: 'The rendered MDX body.',
    },
    examples: [
      {
        name: 'a current translation',
        props: (locale) => ({ locale, textLocale: locale, path, searchTerms: ['blackmail', 'nudes', 'wants money'], children: body }),
        shows: { text: [text], roles: ['article'] },
      },
      {
        name: 'the English text while a translation is coming',
        props: (locale) => ({ locale, textLocale: 'en' as const, path, children: body }),
        // The notice and the English text marked as English, except for a reader of English.
        shows: (locale) =>
          locale === defaultLocale
            ? { text: [text], roles: ['article'] }
            : { text: [translator(locale, 'guides')('translationPending'), text], roles: ['note', 'article'], lang: [defaultLocale], dir: ['ltr'] },
      },
      {
        name: 'a translation of an older English version',
        props: (locale) => ({ locale, textLocale: locale, englishUpdated: '2026-12-15', path, children: body }),
        shows: (locale) => ({ text: [staleNotice(locale, '2026-12-15'), text], links: [localePath(defaultLocale, path)], roles: ['note', 'link', 'article'] }),
      },
    ],
  }),
];
