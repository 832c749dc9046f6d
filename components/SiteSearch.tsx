'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';

// The search page's only script. It wraps the server-rendered form (which works without JavaScript), reads ?q=,
// asks Pagefind, and shows the results. Pagefind's script and index load from this site (/pagefind/) on the first
// search or when the box is first used, never on another page. Pagefind picks the index of the page's <html lang>.

/** The strings this component shows; the server page passes them from messages/<locale>.json. */
export interface SiteSearchStrings {
  searching: string;
  /** With {query} and {count}. */
  results: string;
  /** With {query}. */
  noResults: string;
  noResultsHelp: string;
  guidesLink: string;
  reportLink: string;
  error: string;
  resultsHeading: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

interface Result {
  url: string;
  title: string;
  excerpt: string;
}

type State =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; results: Result[]; total: number }
  | { status: 'error' };

const bundle = '/pagefind/pagefind.js';
// Each locale has a few dozen indexed pages: show every match (each costs one small fragment download).
const maxResults = 50;

let pagefindLoading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    // A same-origin file written by `npm run build`, not a module of this bundle.
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bundle)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  pagefindLoading.catch(() => {
    pagefindLoading = undefined; // try again on the next search
  });
  return pagefindLoading;
}

// Pagefind builds an excerpt from the page's plain text, escaping only < and > before wrapping matches in <mark>.
function unescapeAngles(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * A Pagefind excerpt as React nodes: text, with only its <mark> highlights kept as elements. Any other markup is
 * dropped, and the text is rendered as text (React escapes it), so an excerpt can never inject HTML.
 */
export function excerptNodes(excerpt: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let marked = false;
  excerpt.split(/(<mark>|<\/mark>)/).forEach((part, i) => {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = unescapeAngles(part.replace(/<[^>]*>?/g, ''));
      nodes.push(marked ? <mark key={i}>{text}</mark> : text);
    }
  });
  return nodes;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function SiteSearch({
  locale,
  strings,
  links,
  children,
}: {
  locale: string;
  strings: SiteSearchStrings;
  links: { guides: string; report: string };
  /** The search form, rendered on the server. */
  children: ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ status: 'idle' });
  const latest = useRef(0);
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);

  const input = () => root.current?.querySelector<HTMLInputElement>('input[name="q"]') ?? null;

  const run = useCallback(async (raw: string, updateAddress: boolean) => {
    const query = raw.trim();
    const id = ++latest.current;
    if (updateAddress) {
      // Keep the query in the address, so a result list can be shared or reloaded.
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      window.history.replaceState(window.history.state, '', url);
    }
    if (!query) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'searching', query });
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(query);
      const matches = search?.results ?? [];
      const data = await Promise.all(matches.slice(0, maxResults).map((r) => r.data()));
      if (id !== latest.current) return; // a newer search has started
      setState({
        status: 'done',
        query,
        results: data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })),
        total: matches.length,
      });
    } catch {
      if (id === latest.current) setState({ status: 'error' });
    }
  }, []);

  // The query in the address (a shared link, or the form sent before this script ran).
  useEffect(() => {
    const query = new URLSearchParams(window.location.search).get('q');
    if (!query) return;
    const box = input();
    if (box && !box.value) box.value = query;
    void run(query, false);
  }, [run]);

  useEffect(() => () => clearTimeout(typing.current), []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    clearTimeout(typing.current);
    void run(input()?.value ?? '', true);
  };

  const onInput = () => {
    clearTimeout(typing.current);
    typing.current = setTimeout(() => void run(input()?.value ?? '', true), 400);
  };

  // First use of the box: start loading the search files while the reader types.
  const onFocus = () => {
    void loadPagefind().catch(() => undefined);
  };

  let status = '';
  if (state.status === 'searching') status = strings.searching;
  else if (state.status === 'error') status = strings.error;
  else if (state.status === 'done') {
    status =
      state.results.length > 0
        ? fill(strings.results, { query: state.query, count: new Intl.NumberFormat(locale).format(state.total) })
        : fill(strings.noResults, { query: state.query });
  }

  const link = 'underline underline-offset-4';
  return (
    <div ref={root} onSubmit={onSubmit} onInput={onInput} onFocus={onFocus}>
      {children}
      <p id="search-status" role="status" aria-live="polite" aria-atomic="true" className="mt-6 text-lg font-semibold">
        {status}
      </p>
      {state.status === 'done' && state.results.length === 0 && (
        <div id="search-no-results" className="mt-2">
          <p>{strings.noResultsHelp}</p>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            <li>
              <a className={link} href={links.guides}>
                {strings.guidesLink}
              </a>
            </li>
            <li>
              <a className={`${link} font-semibold`} href={links.report}>
                {strings.reportLink}
              </a>
            </li>
          </ul>
        </div>
      )}
      {state.status === 'done' && state.results.length > 0 && (
        <section aria-labelledby="search-results-heading" className="mt-4">
          <h2 id="search-results-heading" className="sr-only">
            {strings.resultsHeading}
          </h2>
          <ol id="search-results" className="space-y-6">
            {state.results.map((result) => (
              <li key={result.url}>
                <h3 className="text-lg font-semibold">
                  <a className={link} href={result.url}>
                    {result.title}
                  </a>
                </h3>
                <p className="mt-1 [&_mark]:rounded-sm [&_mark]:bg-yellow-200 [&_mark]:px-0.5 [&_mark]:text-slate-950 dark:[&_mark]:bg-yellow-300">
                  {excerptNodes(result.excerpt)}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
