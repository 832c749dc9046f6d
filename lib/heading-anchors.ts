import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';

// "Link to this section" controls: the same markup for MDX headings (this plugin) and JSX headings
// (components/Heading/). The link sits after the heading, not inside it, so a heading's name stays its text.

export const headingGroupClass = 'heading-group';
export const headingAnchorClass = 'heading-anchor';

/** The rehype plugin and its options, for h2 and h3 (ids come from rehype-slug). `label` names one link. */
export function headingAnchors(label: (heading: string) => string): [typeof rehypeAutolinkHeadings, Options] {
  return [
    rehypeAutolinkHeadings,
    {
      behavior: 'after',
      test: ['h2', 'h3'],
      group: { type: 'element', tagName: 'div', properties: { className: [headingGroupClass] }, children: [] },
      properties: (heading: Readonly<Element>) => ({
        className: [headingAnchorClass],
        ariaLabel: label(toString(heading as Element).trim()),
        dataPagefindIgnore: '',
      }),
      content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    },
  ];
}
