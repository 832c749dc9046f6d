import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import { contentPagePath, localePath } from '@/lib/site';

export async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  const link = 'underline underline-offset-4 py-2 inline-block';
  return (
    <footer className="mt-12 border-t border-slate-300 dark:border-slate-700">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm">
        <p className="text-base font-bold">{t('emergency')}</p>
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <a className={link} href={localePath(locale, contentPagePath('young-people'))}>
              {t('youngPeople')}
            </a>
          </li>
          <li>
            <a className={link} href={localePath(locale, contentPagePath('browse-safely'))}>
              {t('browseSafely')}
            </a>
          </li>
        </ul>
        <p>{t('about')}</p>
        <p>{t('reviewed')}</p>
      </div>
    </footer>
  );
}
