import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { dirOf, isLocale, locales } from '@/lib/locales';
import { siteUrl } from '@/lib/site';
import '../globals.css';

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('site');
  return {
    metadataBase: siteUrl,
    title: { template: `%s · ${t('name')}`, default: t('name') },
    // Keep the address of the page a parent was reading out of any request to another site.
    referrer: 'no-referrer',
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function LocaleLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // The proxy sends unknown locales to a known one; this guards direct hits all the same.
  if (!isLocale(locale)) notFound();
  const t = await getTranslations('nav');
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body className="min-h-screen font-sans leading-relaxed antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-slate-900 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:start-2 focus:top-2 dark:bg-white dark:text-slate-900"
        >
          {t('skip')}
        </a>
        {children}
      </body>
    </html>
  );
}
