import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { routing } from './routing';

export default getRequestConfig(async ({ locale }) => {
  // The [locale] segment, read with next/root-params (static rendering without setRequestLocale)
  if (!locale) locale = await rootLocale();
  if (!hasLocale(routing.locales, locale)) locale = routing.defaultLocale;

  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
