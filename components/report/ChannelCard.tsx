import { getFormatter, getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/report/PhoneLink';
import type { Locale } from '@/lib/locales';
import type { Channel } from '@/lib/reporting-channels';

/** One reporting service: how to reach it, what it handles, whether it is anonymous, and where that was verified. */
export async function ChannelCard({ locale, channel }: { locale: Locale; channel: Channel }) {
  const t = await getTranslations({ locale, namespace: 'country' });
  const format = await getFormatter({ locale });
  const link = 'break-words underline underline-offset-2';
  return (
    <li id={channel.id} className="scroll-mt-4 rounded-md border border-slate-300 p-4 dark:border-slate-600">
      <h3 className="text-xl font-bold">
        {channel.name}
        {channel.localName && <> / {channel.localName}</>}
      </h3>
      {channel.operator && <p className="text-sm">{t('runBy', { operator: channel.operator })}</p>}
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {channel.url && (
          <>
            <dt className="font-semibold">{t('website')}</dt>
            <dd>
              <a className={link} href={channel.url} dir="ltr">
                {channel.url.replace(/^https:\/\//, '')}
              </a>
              {channel.localUrl && (
                <>
                  {' · '}
                  <a className={link} href={channel.localUrl} dir="ltr">
                    {channel.localUrl.replace(/^https:\/\//, '')}
                  </a>
                </>
              )}
            </dd>
          </>
        )}
        {(channel.phone || channel.shortCode) && (
          <>
            <dt className="font-semibold">{t('phone')}</dt>
            <dd>
              <PhoneLink number={(channel.phone ?? channel.shortCode)!} display={channel.phoneDisplay} />
              {channel.phoneNote && (
                <span dir="ltr" lang="en">
                  {' '}
                  ({channel.phoneNote})
                </span>
              )}
            </dd>
          </>
        )}
        <dt className="font-semibold">{t('handles')}</dt>
        <dd>{format.list(channel.handles.map((h) => t(`handle.${h}`)))}</dd>
        {channel.ages !== 'unknown' && (
          <>
            <dt className="font-semibold">{t('ages')}</dt>
            <dd lang="en">{channel.ages}</dd>
          </>
        )}
      </dl>
      <p className="mt-2">{t(`anonymous.${channel.anonymous}`)}</p>
      {channel.note && (
        <p className="mt-2">
          <span className="font-semibold">{t('details')}: </span>
          <span lang="en">{channel.note}</span>
        </p>
      )}
      {channel.checkOfficialSite && <p className="mt-2 font-semibold">{t('checkOfficialSite')}</p>}
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {t('verified', { date: format.dateTime(new Date(channel.verified), { dateStyle: 'long' }) })}
        {' · '}
        {t.rich('source', {
          source: () =>
            channel.source.url ? (
              <a className={link} href={channel.source.url} lang="en">
                {channel.source.title}
              </a>
            ) : (
              <span lang="en">{channel.source.title}</span>
            ),
        })}
      </p>
    </li>
  );
}
