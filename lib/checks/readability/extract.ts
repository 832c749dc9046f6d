import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';

// MDX body -> prose blocks, for the content check (scripts/check-content.ts): what a reader reads, with lines.

/** One sentence-unit of prose: a paragraph, heading, table cell or prose JSX attribute. */
export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'tableCell' | 'attribute';
  /** The prose as written (soft line breaks kept, so a hit can be given its line). */
  text: string;
  /** 1-based line in the MDX body where the block starts. */
  line: number;
  /** Quoted material is exempt from the terminology rules. */
  inBlockquote: boolean;
  /** Where each run of text starts in `text` and on which body line, to give an offset its line. */
  runs: Array<{ offset: number; line: number }>;
}

// JSX attributes that hold settings, not prose (e.g. <Callout type="warning">). Every other string attribute,
// such as a Callout's title, is shown to the reader and so is counted.
const NON_PROSE_ATTRIBUTES = new Set([
  'as', 'class', 'className', 'color', 'dir', 'height', 'href', 'icon', 'id', 'key', 'kind', 'lang', 'level',
  'locale', 'name', 'rel', 'role', 'size', 'slug', 'src', 'style', 'target', 'to', 'tone', 'type', 'variant', 'width',
]);

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:|www\.|\/)\S*$/i;

// The site compiles MDX with @mdx-js/mdx and remark-gfm (lib/mdx.tsx); parsing with the same processor means the
// check sees exactly the tree the site renders (tables, autolinks, JSX), and fails where the build would.
const mdxProcessor = createProcessor({ remarkPlugins: [remarkGfm] });

/** Parses an MDX body (front matter already removed) as the site does, without running it. Throws on invalid MDX. */
export function parseMdx(mdxBody: string): Root {
  return mdxProcessor.parse(mdxBody);
}

/**
 * Splits an MDX body (front matter already removed), or its tree from parseMdx, into prose blocks. Code, inline
 * code, expressions, import/export and URLs are left out; link text and prose JSX attributes are kept. Throws on
 * invalid MDX.
 */
export function extractBlocks(mdxBody: string | Root): TextBlock[] {
  const tree = typeof mdxBody === 'string' ? parseMdx(mdxBody) : mdxBody;
  const blocks: TextBlock[] = [];

  const attributeBlocks = (
    attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>,
    fallbackLine: number,
    inBlockquote: boolean,
  ) => {
    for (const attribute of attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue; // {expressions} are code
      if (NON_PROSE_ATTRIBUTES.has(attribute.name) || URL_LIKE.test(attribute.value.trim())) continue;
      if (!attribute.value.trim()) continue;
      const line = attribute.position?.start.line ?? fallbackLine;
      blocks.push({ kind: 'attribute', text: attribute.value, line, inBlockquote, runs: [{ offset: 0, line }] });
    }
  };

  const proseBlock = (kind: TextBlock['kind'], node: { children: PhrasingContent[] }, line: number, inBlockquote: boolean) => {
    const block: TextBlock = { kind, text: '', line, inBlockquote, runs: [] };
    const collect = (child: PhrasingContent) => {
      switch (child.type) {
        case 'text':
          block.runs.push({ offset: block.text.length, line: child.position?.start.line ?? line });
          block.text += child.value;
          return;
        case 'break':
          block.text += ' ';
          return;
        case 'inlineCode':
        case 'mdxTextExpression':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
        case 'html':
          return; // code, expressions and images are not prose the reader reads as text
        case 'link':
          if (isBareUrl(child.url, child.children)) return; // an autolinked address is a URL, not words
          child.children.forEach(collect);
          return;
        case 'mdxJsxTextElement':
          attributeBlocks(child.attributes, child.position?.start.line ?? line, inBlockquote);
          child.children.forEach(collect);
          return;
        default:
          if ('children' in child) (child.children as PhrasingContent[]).forEach(collect);
      }
    };
    node.children.forEach(collect);
    // Push after the inline walk so the blocks stay in reading order apart from inline attributes.
    if (block.text.trim()) blocks.push(block);
  };

  const walk = (node: Nodes, inBlockquote: boolean) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'paragraph':
        return proseBlock('paragraph', node, line, inBlockquote);
      case 'heading':
        return proseBlock('heading', node, line, inBlockquote);
      case 'tableCell':
        return proseBlock('tableCell', node, line, inBlockquote);
      case 'blockquote':
        return node.children.forEach((child) => walk(child, true));
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'mdxJsxFlowElement':
        attributeBlocks(node.attributes, line, inBlockquote);
        return node.children.forEach((child) => walk(child, inBlockquote));
      default:
        if ('children' in node) (node.children as Nodes[]).forEach((child) => walk(child, inBlockquote));
    }
  };

  walk(tree, false);
  return blocks;
}

function plainText(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? plainText(n.children as PhrasingContent[]) : '')).join('');
}

/** A link whose text is its own address (GFM autolinks, or [https://x](https://x)) contributes no words. */
function isBareUrl(url: string, children: PhrasingContent[]): boolean {
  const text = plainText(children).trim();
  const strip = (s: string) => s.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '');
  return text === '' || strip(text) === strip(url) || URL_LIKE.test(text);
}
