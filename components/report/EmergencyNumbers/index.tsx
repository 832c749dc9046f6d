import { getFormatter, getTranslations } from 'next-intl/server';
import { PhoneLink } from '@/components/report/PhoneLink';
import type { Locale } from '@/lib/locales';
import type { CountryChannels } from '@/lib/channels/schema';

/** "17 (police) or 112": a country's emergency numbers as tap-to-call links, joined the reader's way. */
export async function EmergencyNumbers({ locale, country }: { locale: Locale; country: CountryChannels }) {
  const format = await getFormatter({ locale });
  const t = await getTranslations({ locale, namespace: 'country' });
  if (country.emergency.length === 0) return t('emergencyUnconfirmed');
  return format.list(
    country.emergency.map((e) => (
      <span key={e.number}>{t.rich(`service.${e.service}`, { number: () => <PhoneLink number={e.number} /> })}</span>
    )),
    { type: 'disjunction' },
  );
}
