import { getFormatter, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { PrintButton } from '@/components/PrintButton';
import { QrCode } from '@/components/QrCode';
import { Sources } from '@/components/Sources';
import { TranslatedArticle } from '@/components/TranslatedArticle';
import { isolateLtr } from '@/lib/bidi';
import { situationMoreGuides } from '@/lib/channels/situations';
import type { Guide } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { MdxContent } from '@/lib/mdx';
import { guidePath, pageUrl } from '@/lib/site';

// The guides about one case inside a situation (fake images made with AI, inside shared images).
const caseGuides = new Set(Object.values(situationMoreGuides).flat());

/** A guide's page: its article in the language its text is in, its sources, and a QR code and print button for schools. */
export async function GuideView({ locale, guide }: { locale: Locale; guide: Guide }) {
  const t = await getTranslations({ locale, namespace: 'guides' });
  const format = await getFormatter({ locale });
  const { title, summary, ageBands, sources, reviewed } = guide.frontMatter;
  // The same address as the page's canonical link: a printed page leads back to this guide in this language.
  const url = pageUrl(locale, guidePath(guide.slug));
  return (
    <PageFrame locale={locale} path={guidePath(guide.slug)}>
      <TranslatedArticle locale={locale} textLocale={guide.textLocale} englishUpdated={guide.englishUpdated} path={guidePath(guide.slug)} searchTerms={guide.frontMatter.searchTerms}
        searchWeight={caseGuides.has(guide.slug) ? 'case' : 'situation'}>
        <h1 className="text-3xl font-bold leading-tight">{title}</h1>
        <p className="mt-4 text-lg">{summary}</p>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {isolateLtr(t('ageBands', { bands: format.list(ageBands) }), locale)}
        </p>
        <div className="prose prose-slate mt-6 max-w-none dark:prose-invert prose-a:underline-offset-2">
          <MdxContent source={guide.body} file={guide.file} bodyLine={guide.bodyLine} locale={locale} />
        </div>
        <Sources locale={locale} sources={sources} reviewed={reviewed} />
      </TranslatedArticle>
      <figure className="guide-qr mt-10 flex flex-wrap items-center gap-x-6 gap-y-4 border-t border-slate-300 pt-6 dark:border-slate-700">
        <QrCode url={url} label={t('qrLabel', { url })} className="size-28 shrink-0 print:size-[38mm]" />
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
    </PageFrame>
  );
}
