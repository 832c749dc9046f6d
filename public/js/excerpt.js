// Pagefind builds an excerpt from a page's plain text, escaping only < and > before wrapping matches in <mark>.
// This splits it into text runs, keeping only whether each run is marked: any other markup is dropped, and the
// caller inserts the runs as text nodes, so an excerpt can never inject HTML.

/** @param {string} excerpt @returns {{ text: string, marked: boolean }[]} */
export function excerptRuns(excerpt) {
  /** @type {{ text: string, marked: boolean }[]} */
  const runs = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = part.replace(/<[^>]*>?/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      if (text) runs.push({ text, marked });
    }
  }
  return runs;
}
