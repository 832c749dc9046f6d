import { localeNames, locales, type Locale } from '@/lib/locales';
import { localePath } from '@/lib/site';

/** Links to this same page in every other language, each named in itself. Plain links: no script needed. */
export function LanguageSwitcher({ locale, path, label }: { locale: Locale; path: string; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 text-sm">
        {locales.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="true" className="inline-block py-2 font-bold" lang={other}>
                {localeNames[other]}
              </span>
            ) : (
              <a
                href={localePath(other, path)}
                hrefLang={other}
                lang={other}
                className="inline-block py-2 underline underline-offset-4"
              >
                {localeNames[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
