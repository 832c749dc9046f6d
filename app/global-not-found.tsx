import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { SkipLink } from '@/components/SkipLink';
import { defaultLocale, dirOf, isLocale } from '@/lib/locales';
import { localePath } from '@/lib/site';
import './globals.css';

// Every unknown address lands here (notFound() inside a page is not server-rendered by Next 16,
// so pages use dynamicParams = false instead). The proxy tells us the reader's locale.
async function readerLocale() {
  const locale = (await headers()).get('X-NEXT-INTL-LOCALE');
  return isLocale(locale) ? locale : defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await readerLocale(), namespace: 'notFound' });
  return { title: `${t('title')} · Haven`, description: t('description'), referrer: 'no-referrer' };
}

export default async function GlobalNotFound() {
  const locale = await readerLocale();
  const t = await getTranslations({ locale, namespace: 'notFound' });
  const link = 'underline underline-offset-4';
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body>
        <SkipLink locale={locale} />
        <PageFrame locale={locale} path="/">
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-4 text-lg">{t('body')}</p>
          <ul className="mt-6 list-disc space-y-2 ps-6 text-lg">
            <li>
              <a className={link} href={localePath(locale, '/')}>
                {t('home')}
              </a>
            </li>
            <li>
              <a className={link} href={localePath(locale, '/guides')}>
                {t('guides')}
              </a>
            </li>
            <li>
              <a className={`${link} font-semibold`} href={localePath(locale, '/report')}>
                {t('report')}
              </a>
            </li>
          </ul>
        </PageFrame>
      </body>
    </html>
  );
}
