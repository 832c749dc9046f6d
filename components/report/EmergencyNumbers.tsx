import { getFormatter } from 'next-intl/server';
import { PhoneLink } from '@/components/report/PhoneLink';
import type { Locale } from '@/lib/locales';
import type { CountryChannels } from '@/lib/reporting-channels';

/** "999 or 112": a country's emergency numbers as tap-to-call links, joined the reader's way. */
export async function EmergencyNumbers({ locale, country }: { locale: Locale; country: CountryChannels }) {
  const format = await getFormatter({ locale });
  return format.list(
    country.emergency.map((e) => <PhoneLink key={e.number} number={e.number} />),
    { type: 'disjunction' },
  );
}
