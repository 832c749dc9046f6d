import type { Element, Root } from 'hast';
import { findAndReplace } from 'hast-util-find-and-replace';
import type { ReactNode } from 'react';
import { dirOf, type Locale } from '@/lib/locales';

// Inside right-to-left text a digit takes the bidi class of the Arabic around it, and a hyphen, a space or an "@"
// no longer holds its neighbours together: "10-55" shows as "55-10" and "998@social.gov.bh" as "social.gov.bh@998".
// So every run of Latin letters and digits that holds a digit or an "@" (a number, an address, an e-mail, a code) is
// isolated as left-to-right, wherever it comes from: an MDX page (rehypeLtrRuns) or data such as a channel's note
// (isolateLtr). Western and Arabic-Indic digits alike.
const DIGIT = '0-9\u0660-\u0669\u06F0-\u06F9';
const START = `A-Za-z${DIGIT}+(`;
const INNER = `A-Za-z${DIGIT}+()@.,:;/_&'\u2013-`;
const END = `A-Za-z${DIGIT})+`;
const RUN = `[${START}](?:(?:[${INNER}]| (?=[${START}]))*[${END}])?`;
const HAS_DIGIT_OR_AT = new RegExp(`[${DIGIT}@]`, 'u');
const ONLY_DIGITS = new RegExp(`^[${DIGIT}]+$`, 'u');

// A lone word or a lone group of digits already reads in order; only a run with a digit or "@" and more than digits
// can be broken up.
const needsIsolation = (run: string) => HAS_DIGIT_OR_AT.test(run) && !ONLY_DIGITS.test(run);

/** The runs of a text that must read left to right, each with its place in the text. */
export function ltrRuns(text: string): { index: number; value: string }[] {
  return [...text.matchAll(new RegExp(RUN, 'gu'))]
    .filter((m) => needsIsolation(m[0]))
    .map((m) => ({ index: m.index, value: m[0] }));
}

/** A text from data (a note, a name) as React nodes, its left-to-right runs isolated where the page reads right to left. */
export function isolateLtr(text: string, locale: Locale): ReactNode {
  if (dirOf(locale) !== 'rtl') return text;
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const run of ltrRuns(text)) {
    if (run.index > at) nodes.push(text.slice(at, run.index));
    nodes.push(
      <span key={run.index} dir="ltr">
        {run.value}
      </span>,
    );
    at = run.index + run.value.length;
  }
  if (nodes.length === 0) return text;
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/**
 * A name or title from data (an organisation, a source) inside right-to-left text: isolated as a whole, in the
 * direction of its own first letter ("3114 – numéro national…" reads left to right from its number), with the runs
 * inside an Arabic name isolated as above.
 */
export function isolateName(text: string, locale: Locale): ReactNode {
  return dirOf(locale) === 'rtl' ? <bdi>{isolateLtr(text, locale)}</bdi> : text;
}

/** The same isolation for an MDX page in a right-to-left locale. */
export function rehypeLtrRuns() {
  return (tree: Root) => {
    findAndReplace(tree, [
      new RegExp(RUN, 'gu'),
      (value: string): Element | false =>
        needsIsolation(value) && { type: 'element', tagName: 'span', properties: { dir: 'ltr' }, children: [{ type: 'text', value }] },
    ]);
  };
}
