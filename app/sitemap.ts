import type { MetadataRoute } from 'next';
import { locales } from '@/lib/locales';
import { pagePaths } from '@/lib/routes';
import { alternatesOf, pageUrl } from '@/lib/site';

export const dynamic = 'force-static';

// One entry per page and language, each listing every language's version.
export default function sitemap(): MetadataRoute.Sitemap {
  return pagePaths().flatMap((path) =>
    locales.map((locale) => ({
      url: pageUrl(locale, path),
      alternates: { languages: alternatesOf(path) },
    })),
  );
}
