import { createFormatter, createTranslator } from 'next-intl';
import { timeZone } from '@/i18n/settings';
import { readMessages } from '../messages';

// next-intl/server as the components see it outside Next's renderer (vitest.config.ts points the import here): the
// same messages and time zone as i18n/request.ts, and a missing message throws instead of showing its key.

const onError = (error: Error) => {
  throw error;
};

export async function getTranslations({ locale, namespace }: { locale: string; namespace?: string }) {
  return createTranslator({ locale, messages: readMessages(locale), namespace: namespace as never, timeZone, onError });
}

export async function getFormatter({ locale }: { locale: string }) {
  return createFormatter({ locale, timeZone, onError });
}
