import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import type { Locale } from '@/lib/locales';
import { localePath, siteName, sitePaths } from '@/lib/site';

/**
 * Two rows under the quick-exit bar: the site's name and "Get help now", then the navigation with the language
 * choice at its end. On a 390×844 phone the bar and the header take at most a quarter of the screen in every locale
 * (review M8; tests/e2e/header.test.ts measures it): the navigation wraps beside the language choice, never under it.
 */
export async function Header({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const link = 'inline-block py-2 underline-offset-4 hover:underline';
  return (
    <header className="border-b border-slate-300 dark:border-slate-700">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 pt-2">
        <a href={localePath(locale, sitePaths.home)} className="text-xl font-bold">
          {siteName}
        </a>
        {/* Calm blue, never the red of "Exit this page" (review H2): the two must not be mistaken for each other. */}
        <a
          href={localePath(locale, sitePaths.report)}
          className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 dark:bg-blue-200 dark:text-blue-950 dark:hover:bg-blue-100"
        >
          {t('getHelp')}
        </a>
      </div>
      <div className="mx-auto flex max-w-3xl items-start gap-x-4 px-4 pb-1 text-sm sm:text-base">
        <nav aria-label={t('label')} className="min-w-0 flex-1">
          <ul className="flex flex-wrap gap-x-4 sm:gap-x-5">
            <li>
              <a className={link} href={localePath(locale, sitePaths.guides)}>
                {t('guides')}
              </a>
            </li>
            <li>
              <a className={link} href={localePath(locale, sitePaths.report)}>
                {t('report')}
              </a>
            </li>
            <li>
              <a className={link} href={localePath(locale, sitePaths.schools)}>
                {t('schools')}
              </a>
            </li>
            <li>
              <a className={link} href={localePath(locale, sitePaths.search)}>
                {t('search')}
              </a>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher locale={locale} path={path} label={t('language')} />
      </div>
    </header>
  );
}
