// How the built site is served, in one place: which headers each path gets, how long it may be cached, and which
// language `/` sends a reader to. scripts/postbuild.ts writes these rules into out/_haven/manifest.json and turns
// them into out/_headers, out/_redirects and the nginx snippet; server/site.mjs (`npm start`) applies them.
// Plain JavaScript, so the Node server runs without a build step.
import Negotiator from 'negotiator';
import { matchLocale } from './locale-match.js';
import { contentSecurityPolicy, hsts, securityHeaders } from './security-headers.mjs';

/** Hashed build assets never change under the same name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else keeps its address when it changes (a corrected phone number): the browser checks each time. */
const REVALIDATE = 'no-cache';

/**
 * The header rules, in order: a later rule that matches a path overrides an earlier one's value for the same
 * header. Patterns use the static hosts' `_headers` syntax: `*` is any rest of the path, `:name` one segment.
 * @returns {{ for: string, set: Record<string, string> }[]}
 */
export function headerRules() {
  const base = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]));
  const wasm = { 'Content-Security-Policy': contentSecurityPolicy({ wasm: true }) };
  const anyOrigin = { 'Access-Control-Allow-Origin': '*' };
  return [
    { for: '/*', set: { ...base, 'Cache-Control': REVALIDATE } },
    { for: '/_next/static/*', set: { 'Cache-Control': IMMUTABLE } },
    // Only search runs WebAssembly (Pagefind): on the page, and on Pagefind's files, whose worker runs under the
    // policy of its own script.
    { for: '/:locale/search', set: wasm },
    { for: '/pagefind/*', set: wasm },
    // The open data (docs/open-data.md) may be read by scripts on other sites.
    { for: '/resources.json', set: anyOrigin },
    { for: '/resources.schema.json', set: { ...anyOrigin, 'Content-Type': 'application/schema+json; charset=utf-8' } },
    { for: '/directory.json', set: anyOrigin },
    { for: '/directory.schema.json', set: { ...anyOrigin, 'Content-Type': 'application/schema+json; charset=utf-8' } },
    // File types a file name alone does not tell.
    { for: '/:locale/feed.xml', set: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  ];
}

/** Sent only over HTTPS. */
export const hstsHeader = { [hsts.key]: hsts.value };

const compiled = new Map();

/** @param {string} pattern @returns {RegExp} */
export function patternRegExp(pattern) {
  if (compiled.has(pattern)) return compiled.get(pattern);
  const source = pattern
    .split(/(\*|:[a-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const regExp = new RegExp(`^${source}$`);
  compiled.set(pattern, regExp);
  return regExp;
}

/**
 * The headers of a path: every matching rule, in order.
 * @param {string} pathname @param {{ for: string, set: Record<string, string> }[]} rules @param {boolean} https
 */
export function headersFor(pathname, rules, https = false) {
  const headers = {};
  for (const rule of rules) if (patternRegExp(rule.for).test(pathname)) Object.assign(headers, rule.set);
  return https ? { ...headers, ...hstsHeader } : headers;
}

/**
 * The reader's language from Accept-Language, weighed by q-values: a tag is taken as it is (pt-BR → pt, fr-CA → fr by
 * its language) and a language reaches the locale that lists it in `matches` (zh-CN, zh-TW → zh-Hans; tl → fil).
 * The default when nothing matches.
 * @param {string | undefined} acceptLanguage
 * @param {{ code: string, matches?: readonly string[] }[]} locales
 * @param {string} fallback
 */
export function negotiateLocale(acceptLanguage, locales, fallback) {
  // Negotiator parses the header and orders its tags by q-value (then by their order in the header).
  const tags = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages();
  return matchLocale(tags, locales) ?? fallback;
}
