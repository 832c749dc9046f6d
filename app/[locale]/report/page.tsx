import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { SafetyRules } from '@/components/report/SafetyRules';
import { EmergencyNumbers } from '@/components/report/EmergencyNumbers';
import { countriesByName } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { situationGuides, situationIds } from '@/lib/reporting-channels';
import { localePath } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('report');
  return pageMetadata(locale, '/report', { title: t('title'), description: t('description') });
}

export default async function ReportHub() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('report');
  const countries = countriesByName(locale);
  const link = 'underline underline-offset-4';
  return (
    <PageFrame locale={locale} path="/report">
      <div data-pagefind-body>
        <h1 className="text-3xl font-bold">{t('title')}</h1>

        <section aria-labelledby="danger" className="danger-box mt-6">
          <h2 id="danger" className="text-xl font-bold">
            {t('dangerTitle')}
          </h2>
          <p className="mt-2">{t('dangerBody')}</p>
          <h3 className="mt-3 font-semibold">{t('emergencyNumbers')}</h3>
          <ul className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2">
            {countries.map((country) => (
              <li key={country.country}>
                {country.name}: <EmergencyNumbers locale={locale} country={country} />
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="what-happened" className="mt-10">
          <h2 id="what-happened" className="text-2xl font-bold">
            {t('whatHappened')}
          </h2>
          <p className="mt-2">{t('whatHappenedIntro')}</p>
          <div className="mt-4 space-y-3">
            {situationIds.map((id) => (
              <details key={id} id={id} className="rounded-md border border-slate-400 dark:border-slate-500">
                <summary className="cursor-pointer p-4 text-lg font-semibold">{t(`situations.${id}.title`)}</summary>
                <div className="space-y-3 px-4 pb-4">
                  <h3 className="font-bold">{t('doNow')}</h3>
                  <p>{t(`situations.${id}.now`)}</p>
                  <h3 className="font-bold">{t('where')}</h3>
                  <p>{t(`situations.${id}.where`)}</p>
                  <p>
                    <a className={link} href="#countries">
                      {t('countriesTitle')}
                    </a>
                    {' · '}
                    <a className={link} href={localePath(locale, `/guides/${situationGuides[id]}`)}>
                      {t('readGuide')}
                    </a>
                  </p>
                </div>
              </details>
            ))}
          </div>
          <h3 className="mt-6 text-lg font-bold">{t('safetyTitle')}</h3>
          <SafetyRules locale={locale} className="mt-2" />
        </section>

        <section aria-labelledby="countries" className="mt-10">
          <h2 id="countries" className="scroll-mt-4 text-2xl font-bold">
            {t('countriesTitle')}
          </h2>
          <ul className="mt-4 grid gap-2 sm:grid-cols-2">
            {countries.map((country) => (
              <li key={country.country}>
                <a className={`${link} text-lg`} href={localePath(locale, `/report/${country.country.toLowerCase()}`)}>
                  {country.name}
                </a>
              </li>
            ))}
            <li>
              <a className={`${link} text-lg font-semibold`} href={localePath(locale, '/report/other')}>
                {t('otherCountry')}
              </a>
            </li>
          </ul>
        </section>
      </div>
    </PageFrame>
  );
}
