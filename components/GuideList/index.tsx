import type { Guide } from '@/lib/content';
import { dirOf, type Locale } from '@/lib/locales';
import { printUrl } from '@/lib/print-urls';
import { guidePath, localePath, siteUrl } from '@/lib/site';

/** Guides as title links with their one-line summary; an untranslated guide is marked as English. */
export function GuideList({ locale, guides, id }: { locale: Locale; guides: readonly Guide[]; id?: string }) {
  return (
    <ul id={id} className="mt-4 space-y-5">
      {guides.map((guide) => {
        const pending = guide.textLocale !== locale;
        const href = localePath(locale, guidePath(guide.slug));
        return (
          <li key={guide.slug} lang={pending ? guide.textLocale : undefined} dir={pending ? dirOf(guide.textLocale) : undefined}>
            <a className="text-lg font-semibold underline underline-offset-4" href={href} data-print-url={printUrl(href, siteUrl)}>
              {guide.frontMatter.title}
            </a>
            <p className="mt-1">{guide.frontMatter.summary}</p>
          </li>
        );
      })}
    </ul>
  );
}
