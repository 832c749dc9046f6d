import { getFormatter, getTranslations } from 'next-intl/server';
import { EmergencyNumbers } from '@/components/report/EmergencyNumbers';
import { ChannelPhone } from '@/components/report/PhoneLink';
import type { NamedCountry } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { crisisLines } from '@/lib/channels/directory';
import { channelName } from '@/lib/channels/names';
import { isolateName } from '@/lib/bidi';
import { colonOf } from '@/lib/punctuation';
import { printUrl } from '@/lib/print-urls';
import { countryPath, localePath, reportSectionPath, siteUrl } from '@/lib/site';

/**
 * The suicide and crisis lines of some countries, one tap away; where the directory has none for a country, its
 * child helplines; where it has neither, its emergency numbers, so the "call one of these lines now" that comes
 * before is never left hanging (Indonesia has neither). For young people (`forYoungPeople`), the child helplines
 * and the crisis lines together.
 */
export async function CrisisLines({
  locale,
  countries,
  linkCountries = true,
  forYoungPeople = false,
}: {
  locale: Locale;
  countries: NamedCountry[];
  linkCountries?: boolean;
  forYoungPeople?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: forYoungPeople ? 'youngPeople.helplines' : 'crisis' });
  const colon = await colonOf(locale);
  const format = await getFormatter({ locale });
  const rows = countries
    .map((country) => {
      const crisis = crisisLines(country.country);
      const helplines = country.channels.filter((c) => c.handles.includes('child-helpline') && !crisis.includes(c));
      const lines = forYoungPeople ? [...helplines, ...crisis] : crisis.length > 0 ? crisis : helplines;
      return { country, lines: lines.filter((c) => c.phones.length > 0) };
    })
    .filter((row) => row.lines.length > 0 || row.country.emergency.length > 0);
  if (rows.length === 0) return null;
  const link = 'underline underline-offset-2';
  return (
    <section aria-label={t('title')} className="not-prose my-8 rounded-md border-s-4 border-sky-700 bg-sky-50 p-4 dark:border-sky-400 dark:bg-sky-950">
      <p className="text-lg font-bold">{t('title')}</p>
      <p className="mt-1">{t('intro')}</p>
      <ul className="mt-3 space-y-2">
        {rows.map(({ country, lines }) => {
          const page = localePath(locale, countryPath(country.country));
          return (
            <li key={country.country}>
              {(linkCountries || countries.length > 1) && (
                <span className="font-semibold">
                  {linkCountries ? (
                    <a className={link} href={page} data-print-url={printUrl(page, siteUrl)}>
                      {country.name}
                    </a>
                  ) : (
                    country.name
                  )}
                  {colon}
                </span>
              )}
              {lines.length === 0 ? (
                <EmergencyNumbers locale={locale} country={country} />
              ) : (
                <ul className="inline">
                  {lines.map((line, i) => (
                    <li key={line.id} className="inline">
                      {i > 0 && ' · '}
                      <span translate="no">{isolateName(channelName(line, locale), locale)}</span>{' '}
                      {/* A line's numbers are alternatives, joined the reader's way ("2389 2222或2389 2223"). */}
                      {format.list(
                        line.phones.map((phone) => <ChannelPhone key={`${phone.via}-${phone.tel ?? phone.display}`} locale={locale} phone={phone} />),
                        { type: 'disjunction' },
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {linkCountries && (
        <p className="mt-3">
          <a className={link} href={localePath(locale, reportSectionPath('countries'))}>
            {t('other')}
          </a>
        </p>
      )}
    </section>
  );
}
