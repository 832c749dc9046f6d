import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { defaultLocale, isLocale } from '@/lib/locales';
import { timeZone } from './settings';

export default getRequestConfig(async ({ locale }) => {
  if (!isLocale(locale)) {
    const fromRoute = await rootLocale();
    locale = isLocale(fromRoute) ? fromRoute : defaultLocale;
  }
  return {
    locale,
    timeZone,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
