import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import type { Locale } from '@/lib/locales';
import { localePath, sitePaths } from '@/lib/site';

// The 404 page of each locale, prerendered like every other page; scripts/postbuild.ts names it out/<locale>/404.html.
// Every server answers an unknown address under /<locale>/ with it and status 404: server/site.mjs, and the nginx
// snippet and _redirects that lib/build/manifest.ts writes.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notFound');
  return { title: t('title'), description: t('description'), robots: { index: false } };
}

export default async function NotFound() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('notFound');
  const link = 'underline underline-offset-4';
  return (
    <PageFrame locale={locale} path={sitePaths.home}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('body')}</p>
      <ul className="mt-6 list-disc space-y-2 ps-6 text-lg">
        <li>
          <a className={link} href={localePath(locale, sitePaths.home)}>
            {t('home')}
          </a>
        </li>
        <li>
          <a className={link} href={localePath(locale, sitePaths.guides)}>
            {t('guides')}
          </a>
        </li>
        <li>
          <a className={`${link} font-semibold`} href={localePath(locale, sitePaths.report)}>
            {t('report')}
          </a>
        </li>
      </ul>
    </PageFrame>
  );
}
