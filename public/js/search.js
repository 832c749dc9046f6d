// The search page's only script: it enhances the server-rendered form (which works without JavaScript), reads ?q=,
// asks Pagefind and lists the results. Pagefind's files load from this site (/pagefind/) when the box is first used
// or a query is in the address, never on another page. Pagefind picks the index of the page's <html lang>.
import { excerptRuns } from './excerpt.js';
import { find, ranking } from './rank.js';

const root = document.getElementById('site-search');
const form = root?.querySelector('form');
const input = form?.querySelector('input[name="q"]');
const status = document.getElementById('search-status');
const noResults = document.getElementById('search-no-results');
const resultsSection = document.getElementById('search-results-section');
const list = document.getElementById('search-results');

// The best matches only: each costs a fragment download, and a sentence's common words match nearly every page.
const maxResults = 10;
// How long the box waits after a keystroke before searching.
const typingPause = 200;
let loading;
let latest = 0;
let typing;

function loadPagefind() {
  loading ??= (async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 24, ranking });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined; // try again on the next search
  });
  return loading;
}

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);

function show({ text = '', results = null }) {
  status.textContent = text;
  noResults.hidden = !(results && results.length === 0);
  resultsSection.hidden = !(results && results.length > 0);
  list.replaceChildren(
    ...(results ?? []).map((result) => {
      const item = document.createElement('li');
      const heading = document.createElement('h3');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      for (const run of excerptRuns(result.excerpt)) {
        if (!run.marked) excerpt.append(run.text);
        else excerpt.append(Object.assign(document.createElement('mark'), { textContent: run.text }));
      }
      item.append(heading, excerpt);
      return item;
    }),
  );
}

async function run(raw, updateAddress) {
  const query = raw.trim();
  const id = ++latest;
  if (updateAddress) {
    // Keep the query in the address, so a result list can be shared or reloaded.
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
  }
  if (!query) return show({});
  show({ text: root.dataset.searching });
  try {
    const pagefind = await loadPagefind();
    const lang = document.documentElement.lang;
    const results = await find(pagefind, query, lang, maxResults);
    if (id !== latest) return; // a newer search has started
    const count = new Intl.NumberFormat(lang).format(results.length);
    const text = results.length > 0 ? fill(root.dataset.results, { query, count }) : fill(root.dataset.noResults, { query });
    show({ text, results });
  } catch {
    if (id === latest) show({ text: root.dataset.error });
  }
}

if (root && form && input && status && noResults && resultsSection && list) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void run(input.value, true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void run(input.value, true), typingPause);
  });
  // First use of the box: start loading the search files while the reader types.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  // The query in the address: a shared link, or the form sent before this script ran.
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    if (!input.value) input.value = query;
    void run(query, false);
  }
}
