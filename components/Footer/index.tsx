import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import type { ContentPageSlug } from '@/lib/content';
import { contentPagePath, localePath } from '@/lib/site';

/** The pages every footer links to, each with its label in messages (footer.*). */
export const footerLinks = [
  ['young-people', 'youngPeople'],
  ['browse-safely', 'browseSafely'],
  ['about', 'aboutPage'],
  ['privacy', 'privacy'],
  ['accessibility', 'accessibility'],
] as const satisfies readonly (readonly [ContentPageSlug, string])[];

export async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  const link = 'underline underline-offset-4 py-2 inline-block';
  return (
    <footer className="mt-12 border-t border-slate-300 dark:border-slate-700">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm">
        <p className="text-base font-bold">{t('emergency')}</p>
        <ul className="flex flex-wrap gap-x-6">
          {footerLinks.map(([slug, key]) => (
            <li key={slug}>
              <a className={link} href={localePath(locale, contentPagePath(slug))}>
                {t(key)}
              </a>
            </li>
          ))}
        </ul>
        <p>{t('about')}</p>
        <p>{t('reviewed')}</p>
      </div>
    </footer>
  );
}
