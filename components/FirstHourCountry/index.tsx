import { getTranslations } from 'next-intl/server';
import { EmergencyNumbers } from '@/components/report/EmergencyNumbers';
import { ChannelPhone } from '@/components/report/PhoneLink';
import { CountryFirstScript, talkLine } from '@/components/report/CountryFirst';
import { countriesByName } from '@/lib/countries';
import { isolateName } from '@/lib/bidi';
import type { Locale } from '@/lib/locales';
import { printUrl } from '@/lib/print-urls';
import { answerFor } from '@/lib/channels/directory';
import { channelName } from '@/lib/channels/names';
import { type Channel } from '@/lib/channels/schema';
import { absoluteUrl, localePath, sitePaths, siteUrl } from '@/lib/site';

// The first-hour cards' help box (lib/kit.ts, countryCards): the numbers of the country the device is guessed to be in,
// and the country directory's address. Every country's block waits in an inert <template>; /js/country-first.js puts
// the guessed country's in place (components/report/CountryFirst). Without script, or without a guess, the box gives
// the directory's address, printed in full, which is what a card handed to someone else needs anyway.

const link = 'underline underline-offset-2';

/** A service: its name, linking to its own page, and its numbers; on paper its address too where it has no number. */
async function Service({ locale, channel }: { locale: Locale; channel: Channel }) {
  const name = isolateName(channelName(channel, locale), locale);
  return (
    <>
      {channel.url ? (
        <a
          className={`${link} font-semibold`}
          href={channel.url}
          data-print-url={channel.phones.length === 0 ? printUrl(channel.url, siteUrl) : undefined}
          translate="no"
        >
          {name}
        </a>
      ) : (
        <span className="font-semibold" translate="no">
          {name}
        </span>
      )}
      {channel.phones.map((phone) => (
        <span key={`${phone.via}-${phone.tel ?? phone.display}`}>
          {' '}
          <ChannelPhone locale={locale} phone={phone} />
        </span>
      ))}
    </>
  );
}

/**
 * The help box of a first-hour card: for parents, the emergency numbers, the service to report sextortion to and a
 * line for advice; for a young person, in their own register, the emergency numbers, a line to talk to now and where to
 * report. Then the address of every country's help.
 */
export async function FirstHourCountry({ locale, audience }: { locale: Locale; audience: 'parents' | 'young-people' }) {
  const t = await getTranslations({ locale, namespace: audience === 'parents' ? 'kit.firstHour' : 'youngPeople.firstHour' });
  const directory = localePath(locale, sitePaths.report);
  return (
    <section aria-labelledby="help-where-you-are" className="danger-box not-prose first-hour-country my-6">
      <h2 id="help-where-you-are" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p className="mt-1">{t('danger')}</p>
      <div data-pagefind-ignore="" className="country-slot">
        {countriesByName(locale).map((country) => {
          const report = answerFor(country.country, 'sextortion').first;
          const other = audience === 'parents' ? answerFor(country.country, 'child-told-me').first : talkLine(country);
          return (
            <template key={country.country} data-country={country.country}>
              <div data-country={country.country} className="mt-3 border-s-4 border-current ps-3">
                <p className="font-bold">{t('country', { country: country.name })}</p>
                <ul className="mt-1 space-y-1">
                  <li>
                    {t('emergency')} <EmergencyNumbers locale={locale} country={country} />
                  </li>
                  {report && (
                    <li>
                      {t('report')} <Service locale={locale} channel={report} />
                    </li>
                  )}
                  {other && other.id !== report?.id && (
                    <li>
                      {t('talk')} <Service locale={locale} channel={other} />
                    </li>
                  )}
                </ul>
              </div>
            </template>
          );
        })}
      </div>
      {/* The address says nothing search should find the card by. */}
      <p className="mt-3" data-pagefind-ignore="">
        {t('directory')}{' '}
        <a className={`${link} font-semibold break-all`} href={directory}>
          <span dir="ltr">{absoluteUrl(directory)}</span>
        </a>
      </p>
      <CountryFirstScript />
    </section>
  );
}
