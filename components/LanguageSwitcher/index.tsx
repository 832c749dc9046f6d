import { localeNames, locales, type Locale } from '@/lib/locales';
import { localePath } from '@/lib/site';

/**
 * This same page in every other language, each named in itself, behind one disclosure: ten names would otherwise
 * fill a phone's first screen. <details> opens without script, and a printed page leaves it out. The list opens over
 * the page, from the inline end of the header, so the header keeps its height; on a phone the summary shows the
 * language's name without the word "Language", which screen readers still hear.
 */
export function LanguageSwitcher({ locale, path, label }: { locale: Locale; path: string; label: string }) {
  return (
    <nav aria-label={label} className="language-switcher flex-none print:hidden">
      <details className="group relative">
        <summary className="inline-flex max-w-36 cursor-pointer items-center gap-2 py-2 text-sm underline-offset-4 hover:underline sm:max-w-none">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="12" cy="12" r="9" />
            <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
          </svg>
          <span>
            <span className="sr-only sm:not-sr-only">{label}: </span>
            <span className="font-bold">{localeNames[locale]}</span>
          </span>
          {/* A summary shown as flex loses its marker: this chevron says it opens, and turns when it has. */}
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4 shrink-0 transition-transform group-open:rotate-180" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="m6 9 6 6 6-6" />
          </svg>
        </summary>
        <ul className="absolute end-0 top-full z-30 mt-1 grid w-max grid-cols-2 gap-x-6 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm shadow-lg sm:grid-cols-3 dark:border-slate-600 dark:bg-slate-900">
          {locales.map((other) => (
            <li key={other}>
              {other === locale ? (
                <span aria-current="true" className="inline-block py-2 font-bold" lang={other}>
                  {localeNames[other]}
                </span>
              ) : (
                <a href={localePath(other, path)} hrefLang={other} lang={other} className="inline-block py-2 underline underline-offset-4">
                  {localeNames[other]}
                </a>
              )}
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
