import { getTranslations } from 'next-intl/server';
import { badgeFileName, badgeSvgFile } from '@/lib/badge';
import { locales } from '@/lib/locales';

// The badge image, one file per locale, written at build time with the site's address and the locale's text.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ file: badgeFileName(locale) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const locale = locales.find((l) => badgeFileName(l) === file);
  if (!locale) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'schools.badge' });
  return new Response(badgeSvgFile(locale, t('text')), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
}
