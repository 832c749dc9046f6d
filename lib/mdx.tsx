import { evaluate } from '@mdx-js/mdx';
import { getTranslations } from 'next-intl/server';
import * as runtime from 'react/jsx-runtime';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { ComponentProps } from 'react';
import { mdxComponents } from '@/components/mdx';
import { headingAnchors } from '@/lib/heading-anchors';
import rehypeLtrNumbers from '@/lib/rehype-ltr-numbers';
import { ContentError } from '@/lib/guide-schema';
import type { Locale } from '@/lib/locales';
import { rehypePrintUrls } from '@/lib/print-urls';
import { siteUrl } from '@/lib/site';

/** Compiles a page's MDX body at build time and renders it with the site's components. */
export async function MdxContent({ source, file, locale }: { source: string; file: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'anchors' });
  let Content;
  try {
    ({ default: Content } = await evaluate(source, {
      ...runtime,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [
        rehypeSlug,
        headingAnchors((heading) => t('link', { heading })),
        [rehypePrintUrls, { base: siteUrl }],
        rehypeLtrNumbers,
      ],
    }));
  } catch (error) {
    throw new ContentError(file, `MDX does not compile: ${(error as Error).message}`);
  }
  return <Content components={mdxComponents(locale) as ComponentProps<typeof Content>['components']} />;
}
