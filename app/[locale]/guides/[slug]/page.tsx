import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { TranslatedArticle } from '@/components/TranslatedArticle';
import { PrintButton } from '@/components/PrintButton';
import { QrCode } from '@/components/QrCode';
import { Sources } from '@/components/Sources';
import { getGuide, guideSlugs } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { MdxContent } from '@/lib/mdx';
import { guidePath, pageUrl, shareImagePath, siteName } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return guideSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const locale = (await getLocale()) as Locale;
  const guide = getGuide(locale, (await params).slug);
  if (!guide) notFound();
  return { locale, guide };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, guide } = await load(params);
  const { title, description } = guide.frontMatter;
  // The share card shows the site's name and the title, in the language of the text.
  const image = { path: shareImagePath(locale, guide.slug), alt: `${siteName}: ${title}` };
  return pageMetadata(locale, guidePath(guide.slug), { title, description, image });
}

export default async function GuidePage({ params }: Props) {
  const { locale, guide } = await load(params);
  const t = await getTranslations('guides');
  const { title, summary, ageBands, sources, reviewed } = guide.frontMatter;
  // The same address as the page's canonical link: a printed page leads back to this guide in this language.
  const url = pageUrl(locale, guidePath(guide.slug));
  return (
    <PageFrame locale={locale} path={guidePath(guide.slug)}>
      <TranslatedArticle locale={locale} textLocale={guide.textLocale} englishUpdated={guide.englishUpdated} path={guidePath(guide.slug)}>
        <h1 className="text-3xl font-bold leading-tight">{title}</h1>
        <p className="mt-4 text-lg">{summary}</p>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {t('ageBands', { bands: ageBands.join(', ') })}
        </p>
        <div className="prose prose-slate mt-6 max-w-none dark:prose-invert prose-a:underline-offset-2">
          <MdxContent source={guide.body} file={guide.file} locale={locale} />
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
