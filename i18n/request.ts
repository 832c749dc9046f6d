import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { defaultLocale, isLocale } from '@/lib/locales';

export default getRequestConfig(async ({ locale }) => {
  if (!isLocale(locale)) {
    const fromRoute = await rootLocale();
    locale = isLocale(fromRoute) ? fromRoute : defaultLocale;
  }
  return {
    locale,
    // Dates on the site are calendar days (reviewed, verified): the same everywhere.
    timeZone: 'UTC',
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
