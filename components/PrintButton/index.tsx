import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/** "Print this page": hidden until public/js/print.js runs; the browser's own Print command works without it. */
export async function PrintButton({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'guides' });
  return (
    <>
      <button
        type="button"
        hidden
        data-print=""
        className="inline-flex min-h-11 items-center rounded-md border-2 border-slate-700 px-4 py-2 font-semibold hover:bg-slate-100 dark:border-slate-300 dark:hover:bg-slate-800"
      >
        {t('print')}
      </button>
      <script type="module" src="/js/print.js" />
    </>
  );
}
