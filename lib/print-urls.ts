import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * The absolute address a link prints after its text (app/globals.css, @media print), or undefined for links that
 * need none: in-page anchors, phone numbers and e-mail addresses, which the text already shows.
 */
export function printUrl(href: string | undefined, base: URL): string | undefined {
  if (!href || href.startsWith('#')) return undefined;
  const url = new URL(href, base);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

// "https://report.cybertip.org/" and "report.cybertip.org" name the same address.
const bare = (address: string) => address.trim().replace(/^https?:\/\//, '').replace(/\/$/, '');

/**
 * Marks every link of a page's MDX body with the address it prints (data-print-url), except a link whose text is
 * already its address.
 */
export function rehypePrintUrls({ base }: { base: URL }) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a') return;
      const url = printUrl(typeof node.properties.href === 'string' ? node.properties.href : undefined, base);
      if (url && bare(toString(node)) !== bare(url)) node.properties.dataPrintUrl = url;
    });
  };
}
