import { getFormatter, getTranslations } from 'next-intl/server';
import { Day } from '@/components/Day';
import { isolateLtr, isolateName } from '@/lib/bidi';
import { ChannelPhone } from '@/components/report/PhoneLink';
import type { Locale } from '@/lib/locales';
import { channelName, operatorName } from '@/lib/channels/names';
import { type Channel } from '@/lib/channels/schema';

/** Ages as a structured range, written in the reader's language. */
function agesKey(ages: NonNullable<Channel['ages']>): 'agesRange' | 'agesMin' | 'agesMax' {
  if (ages.min !== undefined && ages.max !== undefined) return 'agesRange';
  return ages.min !== undefined ? 'agesMin' : 'agesMax';
}

/** One service: how to reach it, what it takes and does not, whether it is anonymous, and where that was seen. */
export async function ChannelCard({ locale, channel }: { locale: Locale; channel: Channel }) {
  const t = await getTranslations({ locale, namespace: 'country' });
  const format = await getFormatter({ locale });
  const link = 'break-words underline underline-offset-2';
  return (
    <li id={channel.id} className="scroll-mt-4 rounded-md border border-slate-300 p-4 dark:border-slate-600">
      {/* Official names are not translated. */}
      <h3 className="text-xl font-bold" translate="no">
        {isolateName(channelName(channel, locale), locale)}
      </h3>
      {channel.operator && (
        <p className="text-sm">
          {t.rich('runBy', { operator: () => <span translate="no">{isolateName(operatorName(channel, locale)!, locale)}</span> })}
        </p>
      )}
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {channel.url && (
          <>
            <dt className="font-semibold">{t('website')}</dt>
            <dd>
              {[channel.url, channel.localUrl].filter(Boolean).map((url, i) => (
                <span key={url}>
                  {i > 0 && ' · '}
                  <a className={link} href={url} dir="ltr" translate="no">
                    {url!.replace(/^https?:\/\//, '')}
                  </a>
                </span>
              ))}
            </dd>
          </>
        )}
        {channel.phones.length > 0 && (
          <>
            <dt className="font-semibold">{t('phone')}</dt>
            <dd>
              <ul>
                {channel.phones.map((phone) => (
                  <li key={`${phone.via}-${phone.tel ?? phone.display}`}>
                    <ChannelPhone locale={locale} phone={phone} />
                  </li>
                ))}
              </ul>
              <p className="text-sm">{t(`hours.${channel.hours}`)}</p>
            </dd>
          </>
        )}
        <dt className="font-semibold">{t('handles')}</dt>
        <dd>{format.list(channel.handles.map((h) => t(`handle.${h}`)))}</dd>
        {channel.ages && (
          <>
            <dt className="font-semibold">{t('ages')}</dt>
            <dd>{t(agesKey(channel.ages), { min: channel.ages.min ?? 0, max: channel.ages.max ?? 0 })}</dd>
          </>
        )}
      </dl>
      {channel.excludes.length > 0 && (
        <p className="mt-2">{t('excludes', { list: format.list(channel.excludes.map((e) => t(`exclusion.${e}`))) })}</p>
      )}
      <p className="mt-2">{t(`anonymous.${channel.anonymous}`)}</p>
      {channel.needsId && <p className="mt-2 font-semibold">{t('needsId')}</p>}
      {channel.sendUrlOnly && <p className="mt-2 font-semibold">{t('sendUrlOnly')}</p>}
      {channel.note && <p className="mt-2">{isolateLtr(channel.note[locale], locale)}</p>}
      {channel.checkOfficialSite && <p className="mt-2 font-semibold">{t('checkOfficialSite')}</p>}
      <div className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        <p>{t.rich('verified', { date: () => <Day locale={locale} iso={channel.verified} /> })}</p>
        <p>
          {t('sources')}{' '}
          {channel.sources.map((source, i) => (
            <span key={source.url}>
              {i > 0 && ' · '}
              <a className={link} href={source.url} lang={source.lang}>
                {isolateName(source.title, locale)}
              </a>
              {source.publisher && <span translate="no"> ({isolateName(source.publisher, locale)})</span>}
            </span>
          ))}
        </p>
      </div>
    </li>
  );
}
