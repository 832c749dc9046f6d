import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { LetterView, letterMetadata } from '@/components/Letter';
import type { Locale } from '@/lib/locales';

export async function generateMetadata(): Promise<Metadata> {
  return letterMetadata((await getLocale()) as Locale);
}

export default async function Page() {
  return <LetterView locale={(await getLocale()) as Locale} />;
}
