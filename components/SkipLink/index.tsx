import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/** The first focusable element on every page. */
export async function SkipLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  return (
    <a
      href="#main"
      className="skip-link bg-slate-900 text-white dark:bg-white dark:text-slate-900"
    >
      {t('skip')}
    </a>
  );
}
