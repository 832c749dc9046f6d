import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import type { Locale } from '@/lib/locales';
import { localePath, sitePaths } from '@/lib/site';

export async function Header({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const site = await getTranslations({ locale, namespace: 'site' });
  const link = 'underline-offset-4 hover:underline py-2 inline-block';
  return (
    <header className="border-b border-slate-300 dark:border-slate-700">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <a href={localePath(locale, sitePaths.home)} className="text-xl font-bold">
          {site('name')}
        </a>
        <a
          href={localePath(locale, sitePaths.report)}
          className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200"
        >
          {t('getHelp')}
        </a>
      </div>
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 pb-2">
        <nav aria-label={t('label')}>
          <ul className="flex flex-wrap gap-x-5">
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
