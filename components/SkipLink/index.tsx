import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/** The first focusable element on every page. */
export async function SkipLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-slate-900 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:start-2 focus:top-2 dark:bg-white dark:text-slate-900"
    >
      {t('skip')}
    </a>
  );
}
