import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { SheetView, sheetMetadata } from '@/components/SheetView';
import type { Locale } from '@/lib/locales';

export async function generateMetadata(): Promise<Metadata> {
  return sheetMetadata((await getLocale()) as Locale, 'schools/lessons');
}

export default async function Page() {
  return <SheetView locale={(await getLocale()) as Locale} slug="schools/lessons" />;
}
