import type { Metadata } from 'next';
import { QuickExitBar, QuickExitSkip } from '@/components/QuickExit';
import { SkipLink } from '@/components/SkipLink';
import { defaultLocale, localeNames, locales } from '@/lib/locales';
import { localePath, siteName, sitePaths } from '@/lib/site';
import './globals.css';

// Only addresses outside every locale that look like files (/wp-login.php) end here (out/404.html): the servers send
// every other unknown address to its locale's own 404 page, or to the page in the reader's language. Static, so it
// is prerendered; its one script is the quick exit's.
export const metadata: Metadata = {
  title: `Page not found · ${siteName}`,
  robots: { index: false },
  referrer: 'no-referrer',
};

export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale} dir="ltr">
      <body>
        <SkipLink locale={defaultLocale} />
        <QuickExitSkip locale={defaultLocale} />
        <QuickExitBar locale={defaultLocale} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8 focus:outline-none">
          <h1 className="text-3xl font-bold">We could not find that page</h1>
          <p className="mt-4 text-lg">{`Choose your language to go to ${siteName}'s home page:`}</p>
          <ul className="mt-6 list-disc space-y-2 ps-6 text-lg">
            {locales.map((locale) => (
              <li key={locale} lang={locale}>
                <a className="underline underline-offset-4" href={localePath(locale, sitePaths.home)}>
                  {localeNames[locale]}
                </a>
              </li>
            ))}
          </ul>
        </main>
        <script type="module" src="/js/quick-exit.js" />
      </body>
    </html>
  );
}
