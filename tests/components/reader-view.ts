import { parseFragment } from 'parse5';

// What a reader (or a screen reader) finds in some rendered HTML, for the components' examples to state what they
// show (components/component-spec.ts, `shows`): the text, the links' addresses, the roles and landmarks, the names
// given to assistive technology, the languages and directions marked.

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; parentNode?: Node };

/** The role an element has for assistive technology: its role attribute, or the one HTML gives it. */
function roleOf(node: Node, attr: (name: string) => string | undefined, within: (names: string[]) => boolean): string | undefined {
  const explicit = attr('role');
  if (explicit) return explicit.split(/\s+/)[0];
  const named = attr('aria-label') !== undefined || attr('aria-labelledby') !== undefined;
  switch (node.nodeName) {
    case 'a':
      return attr('href') !== undefined ? 'link' : undefined;
    case 'button':
      return 'button';
    case 'nav':
      return 'navigation';
    case 'main':
      return 'main';
    case 'aside':
      return 'complementary';
    // A header or footer is the page's banner or content information unless it belongs to an article or a section.
    case 'header':
      return within(['article', 'aside', 'main', 'nav', 'section']) ? undefined : 'banner';
    case 'footer':
      return within(['article', 'aside', 'main', 'nav', 'section']) ? undefined : 'contentinfo';
    case 'section':
      return named ? 'region' : undefined;
    case 'form':
      return 'form';
    case 'article':
      return 'article';
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'ul':
    case 'ol':
      return 'list';
    case 'li':
      return 'listitem';
    case 'img':
      return attr('alt') === '' ? 'presentation' : 'img';
    case 'details':
      return 'group';
    case 'input':
      return attr('type') === 'search' ? 'searchbox' : attr('type') === 'checkbox' ? 'checkbox' : 'textbox';
    case 'time':
      return 'time';
    default:
      return undefined;
  }
}

const inline = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'em', 'i', 'kbd', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

export interface ReaderView {
  /** The text, spaces collapsed, without scripts and styles. */
  text: string;
  /** Every link's address, in document order. */
  links: string[];
  /** Every role, explicit or implied, once each; headings also as "heading N". */
  roles: Set<string>;
  /** Every aria-label. */
  labels: Set<string>;
  /** Every lang attribute's value. */
  langs: Set<string>;
  /** Every dir attribute's value. */
  dirs: Set<string>;
}

export function readerView(html: string): ReaderView {
  const view: ReaderView = { text: '', links: [], roles: new Set(), labels: new Set(), langs: new Set(), dirs: new Set() };
  const text: string[] = [];
  const walk = (node: Node, ancestors: string[]) => {
    if (node.nodeName === '#text') {
      text.push(node.value ?? '');
      return;
    }
    if (['script', 'style', '#comment'].includes(node.nodeName)) return;
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    const role = roleOf(node, attr, (names) => ancestors.some((a) => names.includes(a)));
    if (role) view.roles.add(role);
    if (role === 'heading') view.roles.add(`heading ${node.nodeName.slice(1)}`);
    if (node.nodeName === 'a' && attr('href') !== undefined) view.links.push(attr('href')!);
    const label = attr('aria-label');
    if (label !== undefined) view.labels.add(label);
    const lang = attr('lang');
    if (lang !== undefined) view.langs.add(lang);
    const dir = attr('dir');
    if (dir !== undefined) view.dirs.add(dir);
    // Block boundaries are spaces in the text a reader hears; a link or a span inside a sentence is not.
    const gap = inline.has(node.nodeName) ? '' : ' ';
    text.push(gap);
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) walk(child, [...ancestors, node.nodeName]);
    text.push(gap);
  };
  for (const child of (parseFragment(html) as unknown as Node).childNodes ?? []) walk(child, []);
  view.text = text.join('').replace(/\s+/g, ' ').trim();
  return view;
}
