// How search finds and orders results (public/js/search.js), in a module of its own so the tests and the search page
// run the same code.
//
// - Pagefind returns only the pages holding every word of a query, so a parent's sentence ("my daughter is being
//   blackmailed with a nude") found nothing. Each word is searched on its own and a page's scores are added up: a
//   page that matches more of the words, and rarer ones, comes first. Pagefind already weighs a word by how rare it
//   is, so "my", "is" or "with", on every page, add almost nothing: no list of stop-words is needed.
// - A guide's searchTerms (its front matter, the "terms" metadata) weigh far more than a word of a page's text, so
//   "blackmail" finds the sextortion guide before the country pages whose text mentions it.
// - A page whose title is the query (or contains it) comes first. In Chinese, which has no spaces, a title's common
//   words (什么, 孩子, 了) also fill the longest pages.

/** Pagefind's ranking options (metadata matches are multiplied by these; Pagefind's default for the title is 5). */
// A sheet's or a case guide's words ("caseTerms") weigh less than a situation guide's: "blackmail" finds the sextortion
// guide before the first-hour card that also names it.
export const ranking = { metaWeights: { title: 5, terms: 8, caseTerms: 2 } };

/** A title or query reduced to its letters and digits, lowercased: punctuation and spaces do not decide a match. */
export function normalize(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

const han = /^\p{Script=Han}$/u;

/**
 * The words of a query as its language cuts them (Intl.Segmenter), each once. A single letter is left out (Pagefind
 * would read it as the start of every word), but not a Chinese character, which is often a word. The browser's
 * dictionary misses some words Pagefind's has (裸照 comes out as 裸 and 照), so two single Chinese characters side
 * by side are also searched together.
 */
export function queryWords(query, locale) {
  const segments = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(String(query ?? ''))].filter((s) => s.isWordLike);
  const words = segments.map((s) => s.segment.toLocaleLowerCase(locale)).filter((word) => [...word].length > 1 || han.test(word));
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    if (next && han.test(s.segment) && han.test(next.segment) && next.index === s.index + s.segment.length) words.push(s.segment + next.segment);
  });
  return [...new Set(words)];
}

/**
 * Pagefind's results for each word, merged: one entry per page with its scores added, best first (ties keep the
 * order in which pages were first found). Each keeps the result of the word that scored it best, so its excerpt
 * shows that word.
 */
export function combine(resultsPerWord) {
  const pages = new Map();
  for (const results of resultsPerWord) {
    for (const result of results) {
      const page = pages.get(result.id);
      if (!page) pages.set(result.id, { result, score: result.score, order: pages.size });
      else {
        page.score += result.score;
        if (result.score > page.result.score) page.result = result;
      }
    }
  }
  return [...pages.values()].sort((a, b) => b.score - a.score || a.order - b.order).map((page) => page.result);
}

/** The results (Pagefind's data objects) with title matches moved to the front, stably. */
export function titleFirst(query, results) {
  const wanted = normalize(query);
  if (!wanted) return results;
  const rank = (result) => {
    const title = normalize(result.meta?.title);
    return title === wanted ? 0 : title.includes(wanted) ? 1 : 2;
  };
  return results
    .map((result, index) => ({ result, index, rank: rank(result) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ result }) => result);
}

/**
 * Searches `query` in the index of `locale` (Pagefind, set up with `ranking`) and returns the data of the `max` best
 * pages, title matches first.
 */
export async function find(pagefind, query, locale, max) {
  const words = queryWords(query, locale);
  const searches = await Promise.all((words.length > 0 ? words : [query]).map((word) => pagefind.search(word)));
  const best = combine(searches.map((search) => search?.results ?? [])).slice(0, max);
  return titleFirst(query, await Promise.all(best.map((result) => result.data())));
}
