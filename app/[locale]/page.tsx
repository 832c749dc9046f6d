import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { CountryEmergency, CountryFirstScript } from '@/components/report/CountryFirst';
import type { Locale } from '@/lib/locales';
import type { Situation } from '@/lib/channels/situations';
import { contentPagePath, guidePath, localePath, reportSectionPath, sitePaths, situationAnswerPath } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('home');
  return pageMetadata(locale, sitePaths.home, { title: t('title'), description: t('description') });
}

// The front door, by situation, in the order a parent is most likely to need it: each leads to its "what to do now"
// answer on the reporting hub (which opens it and names the service in the reader's country), or to its guide.
const situations: { id: Situation | 'harmed-someone' | 'fake-images'; path: string }[] = [
  { id: 'sextortion', path: situationAnswerPath('sextortion') },
  { id: 'sexual-talk-or-requests', path: situationAnswerPath('sexual-talk-or-requests') },
  { id: 'images-shared', path: situationAnswerPath('images-shared') },
  { id: 'fake-images', path: guidePath('ai-fake-images') },
  { id: 'child-told-me', path: situationAnswerPath('child-told-me') },
  { id: 'found-images', path: situationAnswerPath('found-images') },
  { id: 'harmed-someone', path: guidePath('if-your-child-harmed-someone') },
];

export default async function HomePage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('home');
  const report = await getTranslations('report');
  const getHelp = await getTranslations('getHelp');
  const button = 'inline-block rounded-md px-5 py-3 font-semibold';
  const link = 'underline underline-offset-4';
  return (
    <PageFrame locale={locale} path={sitePaths.home}>
      <h1 className="text-3xl font-bold leading-tight">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('intro1')}</p>

      <section aria-labelledby="what-is-happening" className="mt-8">
        <h2 id="what-is-happening" className="text-2xl font-bold">
          {t('situationsTitle')}
        </h2>
        <p className="mt-2">{t('situationsIntro')}</p>
        <ul className="mt-4 space-y-3">
          {situations.map(({ id, path }) => (
            <li key={id}>
              <a
                className={`${link} block rounded-md border border-slate-400 p-4 text-lg font-semibold dark:border-slate-500`}
                href={localePath(locale, path)}
              >
                {t(`situations.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="young-people"
        className="mt-8 rounded-md border-s-4 border-sky-700 bg-sky-50 p-4 dark:border-sky-400 dark:bg-sky-950"
      >
        <h2 id="young-people" className="text-xl font-bold">
          {t('youngTitle')}
        </h2>
        <p className="mt-2">
          <a className={`${link} font-semibold`} href={localePath(locale, contentPagePath('young-people'))}>
            {t('youngLink')}
          </a>
        </p>
      </section>

      <section aria-labelledby="danger" className="danger-box mt-8">
        <h2 id="danger" className="text-xl font-bold">
          {report('dangerTitle')}
        </h2>
        <CountryEmergency locale={locale} />
        <p className="mt-2">
          <a className={link} href={localePath(locale, reportSectionPath('emergencyNumbers'))}>
            {getHelp('elsewhere')}
          </a>
        </p>
      </section>

      <section aria-labelledby="schools" className="mt-8">
        <h2 id="schools" className="text-xl font-bold">
          {t('schoolsTitle')}
        </h2>
        <p className="mt-2">
          <a className={link} href={localePath(locale, sitePaths.schools)}>
            {t('schoolsLink')}
          </a>
        </p>
      </section>

      <div className="mt-8 space-y-4 text-lg">
        <p>{t('intro2')}</p>
        <p>{t('intro3')}</p>
      </div>
      <p className="mt-8 flex flex-wrap gap-4">
        <a
          className={`${button} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white`}
          href={localePath(locale, sitePaths.guides)}
        >
          {t('guidesCta')}
        </a>
        <a
          className={`${button} bg-blue-800 text-white hover:bg-blue-900 dark:bg-blue-200 dark:text-blue-950 dark:hover:bg-blue-100`}
          href={localePath(locale, sitePaths.report)}
        >
          {t('reportCta')}
        </a>
      </p>
      <CountryFirstScript />
    </PageFrame>
  );
}
