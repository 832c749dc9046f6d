import type { Metadata } from 'next';
import { PageFrame } from '@/components/PageFrame';
import { TranslatedArticle } from '@/components/TranslatedArticle';
import { Sources } from '@/components/Sources';
import { getContentPage, type ContentPageSlug } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { MdxContent } from '@/lib/mdx';
import { pageMetadata } from '@/lib/metadata';
import { contentPagePath } from '@/lib/site';

export function contentPageMetadata(locale: Locale, slug: ContentPageSlug): Promise<Metadata> {
  const { title, description } = getContentPage(locale, slug).frontMatter;
  return pageMetadata(locale, contentPagePath(slug), { title, description });
}

/** A page written in MDX (content/<locale>/pages/<slug>.mdx), laid out like a guide without the guide's extras. */
export async function ContentPageView({ locale, slug }: { locale: Locale; slug: ContentPageSlug }) {
  const page = getContentPage(locale, slug);
  const { title, summary, sources, reviewed } = page.frontMatter;
  return (
    <PageFrame locale={locale} path={contentPagePath(slug)}>
      <TranslatedArticle locale={locale} textLocale={page.textLocale} englishUpdated={page.englishUpdated} path={contentPagePath(slug)} searchTerms={page.frontMatter.searchTerms}>
        <h1 className="text-3xl font-bold leading-tight">{title}</h1>
        <p className="mt-4 text-lg">{summary}</p>
        <div className="prose prose-slate mt-6 max-w-none dark:prose-invert prose-a:underline-offset-2">
          <MdxContent source={page.body} file={page.file} bodyLine={page.bodyLine} locale={locale} />
        </div>
        <Sources locale={locale} sources={sources} reviewed={reviewed} />
      </TranslatedArticle>
    </PageFrame>
  );
}
