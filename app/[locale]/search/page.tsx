import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { GuideList } from '@/components/GuideList';
import { PageFrame } from '@/components/PageFrame';
import { listGuides } from '@/lib/content';
import { situationGuides, situationIds } from '@/lib/channels/situations';
import type { Locale } from '@/lib/locales';
import { guidePath, localePath, sitePaths } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('search');
  return pageMetadata(locale, sitePaths.search, { title: t('title'), description: t('description') });
}

// A static page: the form sends ?q= back here, and the script (public/js/search.js) searches in the browser.
// Without JavaScript, the same page lists every guide with its summary.
export default async function SearchPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('search');
  const report = await getTranslations('report');
  const guides = listGuides(locale);
  return (
    <PageFrame locale={locale} path={sitePaths.search}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <div
        id="site-search"
        data-searching={t('searching')}
        data-results={t.raw('results') as string}
        data-no-results={t.raw('noResults') as string}
        data-error={t('error')}
      >
        <form role="search" method="get" action={localePath(locale, sitePaths.search)} className="mt-6">
          <label htmlFor="search-q" className="block text-lg font-semibold">
            {t('label')}
          </label>
          <p id="search-hint" className="mt-1 text-slate-700 dark:text-slate-300">
            {t('hint')}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <input
              id="search-q"
              type="search"
              name="q"
              aria-describedby="search-hint"
              autoComplete="off"
              enterKeyHint="search"
              className="min-w-0 flex-1 basis-56 rounded-md border-2 border-slate-600 bg-white px-3 py-2 text-lg text-slate-900 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100"
            />
            <button
              type="submit"
              className="rounded-md bg-slate-900 px-5 py-2 text-lg font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white"
            >
              {t('submit')}
            </button>
          </div>
        </form>
        <p id="search-status" role="status" aria-live="polite" aria-atomic="true" className="mt-6 text-lg font-semibold" />
        <div id="search-no-results" className="mt-2" hidden>
          {/* Nothing found: the six "what happened?" situations, each to its guide, before the other ways in. */}
          <h2 id="search-situations" className="text-xl font-bold">
            {t('situations')}
          </h2>
          <ul aria-labelledby="search-situations" className="mt-2 list-disc space-y-1 ps-6">
            {situationIds.map((id) => (
              <li key={id}>
                <a className="underline underline-offset-4" href={localePath(locale, guidePath(situationGuides[id]))}>
                  {report(`situations.${id}.title`)}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-4">{t('noResultsHelp')}</p>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            <li>
              <a className="underline underline-offset-4" href={localePath(locale, sitePaths.guides)}>
                {t('guidesLink')}
              </a>
            </li>
            <li>
              <a className="font-semibold underline underline-offset-4" href={localePath(locale, sitePaths.report)}>
                {t('reportLink')}
              </a>
            </li>
          </ul>
        </div>
        <section id="search-results-section" aria-labelledby="search-results-heading" className="mt-4" hidden>
          <h2 id="search-results-heading" className="sr-only">
            {t('resultsHeading')}
          </h2>
          {/* Filled by /js/search.js; the styles are here because the script only writes plain elements. */}
          <ol
            id="search-results"
            className="space-y-6 [&_a]:underline [&_a]:underline-offset-4 [&_h3]:text-lg [&_h3]:font-semibold [&_mark]:rounded-sm [&_mark]:bg-yellow-200 [&_mark]:px-0.5 [&_mark]:text-slate-950 dark:[&_mark]:bg-yellow-300 [&_p]:mt-1"
          />
        </section>
      </div>
      <script type="module" src="/js/search.js" />

      <section aria-labelledby="all-guides" className="mt-12">
        <h2 id="all-guides" className="text-2xl font-bold">
          {t('allGuides')}
        </h2>
        <noscript>
          <p className="mt-2">{t('noScript')}</p>
        </noscript>
        <GuideList locale={locale} guides={guides} id="all-guides-list" />
      </section>
    </PageFrame>
  );
}
