import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { dirOf, type Locale } from '@/lib/locales';

/**
 * The article of a page written in MDX (a guide, or a page such as young-people), in the language its text is in.
 * While a translation is coming, a notice says so in the reader's language and the English text is marked as English:
 * search then leaves it out of this locale's index.
 */
export async function TranslatedArticle({ locale, textLocale, children }: { locale: Locale; textLocale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'guides' });
  const pending = textLocale !== locale;
  return (
    <>
      {pending && (
        <p role="note" className="mb-6 rounded-md border border-amber-700 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950">
          {t('translationPending')}
        </p>
      )}
      <article lang={pending ? textLocale : undefined} dir={pending ? dirOf(textLocale) : undefined} data-pagefind-body={pending ? undefined : ''}>
        {children}
      </article>
    </>
  );
}
