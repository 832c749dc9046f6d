import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from '@/lib/locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // No cookie: the site must leave no trace on a family's device.
  localeCookie: false,
  // Pages declare their alternates in metadata and the sitemap; one source is enough.
  alternateLinks: false,
});
