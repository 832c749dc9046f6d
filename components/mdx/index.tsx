import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { EmergencyNumbers } from '@/components/report/EmergencyNumbers';
import { CrisisLines } from '@/components/report/CrisisLines';
import { readersCountries } from '@/lib/countries';
import { defaultLocale, type Locale } from '@/lib/locales';
import { answerFor } from '@/lib/channels/directory';
import { channelName } from '@/lib/channels/names';
import { situationIds, type Situation } from '@/lib/channels/situations';
import { printUrl } from '@/lib/print-urls';
import { colonOf } from '@/lib/punctuation';
import { isolateName } from '@/lib/bidi';
import { countryPath, localePath, reportSectionPath, sitePaths, siteUrl } from '@/lib/site';
import { siteContact, type SiteContact as Contact } from '@/lib/site-contact';

// The components guide authors may use in MDX (docs/authoring.md). All render on the server.

type CalloutType = 'info' | 'warning' | 'danger';

const calloutStyles: Record<CalloutType, string> = {
  info: 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950',
  warning: 'border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-amber-950',
  danger: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950',
};

export async function Callout({
  locale,
  type = 'info',
  title,
  children,
}: {
  locale: Locale;
  type?: CalloutType;
  title?: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'components' });
  if (!(type in calloutStyles)) throw new Error(`<Callout type="${type}">: type must be info, warning or danger`);
  return (
    <div className={`callout my-6 rounded-md border-s-4 px-4 py-1 ${calloutStyles[type]}`}>
      <p className="font-bold">
        <span className="sr-only">{t(`callout.${type}`)}: </span>
        {title ?? t(`callout.${type}`)}
      </p>
      {children}
    </div>
  );
}

export function Steps({ children }: { children: ReactNode }) {
  return <div className="steps">{children}</div>;
}

export function Checklist({ children }: { children: ReactNode }) {
  return <div className="checklist">{children}</div>;
}

/** The danger-now box: the emergency numbers and where to report, for parents or, in their own words, for young people. */
export async function GetHelp({ locale, audience }: { locale: Locale; audience: 'parents' | 'young-people' }) {
  const t = await getTranslations({ locale, namespace: audience === 'parents' ? 'getHelp' : 'youngPeople.getHelp' });
  const colon = await colonOf(locale);
  const report = localePath(locale, sitePaths.report);
  const emergencyNumbers = localePath(locale, reportSectionPath('emergencyNumbers'));
  return (
    <section aria-label={t('title')} className="danger-box not-prose my-8">
      <p className="text-lg font-bold">{t('title')}</p>
      <p className="mt-2">{t('emergency')}</p>
      <ul className="mt-1">
        {readersCountries(locale).map((country) => (
          <li key={country.country}>
            {country.name}{colon}<EmergencyNumbers locale={locale} country={country} />
          </li>
        ))}
      </ul>
      <p className="mt-1">
        <a className="underline underline-offset-2" href={emergencyNumbers} data-print-url={printUrl(emergencyNumbers, siteUrl)}>
          {t('elsewhere')}
        </a>
      </p>
      <p className="mt-2">{t('report')}</p>
      <p className="mt-3">
        <a className="font-semibold underline underline-offset-2" href={report} data-print-url={printUrl(report, siteUrl)}>
          {t('link')}
        </a>
      </p>
    </section>
  );
}

/** The services that answer one situation in the countries where the locale is read, each linking into the directory. */
export async function Channels({ locale, situation }: { locale: Locale; situation: Situation }) {
  if (!situationIds.includes(situation)) {
    throw new Error(`<Channels situation="${situation}">: situation must be one of ${situationIds.join(', ')}`);
  }
  const t = await getTranslations({ locale, namespace: 'channels' });
  const colon = await colonOf(locale);
  const link = 'underline underline-offset-2';
  const all = localePath(locale, reportSectionPath('countries'));
  return (
    <section aria-label={t('title')} className="channels-box not-prose my-8 rounded-md border border-slate-400 p-4 dark:border-slate-500">
      <p className="text-lg font-bold">{t('title')}</p>
      <p className="mt-1">{t('intro')}</p>
      <ul className="mt-3 space-y-1">
        {readersCountries(locale).map((country) => {
          // The country page's first answer, then the rest; where none is confirmed, the row says so first.
          const answer = answerFor(country.country, situation);
          const shown = answer.first ? [answer.first, ...answer.others] : [];
          const page = localePath(locale, countryPath(country.country));
          return (
            <li key={country.country}>
              <a className={`${link} font-semibold`} href={`${page}#${situation}`} data-print-url={printUrl(`${page}#${situation}`, siteUrl)}>
                {country.name}
              </a>
              {colon}
              {shown.length === 0 ? (
                <span>
                  {t('none')} <EmergencyNumbers locale={locale} country={country} />
                </span>
              ) : (
                <>
                  {!answer.confirmed && <span>{t('unconfirmed')} </span>}
                  {shown.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ' · '}
                      <a className={link} href={`${page}#${c.id}`} data-print-url={printUrl(`${page}#${c.id}`, siteUrl)} translate="no">
                        {isolateName(channelName(c, locale), locale)}
                      </a>
                    </span>
                  ))}
                </>
              )}
            </li>
          );
        })}
        <li>
          <a className={`${link} font-semibold`} href={all} data-print-url={printUrl(all, siteUrl)}>
            {t('other')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/**
 * How to reach the people who run this copy of the site (SITE_CONTACT, lib/site-contact.ts), or, when the build was
 * given none, a plain statement that there is none: never an address made up here.
 */
export async function SiteContact({ locale, contact }: { locale: Locale; contact: Contact | undefined }) {
  const t = await getTranslations({ locale, namespace: 'siteContact' });
  return (
    <section aria-label={t('title')} className="not-prose my-6 rounded-md border border-slate-400 p-4 dark:border-slate-500">
      <p className="font-bold">{t('title')}</p>
      {contact ? (
        <p className="mt-1">
          {t(contact.kind)}{' '}
          {/* An address reads left to right in every language. */}
          <a className="break-all font-semibold underline underline-offset-2" href={contact.href} dir="ltr" translate="no">
            {contact.address}
          </a>
        </p>
      ) : (
        <p className="mt-1" data-site-contact="none">
          {t('none')}
        </p>
      )}
    </section>
  );
}

/** The component map for one locale (components that show interface text need it). */
export function mdxComponents(locale: Locale) {
  return {
    Callout: (props: Omit<Parameters<typeof Callout>[0], 'locale'>) => <Callout locale={locale} {...props} />,
    Steps,
    Checklist,
    GetHelp: () => <GetHelp locale={locale} audience="parents" />,
    GetHelpForYoungPeople: () => <GetHelp locale={locale} audience="young-people" />,
    Channels: ({ situation }: { situation: Situation }) => <Channels locale={locale} situation={situation} />,
    CrisisLines: () => <CrisisLines locale={locale} countries={readersCountries(locale)} />,
    Helplines: () => <CrisisLines locale={locale} countries={readersCountries(locale)} forYoungPeople />,
    SiteContact: () => <SiteContact locale={locale} contact={siteContact()} />,
  };
}

/**
 * The names a guide may use, the keys of the map above. lib/mdx-safety.ts refuses every other element, in the
 * build (lib/mdx.tsx) and in `npm run check:content`.
 */
export const mdxComponentNames = Object.keys(mdxComponents(defaultLocale)) as ReadonlyArray<keyof ReturnType<typeof mdxComponents>>;
