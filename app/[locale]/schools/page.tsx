import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageFrame } from '@/components/PageFrame';
import { listGuides } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { localePath, pageMetadata } from '@/lib/site';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('schools');
  return pageMetadata(locale, '/schools', { title: t('title'), description: t('description') });
}

export default async function SchoolsPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('schools');
  return (
    <PageFrame locale={locale} path="/schools">
      <div data-pagefind-body>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-4 text-lg">{t('intro')}</p>
        <ul className="mt-6 list-disc space-y-2 ps-6">
          {listGuides(locale).map((guide) => (
            <li key={guide.slug}>
              <a className="underline underline-offset-4" href={localePath(locale, `/guides/${guide.slug}`)}>
                {guide.frontMatter.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </PageFrame>
  );
}
