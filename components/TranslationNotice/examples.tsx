import { describeComponent } from '@/components/component-spec';
import { getGuide } from '@/lib/content';
import { defaultLocale, type Locale } from '@/lib/locales';
import { guidePath, localePath } from '@/lib/site';
import { formatter, translator } from '@/tests/components/next-intl-server';
import { staleNotice } from '@/tests/components/shows';
import { TranslationNotice, type TranslationNoticeText } from '.';

const slug = 'sextortion';
const englishHref = localePath(defaultLocale, guidePath(slug));
/** The day the English guide was last updated, as a stale translation is told it. */
const englishUpdated = getGuide(defaultLocale, slug)!.frontMatter.updated;

/** The notices' strings in `locale`, as TranslatedArticle gives them (guides.translationPending and translationStale). */
function text(locale: Locale): TranslationNoticeText {
  const t = translator(locale, 'guides');
  const date = englishUpdated ? formatter(locale).dateTime(new Date(englishUpdated), { dateStyle: 'long' }) : '';
  return { pending: t('translationPending'), stale: (link) => t.rich('translationStale', { date, link }) };
}

export default [
  describeComponent(TranslationNotice, {
    name: 'TranslationNotice',
    description:
      'What a reader is told about the language of a page: that a translation is coming, or that the English page has changed since it was translated.',
    params: {
      pending: 'Whether the text shown is the English one because the translation is still coming.',
      englishUpdated: 'The day the English page was updated, when this translation was made from an older English version.',
      englishHref: 'The address of the English page, for the link in the notice.',
      text: 'The notices’ words in the reader’s language.',
    },
    examples: [
      {
        name: 'a translation is coming',
        props: (locale) => ({ pending: true, englishHref, text: text(locale) }),
        shows: (locale) => ({ text: [translator(locale, 'guides')('translationPending')], roles: ['note'] }),
      },
      {
        name: 'the English has changed',
        props: (locale) => ({ pending: false, englishUpdated, englishHref, text: text(locale) }),
        shows: (locale) => ({ text: [staleNotice(locale, englishUpdated!)], links: [englishHref], roles: ['note', 'link'] }),
      },
      { name: 'a current translation', props: (locale) => ({ pending: false, englishHref, text: text(locale) }), rendersNothing: true },
    ],
  }),
];
