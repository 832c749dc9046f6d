import type { ReactNode } from 'react';
import { Footer } from '@/components/Footer';
import { Header } from '@/components/Header';
import type { Locale } from '@/lib/locales';

/**
 * Header, main and footer around a page's content. Pages pass their own path
 * so the language switcher can link to the same page in every language.
 */
export function PageFrame({ locale, path, children }: { locale: Locale; path: string; children: ReactNode }) {
  return (
    <>
      <Header locale={locale} path={path} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <Footer locale={locale} />
    </>
  );
}
