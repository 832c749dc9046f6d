import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { SafetyRules } from '@/components/report/SafetyRules';
import type { Locale } from '@/lib/locales';
import { internationalChannel } from '@/lib/channels/directory';
import { localePath, reportSectionPath, sitePaths } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('other');
  return pageMetadata(locale, sitePaths.otherCountry, { title: t('title'), description: t('description') });
}

export default async function OtherCountryPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('other');
  const report = await getTranslations('report');
  const link = 'font-semibold underline underline-offset-4';
  return (
    <PageFrame locale={locale} path={sitePaths.otherCountry}>
      <p>
        <a className="underline underline-offset-4" href={localePath(locale, reportSectionPath('countries'))}>
          {report('countriesTitle')}
        </a>
      </p>
      {/* The way back to the country list is navigation: search indexes what follows. */}
      <div data-pagefind-body>
        <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
        <p className="danger-box mt-6 text-lg font-bold">
          {t('emergency')}
        </p>
        <p className="mt-2">
          <a className="underline underline-offset-4" href={localePath(locale, reportSectionPath('emergencyNumbers'))}>
            {report('emergencyElsewhere')}
          </a>
        </p>
        <h2 className="mt-10 text-2xl font-bold">{t('hotlinesTitle')}</h2>
        <p className="mt-2">{t('hotlines')}</p>
        <p className="mt-2">
          <a className={link} href={internationalChannel('inhope').url}>
            {t('hotlinesLink')}
          </a>
        </p>
        <h2 className="mt-10 text-2xl font-bold">{t('takeItDownTitle')}</h2>
        <p className="mt-2">{t('takeItDown')}</p>
        <p className="mt-2">
          <a className={link} href={internationalChannel('take-it-down').url}>
            {t('takeItDownLink')}
          </a>
        </p>
        <h2 className="mt-10 text-2xl font-bold">{t('platformTitle')}</h2>
        <p className="mt-2">{t('platform')}</p>
        <SafetyRules locale={locale} className="mt-6" />
      </div>
    </PageFrame>
  );
}
