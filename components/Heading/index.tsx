import { getTranslations } from 'next-intl/server';
import { headingAnchorClass, headingGroupClass } from '@/lib/heading-anchors';
import type { Locale } from '@/lib/locales';

/**
 * An h2 or h3 with a stable id and a visible "link to this section" control after it: the same markup that
 * lib/heading-anchors.ts gives MDX headings. `className` styles the heading; `groupClassName` places the pair.
 */
export async function Heading({
  locale,
  level,
  id,
  children,
  className,
  groupClassName,
}: {
  locale: Locale;
  level: 2 | 3;
  id: string;
  children: string;
  className?: string;
  groupClassName?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'anchors' });
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <div className={groupClassName ? `${headingGroupClass} ${groupClassName}` : headingGroupClass}>
      <Tag id={id} className={className}>
        {children}
      </Tag>
      <a href={`#${id}`} className={headingAnchorClass} aria-label={t('link', { heading: children })} data-pagefind-ignore="">
        <span aria-hidden="true">#</span>
      </a>
    </div>
  );
}
