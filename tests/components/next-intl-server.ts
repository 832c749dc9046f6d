import { createFormatter, createTranslator } from 'next-intl';
import { timeZone } from '@/i18n/settings';
import { readMessages } from '../messages';

// next-intl/server as the components see it outside Next's renderer (vitest.config.ts points the import here): the
// same messages and time zone as i18n/request.ts, and a missing message throws instead of showing its key. The
// components' examples use `translator` for the strings they pass as props, so theirs throw too.

const onError = (error: Error) => {
  throw error;
};

/** A locale's strings of one namespace, as the site has them; a missing one throws. */
export function translator(locale: string, namespace?: string) {
  return createTranslator({ locale, messages: readMessages(locale), namespace: namespace as never, timeZone, onError });
}

/** Dates and lists formatted as the site formats them. */
export function formatter(locale: string) {
  return createFormatter({ locale, timeZone, onError });
}

export async function getTranslations({ locale, namespace }: { locale: string; namespace?: string }) {
  return translator(locale, namespace);
}

export async function getFormatter({ locale }: { locale: string }) {
  return formatter(locale);
}
