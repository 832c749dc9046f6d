import { atomFeed } from '@/lib/feed';
import { isLocale, locales } from '@/lib/locales';

// One feed per locale, built with the site; any other locale is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return new Response(await atomFeed(locale), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
}
