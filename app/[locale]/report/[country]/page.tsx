import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { ChannelCard } from '@/components/report/ChannelCard';
import { EmergencyNumbers } from '@/components/report/EmergencyNumbers';
import { countryName } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { channelsFor, getCountry, loadCountries, situationIds } from '@/lib/reporting-channels';
import { localePath } from '@/lib/site';
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
  return pageMetadata(locale, `/report/${country.country.toLowerCase()}`, {
    title: t('title', { country: name }),
    description: t('description', { country: name }),
  });
}

export default async function CountryPage({ params }: Props) {
  const { locale, country, name } = await load(params);
  const t = await getTranslations('country');
  const report = await getTranslations('report');
  const code = country.country.toLowerCase();
  const link = 'underline underline-offset-4';
  return (
    <PageFrame locale={locale} path={`/report/${code}`}>
      <p>
        <a className={link} href={localePath(locale, '/report#countries')}>
          {t('allCountries')}
        </a>
      </p>
      {/* The way back to the country list is navigation: search indexes what follows. */}
      <div data-pagefind-body>
        <h1 className="mt-2 text-3xl font-bold">{t('title', { country: name })}</h1>
        <p className="danger-box mt-6 text-lg font-bold">
          {t.rich('emergency', { numbers: () => <EmergencyNumbers locale={locale} country={country} /> })}
        </p>

        <section aria-labelledby="by-situation" className="mt-10">
          <h2 id="by-situation" className="text-2xl font-bold">
            {t('bySituation')}
          </h2>
          <dl className="mt-4 space-y-4">
            {situationIds.map((id) => {
              const channels = channelsFor(country.country, id);
              return (
                <div key={id}>
                  <dt className="font-semibold">{report(`situations.${id}.title`)}</dt>
                  <dd className="ms-4 mt-1">
                    {channels.length > 0 ? (
                      <ul className="list-disc ps-5">
                        {channels.map((c) => (
                          <li key={c.id}>
                            <a className={link} href={`#${c.id}`}>
                              {c.name}
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p>
                        {t('noService')}{' '}
                        <a className={link} href={localePath(locale, '/report/other')}>
                          {t('anyCountry')}
                        </a>
                      </p>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
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
