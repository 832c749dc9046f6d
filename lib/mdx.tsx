import { evaluate } from '@mdx-js/mdx';
import { getTranslations } from 'next-intl/server';
import * as runtime from 'react/jsx-runtime';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { ComponentProps } from 'react';
import { mdxComponentNames, mdxComponents } from '@/components/mdx';
import { headingAnchors } from '@/lib/heading-anchors';
import { ContentError } from '@/lib/guide-schema';
import { rehypeLtrRuns } from '@/lib/bidi';
import { dirOf, type Locale } from '@/lib/locales';
import remarkMdxSafety, { MdxSafetyError, mdxSafetyContentError } from '@/lib/mdx-safety';
import { rehypePrintUrls } from '@/lib/print-urls';
import { siteUrl } from '@/lib/site';

/**
 * Compiles a page's MDX body at build time and renders it with the site's components. `bodyLine`: the lines before
 * the body in `file`, so an error names the file's line (where it is not given, the body's).
 */
export async function MdxContent({ source, file, bodyLine, locale }: { source: string; file: string; bodyLine?: number; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'anchors' });
  let Content;
  try {
    ({ default: Content } = await evaluate(source, {
      ...runtime,
      // First: content cannot run code (lib/mdx-safety.ts); it sees the tree as parsed.
      remarkPlugins: [[remarkMdxSafety, { allowed: mdxComponentNames }], remarkGfm],
      rehypePlugins: [
        rehypeSlug,
        headingAnchors((heading) => t('link', { heading })),
        [rehypePrintUrls, { base: siteUrl }],
        // Numbers and addresses read left to right inside right-to-left text (lib/bidi.tsx).
        ...(dirOf(locale) === 'rtl' ? [rehypeLtrRuns] : []),
      ],
    }));
  } catch (error) {
    if (error instanceof MdxSafetyError) throw mdxSafetyContentError(file, error, bodyLine);
    throw new ContentError(file, `MDX does not compile: ${(error as Error).message}`);
  }
  return <Content components={mdxComponents(locale) as ComponentProps<typeof Content>['components']} />;
}
