import { getTranslations } from 'next-intl/server';
import { EmergencyNumbers } from '@/components/report/EmergencyNumbers';
import { ChannelPhone } from '@/components/report/PhoneLink';
import { countriesByName, readersCountries, type NamedCountry } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { answerFor, crisisLines } from '@/lib/channels/directory';
import { channelName } from '@/lib/channels/names';
import { situationIds, type Situation } from '@/lib/channels/situations';
import { isolateName } from '@/lib/bidi';
import { colonOf } from '@/lib/punctuation';
import { countryPath, localePath } from '@/lib/site';

// The reader's country first, guessed on the device by public/js/country-first.js. Every country's help is in the
// page, built ahead of time, in one inert <template> per country (outside the DOM, so neither the browser nor axe
// walks 72 hidden blocks): the script puts the guessed country's block in place and moves its lines to the top of
// the lists they belong to. Without script, or with no guess, a reader sees what the page always showed: the
// countries where the language is read, then the full list further down. The templates stay out of the search index.

/** The script that reveals the guessed country's blocks: once on every page that has them. */
export function CountryFirstScript() {
  return <script type="module" src="/js/country-first.js" />;
}

/** A "what happened?" answer's line for one country: its first service, linking to that country's answer. */
function SituationLine({ locale, country, situation, colon }: { locale: Locale; country: NamedCountry; situation: Situation; colon: string }) {
  const first = answerFor(country.country, situation).first;
  const href = `${localePath(locale, countryPath(country.country))}#${situation}`;
  const link = 'font-semibold underline underline-offset-4';
  return first ? (
    <>
      {country.name}{colon}
      <a className={link} href={href} translate="no">
        {isolateName(channelName(first, locale), locale)}
      </a>
    </>
  ) : (
    <a className={link} href={href}>
      {country.name}
    </a>
  );
}

/** The line to call to talk now: a crisis line, or else a child helpline, with a number. */
export function talkLine(country: NamedCountry) {
  const crisis = crisisLines(country.country).filter((c) => c.phones.length > 0);
  return crisis[0] ?? country.channels.find((c) => c.handles.includes('child-helpline') && c.phones.length > 0);
}

/**
 * For the help box: the guessed country's emergency numbers, a line to talk to now, the first service its file
 * lists, its page, and "Not in <country>? Choose another". Every block waits in its template until the script shows one.
 */
export async function CountryHelp({ locale, chooseHref }: { locale: Locale; chooseHref: string }) {
  const colon = await colonOf(locale);
  const t = await getTranslations({ locale, namespace: 'countryFirst' });
  const link = 'underline underline-offset-2';
  return (
    <div data-pagefind-ignore="">
      {countriesByName(locale).map((country) => {
        const page = localePath(locale, countryPath(country.country));
        const talk = talkLine(country);
        const first = country.channels[0];
        return (
          <template key={country.country} data-country={country.country}>
            <div data-country={country.country} className="mt-3 border-s-4 border-current ps-3">
              <p className="font-bold">{t('title', { country: country.name })}</p>
              <ul className="mt-1 space-y-1">
                <li>
                  {t('emergency')} <EmergencyNumbers locale={locale} country={country} />
                </li>
                {talk && (
                  <li>
                    {t('talk')} <span translate="no">{isolateName(channelName(talk, locale), locale)}</span>{' '}
                    {talk.phones.map((phone, i) => (
                      <span key={`${phone.via}-${phone.tel ?? phone.display}`}>
                        {i > 0 && ', '}
                        <ChannelPhone locale={locale} phone={phone} />
                      </span>
                    ))}
                  </li>
                )}
                <li>
                  {t('first')}{' '}
                  <a className={link} href={`${page}#${first.id}`} translate="no">
                    {isolateName(channelName(first, locale), locale)}
                  </a>
                </li>
              </ul>
              <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
                <a className={`${link} font-semibold`} href={page}>
                  {t('page', { country: country.name })}
                </a>
                <a className={link} href={chooseHref}>
                  {t('notHere', { country: country.name })}
                </a>
              </p>
              {/* Moved by the script to the top of each "what happened?" answer (SituationFirst). */}
              <ul hidden>
                {situationIds.map((situation) => (
                  <li key={situation} data-country={country.country} data-situation={situation}>
                    <SituationLine locale={locale} country={country} situation={situation} colon={colon} />
                  </li>
                ))}
              </ul>
            </div>
          </template>
        );
      })}
    </div>
  );
}

/** The emergency numbers of the countries where the language is read, and the guessed country's first. */
export async function CountryEmergency({ locale }: { locale: Locale }) {
  const colon = await colonOf(locale);
  const own = readersCountries(locale);
  const others = countriesByName(locale).filter((c) => !own.some((o) => o.country === c.country));
  const line = (country: NamedCountry) => (
    <>
      {country.name}{colon}<EmergencyNumbers locale={locale} country={country} />
    </>
  );
  return (
    <ul className="mt-1 space-y-1">
      {own.map((country) => (
        <li key={country.country} data-country={country.country}>
          {line(country)}
        </li>
      ))}
      {others.map((country) => (
        <li key={country.country} data-country={country.country} hidden data-pagefind-ignore="">
          {line(country)}
        </li>
      ))}
    </ul>
  );
}

/**
 * A "what happened?" answer's first service in each country where the language is read ("Brasil: SaferNet Brasil"),
 * each linking to that country's answer, which says why and what else. The guessed country's line comes first: the
 * script moves it here from that country's CountryHelp block.
 */
export async function SituationFirst({ locale, situation }: { locale: Locale; situation: Situation }) {
  const colon = await colonOf(locale);
  return (
    <ul className="space-y-1" data-situation-list={situation}>
      {readersCountries(locale).map((country) => (
        <li key={country.country} data-country={country.country}>
          <SituationLine locale={locale} country={country} situation={situation} colon={colon} />
        </li>
      ))}
    </ul>
  );
}
