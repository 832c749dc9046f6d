// How search results are ordered: Pagefind's relevance, except that a page whose title is the query (or contains it)
// comes first. Pagefind weighs every word alike, and in Chinese, which has no spaces, a title's common words (什么,
// 孩子, 了) also fill the longest pages: searching a guide's title would otherwise find a longer page first.
// A module on its own so the unit tests and the search page use the same code.

/** A title or query reduced to its letters and digits, lowercased: punctuation and spaces do not decide a match. */
export function normalize(text) {
  return String(text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

/** The results (Pagefind's data objects, in Pagefind's order) with title matches moved to the front, stably. */
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
