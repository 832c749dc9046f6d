import { compile } from '@mdx-js/mdx';
import rehypeSlug from 'rehype-slug';
import { describe, expect, it } from 'vitest';
import { headingAnchors } from '@/lib/heading-anchors';

async function html(source: string) {
  return String(
    await compile(source, {
      rehypePlugins: [rehypeSlug, headingAnchors((heading) => `Link to this section: ${heading}`)],
      outputFormat: 'function-body',
    }),
  );
}

describe('links to sections of an MDX page', () => {
  it('follows every h2 and h3 with a named link to its id', async () => {
    const out = await html('## What is sextortion?\n\ntext\n\n### 1. Trust\n\nmore');
    expect(out).toMatch(/"aria-label": "Link to this section: What is sextortion\?"[^}]*href: "#what-is-sextortion"/);
    expect(out).toMatch(/"aria-label": "Link to this section: 1. Trust"[^}]*href: "#1-trust"/);
    expect(out.match(/className: "heading-group"/g)).toHaveLength(2);
  });

  it('keeps the link out of the heading, so the heading is named by its own text', async () => {
    const out = await html('## Where do I report?');
    const heading = /_jsx\(_components\.h2, \{([\s\S]*?)\}\)/.exec(out)?.[1] ?? '';
    expect(heading).toContain('children: "Where do I report?"');
    expect(heading).not.toContain('href');
  });

  it('leaves other heading levels alone', async () => {
    const out = await html('#### Small heading');
    expect(out).not.toContain('heading-anchor');
  });
});
