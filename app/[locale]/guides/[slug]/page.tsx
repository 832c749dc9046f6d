import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { GuideView } from '@/components/GuideView';
import { getGuide, guideSlugs } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { guidePath, shareImagePath, siteName } from '@/lib/site';
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
  return <GuideView locale={locale} guide={guide} />;
}
