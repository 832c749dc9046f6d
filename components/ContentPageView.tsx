import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { Sources } from '@/components/Sources';
import { getContentPage, type ContentPageSlug } from '@/lib/content';
import { dirOf, type Locale } from '@/lib/locales';
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
  const t = await getTranslations({ locale, namespace: 'guides' });
  const pending = page.textLocale !== locale;
  const { title, summary, sources, reviewed } = page.frontMatter;
  return (
    <PageFrame locale={locale} path={contentPagePath(slug)}>
      {pending && (
        <p role="note" className="mb-6 rounded-md border border-amber-700 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950">
          {t('translationPending')}
        </p>
      )}
      <article
        lang={pending ? page.textLocale : undefined}
        dir={pending ? dirOf(page.textLocale) : undefined}
        data-pagefind-body={pending ? undefined : ''}
      >
        <h1 className="text-3xl font-bold leading-tight">{title}</h1>
        <p className="mt-4 text-lg">{summary}</p>
        <div className="prose prose-slate mt-6 max-w-none dark:prose-invert prose-a:underline-offset-2">
          <MdxContent source={page.body} file={page.file} locale={locale} />
        </div>
        <Sources locale={locale} sources={sources} reviewed={reviewed} />
      </article>
    </PageFrame>
  );
}
