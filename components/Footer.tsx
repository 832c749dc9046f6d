import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

export async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  return (
    <footer className="mt-12 border-t border-slate-300 dark:border-slate-700">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm">
        <p className="text-base font-bold">{t('emergency')}</p>
        <p>{t('about')}</p>
        <p>{t('reviewed')}</p>
      </div>
    </footer>
  );
}
