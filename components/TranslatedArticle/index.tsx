import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import { TranslationNotice } from '@/components/TranslationNotice';
import { defaultLocale, dirOf, type Locale } from '@/lib/locales';
import { localePath } from '@/lib/site';

/**
 * The article of a page written in MDX (a guide, or a page such as young-people), in the language its text is in,
 * after the notice about its translation. While a translation is coming the English text is marked as English:
 * search then leaves it out of this locale's index. The page's searchTerms go to search as the "terms" metadata, which
 * public/js/search.js weighs strongly; an empty element carries them, so readers and screen readers never meet them.
 */
export async function TranslatedArticle({
  locale,
  textLocale,
  englishUpdated,
  path,
  searchTerms,
  searchWeight = 'situation',
  children,
}: {
  locale: Locale;
  textLocale: Locale;
  /** The English page's "updated" day, where this translation follows an older version. */
  englishUpdated?: string;
  /** The page's path without a locale, for the link to the English page. */
  path: string;
  /** The words people type for this page's situation (front matter), in the page's language. */
  searchTerms?: string[];
  /**
   * "case" for a page about one case inside a situation (a sheet of the kit, the guide on fake images): its words go to
   * search as "caseTerms", which weigh less, so a parent's words for the situation find the situation's guide first.
   */
  searchWeight?: 'situation' | 'case';
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'guides' });
  const format = await getFormatter({ locale });
  const pending = textLocale !== locale;
  const date = englishUpdated ? format.dateTime(new Date(englishUpdated), { dateStyle: 'long', timeZone: 'UTC' }) : '';
  return (
    <>
      <TranslationNotice
        pending={pending}
        englishUpdated={englishUpdated}
        englishHref={localePath(defaultLocale, path)}
        text={{ pending: t('translationPending'), stale: (link) => t.rich('translationStale', { date, link }) }}
      />
      <article lang={pending ? textLocale : undefined} dir={pending ? dirOf(textLocale) : undefined} data-pagefind-body={pending ? undefined : ''}>
        {!pending && searchTerms && searchTerms.length > 0 && <span data-pagefind-meta={`${searchWeight === 'case' ? 'caseTerms' : 'terms'}:${searchTerms.join(', ')}`} />}
        {children}
      </article>
    </>
  );
}
