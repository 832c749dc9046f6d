import { getFormatter } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/** A day written the reader's way, which a machine can still read: <time datetime="2026-12-01">. */
export async function Day({ locale, iso }: { locale: Locale; iso: string }) {
  const format = await getFormatter({ locale });
  return <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: 'long', timeZone: 'UTC' })}</time>;
}
