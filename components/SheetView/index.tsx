import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FirstHourCountry } from '@/components/FirstHourCountry';
import { PageFrame } from '@/components/PageFrame';
import { PrintButton } from '@/components/PrintButton';
import { QrCode } from '@/components/QrCode';
import { Sources } from '@/components/Sources';
import { TranslatedArticle } from '@/components/TranslatedArticle';
import { getContentPage } from '@/lib/content';
import { countryCards, type SheetSlug } from '@/lib/kit';
import { dirOf, type Locale } from '@/lib/locales';
import { MdxContent } from '@/lib/mdx';
import { pageMetadata } from '@/lib/metadata';
import { contentPagePath, pageUrl } from '@/lib/site';

export function sheetMetadata(locale: Locale, slug: SheetSlug): Promise<Metadata> {
  const { title, description } = getContentPage(locale, slug).frontMatter;
  return pageMetadata(locale, contentPagePath(slug), { title, description });
}

/**
 * A printable sheet of the schools' and families' kit (lib/kit.ts): the MDX page, the reader's country's help on a
 * first-hour card, its sources, and a QR code back to the page in this language. On paper the site's header, navigation,
 * quick exit and footer drop away (app/globals.css, [data-print-sheet]).
 */
export async function SheetView({ locale, slug }: { locale: Locale; slug: SheetSlug }) {
  const t = await getTranslations({ locale, namespace: 'kit' });
  const guides = await getTranslations({ locale, namespace: 'guides' });
  const page = getContentPage(locale, slug);
  const { title, summary, sources, reviewed, searchTerms } = page.frontMatter;
  const path = contentPagePath(slug);
  const url = pageUrl(locale, path);
  const card = slug in countryCards ? countryCards[slug as keyof typeof countryCards] : undefined;
  return (
    <PageFrame locale={locale} path={path}>
      <div data-print-sheet={slug} className="print-sheet">
        {/* On paper the code and the address stand at the top, beside the title (app/globals.css); on screen, at the end. */}
        <div className="sheet-print-qr hidden print:block">
          <QrCode url={url} label={guides('qrLabel', { url })} className="block size-[24mm]" />
          <p dir="ltr">{url}</p>
        </div>
        <TranslatedArticle locale={locale} textLocale={page.textLocale} englishUpdated={page.englishUpdated} path={path} searchTerms={searchTerms} searchWeight="case">
          <h1 className="text-3xl font-bold leading-tight">{title}</h1>
          <p className="sheet-summary mt-4 text-lg">{summary}</p>
          {/* The help box speaks the reader's language, whatever the text below is written in. */}
          {card && (
            <div lang={page.textLocale !== locale ? locale : undefined} dir={page.textLocale !== locale ? dirOf(locale) : undefined}>
              <FirstHourCountry locale={locale} audience={card} />
            </div>
          )}
          <div className="prose prose-slate mt-6 max-w-none dark:prose-invert prose-a:underline-offset-2">
            <MdxContent source={page.body} file={page.file} locale={locale} />
          </div>
          <div className="sheet-sources">
            <Sources locale={locale} sources={sources} reviewed={reviewed} />
          </div>
        </TranslatedArticle>
        <figure className="sheet-qr mt-10 flex flex-wrap items-center gap-x-6 gap-y-4 border-t border-slate-300 pt-6 print:hidden dark:border-slate-700">
          <QrCode url={url} label={guides('qrLabel', { url })} className="size-28 shrink-0" />
          <figcaption className="min-w-0 flex-1 basis-56">
            <p>{t('qrCaption')}</p>
            <p className="mt-1 text-sm break-all">
              <span dir="ltr">{url}</span>
            </p>
            <p className="mt-3">
              <PrintButton locale={locale} />
            </p>
          </figcaption>
        </figure>
      </div>
    </PageFrame>
  );
}
