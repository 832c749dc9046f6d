import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { SafetyRules } from '@/components/report/SafetyRules';
import type { Locale } from '@/lib/locales';
import { getCountry } from '@/lib/reporting-channels';
import { localePath } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('other');
  return pageMetadata(locale, '/report/other', { title: t('title'), description: t('description') });
}

/** The address of a channel in the directory data, so this page never holds a second copy of it. */
function channelUrl(country: string, id: string): string {
  const url = getCountry(country)?.channels.find((c) => c.id === id)?.url;
  if (!url) throw new Error(`content/channels/${country.toLowerCase()}.yaml has no channel "${id}" with a url`);
  return url;
}

export default async function OtherCountryPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('other');
  const report = await getTranslations('report');
  const link = 'font-semibold underline underline-offset-4';
  return (
    <PageFrame locale={locale} path="/report/other">
      <p>
        <a className="underline underline-offset-4" href={localePath(locale, '/report#countries')}>
          {report('countriesTitle')}
        </a>
      </p>
      {/* The way back to the country list is navigation: search indexes what follows. */}
      <div data-pagefind-body>
        <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
        <p className="danger-box mt-6 text-lg font-bold">
          {t('emergency')}
        </p>
        <h2 className="mt-10 text-2xl font-bold">{t('hotlinesTitle')}</h2>
        <p className="mt-2">{t('hotlines')}</p>
        <p className="mt-2">
          <a className={link} href={channelUrl('EU', 'inhope')}>
            {t('hotlinesLink')}
          </a>
        </p>
        <h2 className="mt-10 text-2xl font-bold">{t('takeItDownTitle')}</h2>
        <p className="mt-2">{t('takeItDown')}</p>
        <p className="mt-2">
          <a className={link} href={channelUrl('US', 'take-it-down')}>
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
