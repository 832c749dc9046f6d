import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getLocale } from 'next-intl/server';
import { dirOf, locales, type Locale } from '@/lib/locales';
import { siteName, siteUrl } from '@/lib/site';
import { QuickExitBar, QuickExitSkip } from '@/components/QuickExit';
import { SkipLink } from '@/components/SkipLink';
import '../globals.css';

// Only the locales of generateStaticParams are built: a static export renders nothing when a request comes. The server
// answers an unknown locale or page from out/ (the locale's 404 page, or out/404.html).
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export function generateMetadata(): Metadata {
  return {
    metadataBase: siteUrl,
    title: { template: `%s · ${siteName}`, default: siteName },
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
  const locale = (await getLocale()) as Locale;
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body>
        <SkipLink locale={locale} />
        <QuickExitSkip locale={locale} />
        <QuickExitBar locale={locale} />
        {children}
        {/* The one script every page loads; every page works without it. */}
        <script type="module" src="/js/quick-exit.js" />
      </body>
    </html>
  );
}
