import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { site } from '@/lib/content';
import { defaultLocale, isLocale } from '@/lib/locales';
import { timeZone } from './settings';

export default getRequestConfig(async ({ locale: asked }) => {
  const fromRoute = isLocale(asked) ? asked : await rootLocale();
  const locale = isLocale(fromRoute) ? fromRoute : defaultLocale;
  // The messages the content layer read and checked (lib/content.ts), as the scripts and tests read them.
  return { locale, timeZone, messages: site().messages(locale) };
});
