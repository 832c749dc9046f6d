import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { SafetyRules } from '@/components/report/SafetyRules';
import { CrisisLines } from '@/components/report/CrisisLines';
import { EmergencyNumbers } from '@/components/report/EmergencyNumbers';
import { MoreGuides } from '@/components/report/MoreGuides';
import { CountryFirstScript, CountryHelp, SituationFirst } from '@/components/report/CountryFirst';
import { countriesByName, countriesByRegion, readersCountries } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { situationGuides, situationIds } from '@/lib/channels/situations';
import { countryPath, guidePath, localePath, reportSections, sitePaths, situationAnswerId } from '@/lib/site';
import { colonOf } from '@/lib/punctuation';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('report');
  return pageMetadata(locale, sitePaths.report, { title: t('title'), description: t('description') });
}

/**
 * The hub, in the order a frightened parent needs it, all without JavaScript: the emergency numbers of the
 * countries where this language is read, their country pages, the "what happened?" choices, then every country by
 * region, and a compact table of every emergency number. With script, the reader's own country's help comes first
 * in the help box and in each answer (components/report/CountryFirst).
 */
export default async function ReportHub() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('report');
  const colon = await colonOf(locale);
  const own = readersCountries(locale);
  const link = 'underline underline-offset-4';
  const countryHref = (code: string) => localePath(locale, countryPath(code));
  return (
    <PageFrame locale={locale} path={sitePaths.report}>
      <div data-pagefind-body>
        <h1 className="text-3xl font-bold">{t('title')}</h1>

        <section aria-labelledby="danger" className="danger-box mt-6">
          <h2 id="danger" className="text-xl font-bold">
            {t('dangerTitle')}
          </h2>
          <CountryHelp locale={locale} chooseHref={`#${reportSections.countries}`} />
          <p className="mt-2">{t('dangerBody')}</p>
          <h3 className="mt-3 font-semibold">{t('emergencyNumbers')}</h3>
          <ul className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2">
            {own.map((country) => (
              <li key={country.country}>
                {country.name}{colon}<EmergencyNumbers locale={locale} country={country} />
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <a className={link} href={`#${reportSections.emergencyNumbers}`}>
              {t('emergencyElsewhere')}
            </a>
          </p>
        </section>

        <section aria-labelledby="your-countries" className="mt-8">
          <h2 id="your-countries" className="text-2xl font-bold">
            {t('yourCountries')}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-3">
            {own.map((country) => (
              <li key={country.country}>
                <a
                  className="inline-block rounded-md border border-slate-400 px-4 py-2 text-lg font-semibold underline underline-offset-4 dark:border-slate-500"
                  href={countryHref(country.country)}
                >
                  {country.name}
                </a>
              </li>
            ))}
            <li>
              <a className="inline-block px-4 py-2 text-lg underline underline-offset-4" href={`#${reportSections.countries}`}>
                {t('allCountriesLink')}
              </a>
            </li>
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
                {/* Linked from the home page: the margin keeps the summary above it in view, under the sticky bar. */}
                <div id={situationAnswerId(id)} className="scroll-mt-32 space-y-3 px-4 pb-4">
                  <h3 className="font-bold">{t('doNow')}</h3>
                  <p>{t(`situations.${id}.now`)}</p>
                  <h3 className="font-bold">{t('where')}</h3>
                  <p>{t(`situations.${id}.where`)}</p>
                  {/* The service to try first, named where the reader is (M4 of the December review): one tap to it. */}
                  <SituationFirst locale={locale} situation={id} />
                  <p>
                    <a className={link} href={`#${reportSections.countries}`}>
                      {t('allCountriesLink')}
                    </a>
                  </p>
                  {(id === 'child-told-me' || id === 'sextortion') && <CrisisLines locale={locale} countries={own} />}
                  <p>
                    <a className={link} href={localePath(locale, guidePath(situationGuides[id]))}>
                      {t('readGuide')}
                    </a>
                  </p>
                  <MoreGuides locale={locale} situation={id} />
                </div>
              </details>
            ))}
          </div>
          <h3 className="mt-6 text-lg font-bold">{t('safetyTitle')}</h3>
          <SafetyRules locale={locale} className="mt-2" />
        </section>

        {/* Other pages link to this section and the next (lib/site.ts, reportSectionPath). */}
        <section aria-labelledby={reportSections.countries} className="mt-10">
          <h2 id={reportSections.countries} className="scroll-mt-4 text-2xl font-bold">
            {t('countriesTitle')}
          </h2>
          <p className="mt-2">{t('countriesIntro')}</p>
          {countriesByRegion(locale).map(({ region, countries }) => (
            <section key={region} aria-labelledby={`region-${region}`} className="mt-6">
              <h3 id={`region-${region}`} className="text-xl font-bold">
                {t(`regions.${region}`)}
              </h3>
              <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
                {countries.map((country) => (
                  <li key={country.country}>
                    <a className={`${link} inline-block py-1 text-lg`} href={countryHref(country.country)}>
                      {country.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p className="mt-6">
            <a className={`${link} text-lg font-semibold`} href={localePath(locale, sitePaths.otherCountry)}>
              {t('otherCountry')}
            </a>
          </p>
        </section>

        <section aria-labelledby={reportSections.emergencyNumbers} className="mt-10">
          <h2 id={reportSections.emergencyNumbers} className="scroll-mt-4 text-2xl font-bold">
            {t('emergencyTable')}
          </h2>
          <table className="mt-4 w-full text-start">
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="py-1 text-start">
                  {t('emergencyTableCountry')}
                </th>
                <th scope="col" className="py-1 text-start">
                  {t('emergencyTableNumbers')}
                </th>
              </tr>
            </thead>
            <tbody>
              {countriesByName(locale).map((country) => (
                <tr key={country.country} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-1 pe-4 text-start font-normal">
                    <a className={link} href={countryHref(country.country)}>
                      {country.name}
                    </a>
                  </th>
                  <td className="py-1">
                    <EmergencyNumbers locale={locale} country={country} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <CountryFirstScript />
    </PageFrame>
  );
}
