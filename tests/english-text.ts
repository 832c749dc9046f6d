import { parse } from 'parse5';

// Words common in any English sentence and rare in French, Spanish, Portuguese or Arabic text.
const englishWords = new Set(
  'the and you your to of is are for with this that if not can it what does have will from when they their them our we who how about been was were should there'.split(
    ' ',
  ),
);

/** True when a run of text reads as an English sentence: four words or more, at least three English function words
 *  and a quarter of its words. Names ("Internet Watch Foundation") and addresses do not. */
export function looksEnglish(text: string): boolean {
  // Addresses (https://…/if-your-child-tells-you) are not sentences.
  const words = text.toLowerCase().replace(/\S*[/@]\S*/g, ' ').match(/[a-z']+/g) ?? [];
  if (words.length < 4) return false;
  const hits = words.filter((w) => englishWords.has(w));
  return new Set(hits).size >= 3 && hits.length / words.length >= 0.25;
}

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

const blocks = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'summary', 'caption', 'label', 'button', 'option', 'title', 'figcaption', 'blockquote', 'div', 'section']);

/**
 * The English sentences in a page's text that are not inside an element marked with another language (lang="en")
 * or translate="no" (official names). Text is joined per block so a sentence split by links is read whole.
 */
export function englishSentences(html: string, locale: string): string[] {
  const found: string[] = [];
  const walk = (node: Node, buffer: string[]): void => {
    const attr = (name: string) => node.attrs?.find((a) => a.name === name)?.value;
    if (['script', 'style', 'noscript', 'svg', 'template'].includes(node.nodeName)) return;
    const lang = attr('lang');
    if ((lang && !lang.toLowerCase().startsWith(locale.toLowerCase())) || attr('translate') === 'no') return;
    if (node.nodeName === '#text') {
      buffer.push(node.value ?? '');
      return;
    }
    const own = blocks.has(node.nodeName) ? [] : buffer;
    for (const child of node.childNodes ?? []) walk(child, own);
    if (own !== buffer) {
      const text = own.join('').replace(/\s+/g, ' ').trim();
      if (looksEnglish(text)) found.push(text);
      else buffer.push(' ');
    }
  };
  walk(parse(html) as unknown as Node, []);
  return found;
}
