import { getTranslations } from 'next-intl/server';
import { quickExitUrl, type Locale } from '@/lib/locales';
import { contentPagePath, localePath } from '@/lib/site';

const DOTS = 3;

/**
 * "Exit this page", after GOV.UK Frontend's component: a real link to a neutral site, sticky at the top and mirrored
 * in right-to-left pages, hidden in print, with a "What is this?" link to the page that explains it. With
 * /js/quick-exit.js the page blanks and is replaced in the tab's history, and Shift pressed three times leaves too.
 */
export async function QuickExitBar({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'quickExit' });
  return (
    <div className="quick-exit-bar sticky top-0 z-40 border-b border-slate-300 bg-white print:hidden dark:border-slate-700 dark:bg-slate-950">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-end gap-x-4 gap-y-1 px-4 py-1.5">
        <a className="py-2 text-sm underline underline-offset-4" href={localePath(locale, contentPagePath('browse-safely'))}>
          {t('what')}
        </a>
        <a
          href={quickExitUrl(locale)}
          rel="nofollow noreferrer"
          data-quick-exit=""
          data-quick-exit-button=""
          data-loading={t('loading')}
          data-press-two={t('pressTwo')}
          data-press-one={t('pressOne')}
          data-expired={t('expired')}
          className="inline-flex min-h-11 flex-col items-center justify-center rounded-md bg-red-800 px-4 py-1 font-bold text-white underline-offset-4 hover:bg-red-900 hover:underline dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200"
        >
          <span>
            <span className="sr-only">{t('hidden')}, </span>
            {t('label')}
          </span>
          <span aria-hidden="true" className="quick-exit-dots">
            {Array.from({ length: DOTS }, (_, i) => (
              <span key={i} data-quick-exit-dot="" className="quick-exit-dot" />
            ))}
          </span>
        </a>
      </div>
      <div role="status" aria-live="polite" className="sr-only" data-quick-exit-status="" />
    </div>
  );
}

/** The second, visually hidden link right after the skip link, for keyboard and screen-reader users. */
export async function QuickExitSkip({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'quickExit' });
  return (
    <a
      href={quickExitUrl(locale)}
      rel="nofollow noreferrer"
      data-quick-exit=""
      className="skip-link bg-red-800 text-white dark:bg-red-300 dark:text-red-950"
    >
      {t('label')}
    </a>
  );
}
