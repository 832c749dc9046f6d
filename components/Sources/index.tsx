import { getTranslations } from 'next-intl/server';
import { Day } from '@/components/Day';
import { Heading } from '@/components/Heading';
import { isolateName } from '@/lib/bidi';
import type { Source } from '@/lib/guide-schema';
import type { Locale } from '@/lib/locales';

/**
 * A page's sources and the day it was last reviewed, shown at its end (an h2), or under one section (an h3 with
 * its own id). Every source links to the page it names.
 */
export async function Sources({
  locale,
  sources,
  reviewed,
  id = 'sources',
  level = 2,
}: {
  locale: Locale;
  sources: Source[];
  reviewed: string;
  id?: string;
  level?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: 'guides' });
  return (
    <section
      aria-labelledby={id}
      className={
        level === 2 ? 'mt-12 border-t border-slate-300 pt-6 text-sm dark:border-slate-700' : 'mt-6 text-sm'
      }
    >
      <Heading locale={locale} level={level} id={id} className={level === 2 ? 'text-lg font-bold' : 'text-base font-bold'}>
        {t('sources')}
      </Heading>
      <ul className="mt-3 list-disc space-y-2 ps-5">
        {sources.map((source) => (
          <li key={`${source.title}-${source.url}`}>
            <a className="underline underline-offset-2" href={source.url} data-print-url={source.url} lang={source.lang ?? 'en'}>
              {isolateName(source.title, locale)}
            </a>
            , <span translate="no">{isolateName(source.publisher, locale)}</span>
            <span className="source-read"> ({t.rich('sourceRead', { date: () => <Day locale={locale} iso={source.date} /> })})</span>
          </li>
        ))}
      </ul>
      <p className="mt-4 font-semibold">{t.rich('reviewed', { date: () => <Day locale={locale} iso={reviewed} /> })}</p>
    </section>
  );
}
