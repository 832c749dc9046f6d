import { getTranslations } from 'next-intl/server';
import { getGuide } from '@/lib/content';
import { dirOf, type Locale } from '@/lib/locales';
import { situationMoreGuides, type Situation } from '@/lib/channels/situations';
import { guidePath, localePath } from '@/lib/site';

/**
 * "Also read:" and the guides for a case inside a situation (lib/channels/situations.ts, situationMoreGuides), such as
 * a sexual image made with AI under "images have been shared"; nothing where the situation has none. A guide still in
 * English is marked as English.
 */
export async function MoreGuides({ locale, situation }: { locale: Locale; situation: Situation }) {
  const slugs = situationMoreGuides[situation] ?? [];
  if (slugs.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'country' });
  return (
    <p>
      {t('alsoRead')}{' '}
      {slugs.map((slug, i) => {
        const guide = getGuide(locale, slug)!;
        const pending = guide.textLocale !== locale;
        return (
          <span key={slug}>
            {i > 0 && ' · '}
            <a
              className="underline underline-offset-4"
              href={localePath(locale, guidePath(slug))}
              lang={pending ? guide.textLocale : undefined}
              dir={pending ? dirOf(guide.textLocale) : undefined}
            >
              {guide.frontMatter.title}
            </a>
          </span>
        );
      })}
    </p>
  );
}
