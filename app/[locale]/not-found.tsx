import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import type { Locale } from '@/lib/locales';
import { localePath } from '@/lib/site';

export default async function NotFound() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('notFound');
  const site = await getTranslations('site');
  return (
    <PageFrame locale={locale} path="/">
      <title>{`${t('title')} · ${site('name')}`}</title>
      <meta name="robots" content="noindex" />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('body')}</p>
      <ul className="mt-6 list-disc space-y-2 ps-6 text-lg">
        <li>
          <a className="underline underline-offset-4" href={localePath(locale, '/')}>
            {t('home')}
          </a>
        </li>
        <li>
          <a className="underline underline-offset-4" href={localePath(locale, '/guides')}>
            {t('guides')}
          </a>
        </li>
        <li>
          <a className="font-semibold underline underline-offset-4" href={localePath(locale, '/report')}>
            {t('report')}
          </a>
        </li>
      </ul>
    </PageFrame>
  );
}
