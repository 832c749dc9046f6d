import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { ContentPageView, contentPageMetadata } from '@/components/ContentPageView';
import type { Locale } from '@/lib/locales';

export async function generateMetadata(): Promise<Metadata> {
  return contentPageMetadata((await getLocale()) as Locale, 'about');
}

export default async function Page() {
  return <ContentPageView locale={(await getLocale()) as Locale} slug="about" />;
}
