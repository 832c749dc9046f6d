import { getFormatter, getTranslations } from 'next-intl/server';
import type { Source } from '@/lib/guide-schema';
import type { Locale } from '@/lib/locales';

/** A page's sources and the day it was last reviewed, shown at its end. */
export async function Sources({ locale, sources, reviewed }: { locale: Locale; sources: Source[]; reviewed: string }) {
  const t = await getTranslations({ locale, namespace: 'guides' });
  const format = await getFormatter({ locale });
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'long' });
  return (
    <section aria-labelledby="sources" className="mt-12 border-t border-slate-300 pt-6 text-sm dark:border-slate-700">
      <h2 id="sources" className="text-lg font-bold">
        {t('sources')}
      </h2>
      <ul className="mt-3 list-disc space-y-2 ps-5">
        {sources.map((source) => (
          <li key={`${source.title}-${source.url ?? ''}`}>
            {source.url ? (
              <a className="underline underline-offset-2" href={source.url}>
                {source.title}
              </a>
            ) : (
              source.title
            )}
            , {source.publisher} ({t('sourceRead', { date: day(source.date) })})
          </li>
        ))}
      </ul>
      <p className="mt-4 font-semibold">{t('reviewed', { date: day(reviewed) })}</p>
    </section>
  );
}
