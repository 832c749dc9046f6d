import { defaultLocale, dirOf, languageMatches, type Locale, localeNames, locales } from '@/lib/locales';
import { localePath, siteName, sitePaths } from '@/lib/site';

// The root page of the static export (out/index.html), for hosts that cannot choose the language at `/` themselves.
// A whole document, rendered once by scripts/postbuild.ts: every locale's home as a plain link, each named and
// described in its own language, so it works without script. /js/choose-language.js, when it runs, goes on at once
// to the reader's language (navigator.languages), without a cookie.

export interface LanguageChooserPageProps {
  /** The site's name, the same in every language: lib/site.ts's siteName unless given. */
  name?: string;
  /** Each locale's one-line description of the site (messages/<locale>.json, site.tagline). */
  taglines: Record<Locale, string>;
  /** The site's stylesheets, as the built pages link them. */
  stylesheets: string[];
  /** The public address the pages were built for, for the alternate links. */
  origin: string;
}

export function LanguageChooserPage({ name = siteName, taglines, stylesheets, origin }: LanguageChooserPageProps) {
  const home = (locale: Locale) => localePath(locale, sitePaths.home);
  const absolute = (locale: Locale) => new URL(home(locale), origin).href;
  return (
    <html lang={defaultLocale} dir={dirOf(defaultLocale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="referrer" content="no-referrer" />
        <title>{name}</title>
        <meta name="description" content={taglines[defaultLocale]} />
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {locales.map((locale) => (
          <link key={locale} rel="alternate" hrefLang={locale} href={absolute(locale)} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={absolute(defaultLocale)} />
        <script type="module" src="/js/choose-language.js" />
      </head>
      <body>
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          <h1 className="text-3xl font-bold">{name}</h1>
          <ul className="mt-6 space-y-6" data-default-language={defaultLocale}>
            {locales.map((locale) => (
              <li key={locale} lang={locale} dir={dirOf(locale)}>
                <a
                  className="text-xl font-semibold underline underline-offset-4"
                  href={home(locale)}
                  hrefLang={locale}
                  lang={locale}
                  data-languages={languageMatches(locale).join(' ')}
                >
                  {localeNames[locale]}
                </a>
                <p className="mt-1 text-slate-700 dark:text-slate-300">{taglines[locale]}</p>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
