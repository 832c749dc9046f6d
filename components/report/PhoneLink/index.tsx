import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import { colonOf } from '@/lib/punctuation';
import { telHref } from '@/lib/channels/names';
import { type Phone } from '@/lib/channels/schema';

const linkClass = 'whitespace-nowrap font-semibold underline underline-offset-2';

/** A tap-to-call number; digits stay left-to-right inside right-to-left text. */
export function PhoneLink({ number, display }: { number: string; display?: string }) {
  return (
    <a href={telHref(number)} dir="ltr" className={linkClass}>
      {display ?? number}
    </a>
  );
}

/** One of a channel's numbers: a call link, a text link with its keyword, or a WhatsApp number, which has no link. */
export async function ChannelPhone({ locale, phone }: { locale: Locale; phone: Phone }) {
  const t = await getTranslations({ locale, namespace: 'country' });
  if (phone.via === 'whatsapp') {
    const colon = await colonOf(locale);
    return (
      <span>
        {t('via.whatsapp')}{colon}
        <span dir="ltr" className="whitespace-nowrap font-semibold">
          {phone.display}
        </span>
      </span>
    );
  }
  const number = phone.tel!;
  if (phone.via === 'text') {
    return (
      <span>
        {phone.keyword ? t('textKeyword', { keyword: phone.keyword }) : t('via.text')}{' '}
        <a href={`sms:${number}`} dir="ltr" className={linkClass}>
          {phone.display ?? number}
        </a>
      </span>
    );
  }
  return <PhoneLink number={number} display={phone.display} />;
}
