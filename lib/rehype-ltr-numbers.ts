import type { Element, Root } from 'hast';
import { findAndReplace } from 'hast-util-find-and-replace';

// Phone numbers such as 0808 800 5000: in right-to-left text the browser would show the digit groups in reverse
// order, so each number is isolated as left-to-right: six or more characters of digits, spaces and hyphens, or a
// number written with letters (1-800-CALL-FBI, 1.888.PREVENT).
const NUMBER = /\d(?:[-.]\d+)+[-.][A-Z]{3,}(?:-[A-Z]+)*|\+?\d[\d -]{4,}\d/g;

export default function rehypeLtrNumbers() {
  return (tree: Root) => {
    findAndReplace(tree, [
      NUMBER,
      (value: string): Element => ({
        type: 'element',
        tagName: 'span',
        properties: { dir: 'ltr' },
        children: [{ type: 'text', value }],
      }),
    ]);
  };
}
