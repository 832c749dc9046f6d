import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { ChannelCard } from '@/components/report/ChannelCard';
import { CrisisLines } from '@/components/report/CrisisLines';
import { EmergencyNumbers } from '@/components/report/EmergencyNumbers';
import { MoreGuides } from '@/components/report/MoreGuides';
import { countryName } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { answerFor, getCountry, internationalChannel, loadCountries } from '@/lib/channels/directory';
import { channelName } from '@/lib/channels/names';
import { type Channel } from '@/lib/channels/schema';
import { anyCountryOptions, situationIds } from '@/lib/channels/situations';
import { isolateName } from '@/lib/bidi';
import { countryPath, localePath, reportSectionPath, sitePaths } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

// An unknown code (/en/report/zz) is not generated and gets the localized 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return loadCountries().map((c) => ({ country: c.country.toLowerCase() }));
}

type Props = { params: Promise<{ country: string }> };

async function load(params: Props['params']) {
  const locale = (await getLocale()) as Locale;
  const country = getCountry((await params).country)!;
  return { locale, country, name: countryName(locale, country.country) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, country, name } = await load(params);
  const t = await getTranslations('country');
  return pageMetadata(locale, countryPath(country.country), {
    title: t('title', { country: name }),
    description: t('description', { country: name }),
  });
}

export default async function CountryPage({ params }: Props) {
  const { locale, country, name } = await load(params);
  const t = await getTranslations('country');
  const report = await getTranslations('report');
  const link = 'underline underline-offset-4';
  const emergencySources = country.emergency.flatMap((e) => e.sources ?? []);
  const channelLinks = (channels: Channel[]) => (
    <ul className="list-disc ps-5">
      {channels.map((c) => (
        <li key={c.id}>
          <a className={link} href={`#${c.id}`} translate="no">
            {isolateName(channelName(c, locale), locale)}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <PageFrame locale={locale} path={countryPath(country.country)}>
      <p>
        <a className={link} href={localePath(locale, reportSectionPath('countries'))}>
          {t('allCountries')}
        </a>
      </p>
      {/* The way back to the country list is navigation: search indexes what follows. */}
      <div data-pagefind-body>
        <h1 className="mt-2 text-3xl font-bold">{t('title', { country: name })}</h1>
        <p className="danger-box mt-6 text-lg font-bold">
          {country.emergency.length > 0
            ? t.rich('emergency', { numbers: () => <EmergencyNumbers locale={locale} country={country} /> })
            : t('emergencyUnknown')}
        </p>
        {emergencySources.length > 0 && (
          <p className="mt-2 text-sm">
            {t('sources')}{' '}
            {emergencySources.map((source, i) => (
              <span key={source.url}>
                {i > 0 && ' · '}
                <a className={link} href={source.url} lang={source.lang}>
                  {isolateName(source.title, locale)}
                </a>
              </span>
            ))}
          </p>
        )}
        {country.status === 'partial' && <p className="mt-4 font-semibold">{t('partial')}</p>}

        <CrisisLines locale={locale} countries={[{ ...country, name }]} linkCountries={false} />

        {/* The same six situations on every country page: left out of search, which would otherwise rank ~70 country
            pages for "blackmailed" or "images" and make those words count for nothing in a guide. */}
        <section aria-labelledby="by-situation" className="mt-10" data-pagefind-ignore="">
          <h2 id="by-situation" className="text-2xl font-bold">
            {t('bySituation')}
          </h2>
          <dl className="mt-4 space-y-4">
            {situationIds.map((id) => {
              const answer = answerFor(country.country, id);
              const anywhere = anyCountryOptions[id].map(internationalChannel);
              return (
                <div key={id} id={id} className="scroll-mt-4" data-confirmed={answer.confirmed ? 'yes' : 'no'}>
                  <dt className="font-semibold">{report(`situations.${id}.title`)}</dt>
                  <dd className="ms-4 mt-1 space-y-1">
                    <p>
                      {!answer.confirmed && <>{t('answer.unconfirmed')} </>}
                      {answer.first ? (
                        <>
                          <strong>
                            {t.rich('answer.start', {
                              name: channelName(answer.first, locale),
                              // The name as every other name is shown: isolated in right-to-left text.
                              link: () => (
                                <a className={link} href={`#${answer.first!.id}`} translate="no" data-first="">
                                  {isolateName(channelName(answer.first!, locale), locale)}
                                </a>
                              ),
                            })}
                          </strong>{' '}
                          {answer.reasons.map((r) => t(`answer.reason.${r}`)).join(' ')}
                        </>
                      ) : country.emergency.length > 0 ? (
                        <strong>{t.rich('answer.startPolice', { numbers: () => <EmergencyNumbers locale={locale} country={country} /> })}</strong>
                      ) : (
                        t('emergencyUnknown')
                      )}
                    </p>
                    {answer.others.length > 0 && (
                      <>
                        <p>{answer.confirmed ? t('answer.others') : t('answer.othersHelp')}</p>
                        {channelLinks(answer.others)}
                      </>
                    )}
                    {anywhere.length > 0 && (
                      <p>
                        {t('anyCountry')}{' '}
                        {anywhere.map((c, i) => (
                          <span key={c.id}>
                            {i > 0 && ' · '}
                            <a className={link} href={c.url} translate="no">
                              {isolateName(channelName(c, locale), locale)}
                            </a>
                          </span>
                        ))}
                      </p>
                    )}
                    <MoreGuides locale={locale} situation={id} />
                  </dd>
                </div>
              );
            })}
          </dl>
          <p className="mt-4">
            <a className={link} href={localePath(locale, sitePaths.otherCountry)}>
              {t('otherOptions')}
            </a>
          </p>
        </section>

        <section aria-labelledby="services" className="mt-10">
          <h2 id="services" className="text-2xl font-bold">
            {t('services')}
          </h2>
          <ul className="mt-4 space-y-4">
            {country.channels.map((channel) => (
              <ChannelCard key={channel.id} locale={locale} channel={channel} />
            ))}
          </ul>
        </section>
      </div>
    </PageFrame>
  );
}
