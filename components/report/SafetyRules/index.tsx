import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/** Never save the image, keep the messages, do not pay: the rules every reporting page repeats. */
export async function SafetyRules({ locale, className = '' }: { locale: Locale; className?: string }) {
  const t = await getTranslations({ locale, namespace: 'report.safety' });
  return (
    <ul className={`list-disc space-y-1 ps-6 ${className}`}>
      <li>{t('neverSave')}</li>
      <li>{t('keepMessages')}</li>
      <li>{t('doNotPay')}</li>
    </ul>
  );
}
