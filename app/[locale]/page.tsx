import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import type { Locale } from '@/lib/locales';
import { localePath, sitePaths } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('home');
  return pageMetadata(locale, sitePaths.home, { title: t('title'), description: t('description') });
}

export default async function HomePage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('home');
  const button = 'inline-block rounded-md px-5 py-3 font-semibold';
  return (
    <PageFrame locale={locale} path={sitePaths.home}>
      <h1 className="text-3xl font-bold leading-tight">{t('title')}</h1>
      <div className="mt-6 space-y-4 text-lg">
        <p>{t('intro1')}</p>
        <p>{t('intro2')}</p>
        <p>{t('intro3')}</p>
      </div>
      <p className="mt-8 flex flex-wrap gap-4">
        <a
          className={`${button} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white`}
          href={localePath(locale, sitePaths.guides)}
        >
          {t('guidesCta')}
        </a>
        <a
          className={`${button} bg-blue-800 text-white hover:bg-blue-900 dark:bg-blue-200 dark:text-blue-950 dark:hover:bg-blue-100`}
          href={localePath(locale, sitePaths.report)}
        >
          {t('reportCta')}
        </a>
      </p>
    </PageFrame>
  );
}
