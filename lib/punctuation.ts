import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/** The separator between a label and what it labels ("Taiwan: 110"), as the locale writes it ("台湾：110", "France : 112"). */
export async function colonOf(locale: Locale): Promise<string> {
  return (await getTranslations({ locale, namespace: 'punctuation' }))('colon');
}
