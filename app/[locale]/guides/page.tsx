import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { GuideList } from '@/components/GuideList';
import { PageFrame } from '@/components/PageFrame';
import { listGuides } from '@/lib/content';
import { guideGroups } from '@/lib/guide-schema';
import type { Locale } from '@/lib/locales';
import { pageMetadata } from '@/lib/metadata';
import { sitePaths } from '@/lib/site';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('guides');
  return pageMetadata(locale, sitePaths.guides, { title: t('title'), description: t('description') });
}

export default async function GuidesIndex() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('guides');
  const guides = listGuides(locale);
  return (
    <PageFrame locale={locale} path={sitePaths.guides}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('intro')}</p>
      {guideGroups.map((group) => {
        const inGroup = guides.filter((guide) => guide.frontMatter.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`} className="mt-10">
            <h2 id={`group-${group}`} className="text-2xl font-bold">
              {t(`groups.${group}`)}
            </h2>
            <GuideList locale={locale} guides={inGroup} />
          </section>
        );
      })}
    </PageFrame>
  );
}
