import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { QrCode } from '@/components/QrCode';
import { Sources } from '@/components/Sources';
import { TranslationNotice } from '@/components/TranslationNotice';
import { getContentPage } from '@/lib/content';
import { letterFields, type LetterField } from '@/lib/kit';
import { defaultLocale, dirOf, localeNames, locales, type Locale } from '@/lib/locales';
import { MdxContent } from '@/lib/mdx';
import { pageMetadata } from '@/lib/metadata';
import { contentPagePath, localePath, pageUrl } from '@/lib/site';

// The letter home (issue 25): the same letter in every locale, content/<locale>/pages/schools/letter.mdx, around the
// lines a school fills in. The page shows its own locale's letter and prints it with blank lines; with
// /js/letter.js a school types its name, contact and date, chooses its families' languages and prints one letter for
// each, or a copy in two languages (the school's beside the family's) for staff. Every locale's letter waits in a
// <template> for the script.

const slug = 'schools/letter' as const;
const path = contentPagePath(slug);

export function letterMetadata(locale: Locale): Promise<Metadata> {
  const { title, description } = getContentPage(locale, slug).frontMatter;
  return pageMetadata(locale, path, { title, description });
}

/** A line the school fills in: blank on paper until /js/letter.js writes what was typed into it. */
function Fill({ field }: { field: LetterField }) {
  return <span data-fill={field} className="letter-fill" />;
}

/**
 * One family's letter, in that family's language where the letter is translated (in English until then, with its
 * own lines in English too), and a QR code that opens the site in the family's language.
 */
export async function Letter({ locale }: { locale: Locale }) {
  const page = getContentPage(locale, slug);
  const text = page.textLocale;
  const t = await getTranslations({ locale: text, namespace: 'kit.letter' });
  const url = pageUrl(locale);
  return (
    <article
      data-letter={locale}
      lang={text}
      dir={dirOf(text)}
      className="letter rounded-md border border-slate-400 p-4 print:rounded-none print:border-0 print:p-0 dark:border-slate-500"
    >
      <div className="letter-head">
        <p className="letter-school">
          <Fill field="school" />
        </p>
        <p>
          {t('date')} <Fill field="date" />
        </p>
      </div>
      <p className="mt-6">{t('greeting')}</p>
      <div className="letter-body prose prose-slate mt-3 max-w-none dark:prose-invert prose-a:underline-offset-2">
        <MdxContent source={page.body} file={page.file} locale={text} />
      </div>
      <p className="mt-4">
        {t('questions')} <Fill field="contact" />
      </p>
      <p className="mt-4">{t('signOff')}</p>
      <p className="letter-school mt-1">
        <Fill field="school" />
      </p>
      <figure className="letter-qr mt-6 flex items-center gap-4">
        <QrCode url={url} label={t('qrLabel', { url })} className="size-24 shrink-0 print:size-[22mm]" />
        <figcaption className="min-w-0 text-sm">
          <p>{t('qrCaption', { language: localeNames[locale] })}</p>
          <p className="mt-1 break-all font-semibold">
            <span dir="ltr">{url}</span>
          </p>
        </figcaption>
      </figure>
    </article>
  );
}

/**
 * The letter page: how to use it, the fields and language choice (shown only with script), this locale's letter, the
 * letter in every other language (inert until chosen), links to the page in each language, and the letter's sources.
 * Only the letters print.
 */
export async function LetterView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'kit.letter' });
  const guides = await getTranslations({ locale, namespace: 'guides' });
  const format = await getFormatter({ locale });
  const page = getContentPage(locale, slug);
  const { title, summary, sources, reviewed, searchTerms } = page.frontMatter;
  const pending = page.textLocale !== locale;
  const date = page.englishUpdated ? format.dateTime(new Date(page.englishUpdated), { dateStyle: 'long', timeZone: 'UTC' }) : '';
  const field = 'mt-1 block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 dark:border-slate-400 dark:bg-slate-900';
  const link = 'underline underline-offset-4';
  return (
    <PageFrame locale={locale} path={path}>
      <div data-print-sheet={slug} className="print-sheet" data-pagefind-body={pending ? undefined : ''}>
        {!pending && searchTerms && <span data-pagefind-meta={`caseTerms:${searchTerms.join(', ')}`} />}
        <div className="letter-intro print:hidden">
          <TranslationNotice
            pending={pending}
            englishUpdated={page.englishUpdated}
            englishHref={localePath(defaultLocale, path)}
            text={{ pending: guides('translationPending'), stale: (a) => guides.rich('translationStale', { date, link: a }) }}
          />
          <div lang={pending ? page.textLocale : undefined} dir={pending ? dirOf(page.textLocale) : undefined}>
            <h1 className="text-3xl font-bold leading-tight">{title}</h1>
            <p className="mt-4 text-lg">{summary}</p>
          </div>
          <p className="mt-4">{t('howTo')}</p>

          {/* Shown by /js/letter.js: without it there is nothing to type into, and the letter prints with blank lines. */}
          <form data-letter-form="" data-school-locale={locale} hidden className="mt-6 space-y-6 rounded-md border border-slate-400 p-4 dark:border-slate-500" data-pagefind-ignore="">
            <fieldset className="space-y-3">
              <legend className="text-lg font-bold">{t('fieldsTitle')}</legend>
              {letterFields.map((name) => (
                <label key={name} className="block">
                  <span className="font-semibold">{t(`fields.${name}`)}</span>
                  <input
                    type={name === 'date' ? 'date' : 'text'}
                    name={name}
                    data-letter-field={name}
                    autoComplete={name === 'school' ? 'organization' : 'off'}
                    className={field}
                  />
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend className="text-lg font-bold">{t('languagesTitle')}</legend>
              <p className="mt-1">{t('languagesIntro')}</p>
              <ul className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
                {locales.map((l) => {
                  const english = getContentPage(l, slug).textLocale !== l;
                  return (
                    <li key={l}>
                      <label className="inline-flex min-h-11 items-center gap-2">
                        <input type="checkbox" name="language" value={l} defaultChecked={l === locale} data-letter-language="" className="size-5" />
                        <span lang={l} dir={dirOf(l)}>
                          {localeNames[l]}
                        </span>
                        {english && <span className="text-sm">{t('inEnglish')}</span>}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
            <label className="flex min-h-11 items-start gap-2">
              <input type="checkbox" name="pair" data-letter-pair="" className="mt-1 size-5 shrink-0" />
              <span>{t('pair', { language: localeNames[locale] })}</span>
            </label>
            <p role="status" aria-live="polite" data-letter-status="" data-none={t('none')} data-ready={t.raw('ready') as string} />
            <button
              type="button"
              hidden
              data-print=""
              className="inline-flex min-h-11 items-center rounded-md border-2 border-slate-700 px-4 py-2 font-semibold hover:bg-slate-100 dark:border-slate-300 dark:hover:bg-slate-800"
            >
              {t('print')}
            </button>
          </form>
          <h2 className="mt-8 text-xl font-bold">{t('preview')}</h2>
        </div>

        <div data-letters="" className="letters mt-4">
          <Letter locale={locale} />
        </div>

        {/* Every language's letter, for the script to copy; inert, unread by search and by screen readers until shown. */}
        <div data-pagefind-ignore="all" hidden>
          {locales.map((l) => (
            <template key={l} data-letter-template={l}>
              <Letter locale={l} />
            </template>
          ))}
        </div>

        <div className="letter-intro print:hidden">
          <h2 className="mt-10 text-xl font-bold">{t('otherLanguages')}</h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {locales
              .filter((l) => l !== locale)
              .map((l) => (
                <li key={l}>
                  <a className={link} href={localePath(l, path)} hrefLang={l} lang={l} dir={dirOf(l)}>
                    {localeNames[l]}
                  </a>
                </li>
              ))}
          </ul>
          <Sources locale={locale} sources={sources} reviewed={reviewed} />
        </div>
      </div>
      <script type="module" src="/js/print.js" />
      <script type="module" src="/js/letter.js" />
    </PageFrame>
  );
}
