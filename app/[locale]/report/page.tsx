import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import type { Locale } from '@/lib/locales';
import { pageMetadata } from '@/lib/site';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('report');
  return pageMetadata(locale, '/report', { title: t('title'), description: t('description') });
}

export default async function ReportPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('report');
  return (
    <PageFrame locale={locale} path="/report">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg font-semibold">{t('intro')}</p>
    </PageFrame>
  );
}
