// The build manifest (out/_haven/manifest.json) and the server configurations made from it: the rules a static host
// reads (out/_headers, out/_redirects) and the nginx snippet (out/_haven/nginx.conf). server/site.mjs reads the
// manifest itself. Everything here comes from the locale record and server/site-policy.mjs, so no server's rules can
// drift from another's; it lists no pages, so writing it reads no content.
import { defaultLocale, languageMatches, localeRecords, locales } from '@/lib/locales';
import { notFoundFile } from '@/lib/routes';
import { siteUrl } from '@/lib/site';
import { headerRules, hstsHeader, patternRegExp } from '@/server/site-policy.mjs';

export const MANIFEST_DIR = '_haven';

export function buildManifest() {
  return {
    // The address the pages print (tests/e2e/site-address.test.ts checks them against it).
    site: siteUrl.origin,
    defaultLocale,
    locales: locales.map((code) => ({ code, ...localeRecords[code], matches: languageMatches(code) })),
    notFound: { ...Object.fromEntries(locales.map((l) => [l, notFoundFile(l)])), '*': notFoundFile() },
    headers: headerRules(),
    hsts: hstsHeader,
  };
}
export type BuildManifest = ReturnType<typeof buildManifest>;

/**
 * `_headers` for static hosts (Cloudflare Pages, Netlify): one block per rule. A later rule that changes a header
 * the first rule set detaches it first (`! Name`), so the policy is replaced, not joined with a comma.
 */
export function headersFile(manifest: BuildManifest): string {
  const [base, ...rest] = manifest.headers;
  const block = (pattern: string, set: Record<string, string>, detach: string[]) =>
    [pattern, ...detach.map((name) => `  ! ${name}`), ...Object.entries(set).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return (
    [
      '# Written by `npm run build` (lib/build/manifest.ts) from server/site-policy.mjs. Do not edit.',
      // Static hosts serve over HTTPS only.
      block(base.for, { ...base.set, ...manifest.hsts }, []),
      ...rest.map((rule) => block(rule.for, rule.set, Object.keys(rule.set).filter((k) => k in base.set))),
    ].join('\n\n') + '\n'
  );
}

/** `_redirects`: `/` to the reader's language (Netlify's Language= condition), English otherwise. */
export function redirectsFile(manifest: BuildManifest): string {
  return (
    [
      '# Written by `npm run build` (lib/build/manifest.ts). Do not edit.',
      ...manifest.locales.map(({ code, matches }) => `/  /${code}  302  Language=${matches.join(',')}`),
      `/  /${manifest.defaultLocale}  302`,
      ...manifest.locales.map(({ code }) => `/${code}/*  ${manifest.notFound[code as keyof typeof manifest.notFound]}  404`),
    ].join('\n') + '\n'
  );
}

const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/** One byte range, the only form both servers honour (server/files.mjs SINGLE_RANGE, as an nginx regex). */
const SINGLE_RANGE = String.raw`^bytes=(?:[0-9]{1,15}-[0-9]{0,15}|-[0-9]{1,15})$`;

/** The nginx snippet: include it in a server block whose root is out/ (README, "Deploy"). */
export function nginxConf(manifest: BuildManifest): string {
  const alt = manifest.locales.map((l) => l.code).join('|');
  const [base, ...rest] = manifest.headers;
  // Each location that changes a header repeats them all, as literals: a location's add_header drops the server's,
  // and literals (not variables set by rewrites) also reach the answers nginx makes before any rewrite runs (400, 414).
  const headerLines = (set: Record<string, string>, indent: string) => [
    ...Object.entries(set)
      .filter(([k]) => k !== 'Content-Type')
      .map(([k, v]) => `${indent}add_header ${k} ${quote(v)} always;`),
    `${indent}add_header Strict-Transport-Security $haven_hsts always;`,
    `${indent}add_header Vary $haven_vary always;`,
    `${indent}add_header Allow $haven_allow always;`,
  ];
  const locationRegex = (pattern: string) => patternRegExp(pattern).source.replace('[^/]+', `(?<haven_locale>${alt})`);
  // The first language of Accept-Language that the site has and that is not refused with q=0, in any letter case,
  // else the default (nginx cannot weigh the other q-values). The language is captured, then named by its locale.
  const languages = manifest.locales.flatMap((l) => l.matches);
  const negotiate = [
    '    set $haven_vary "Accept-Language";',
    `    set $haven_locale ${manifest.defaultLocale};`,
    `    if ($http_accept_language ~* "^(?:[^,]*,)*?\\s*(${languages.join('|')})(?:-[^,;]*)?\\s*(?:;(?!\\s*q\\s*=\\s*0(?:\\.0{0,3})?\\s*(?:,|$))[^,]*)?(?:,|$)") {`,
    '        set $haven_locale $1;',
    '    }',
    ...manifest.locales.flatMap(({ code, matches }) => matches.map((m) => `    if ($haven_locale ~* ^${m}$) { set $haven_locale ${code}; }`)),
  ];
  // The locations that serve files, each also as an internal twin under /_haven/whole/ with ranges off: a request
  // whose Range is malformed or asks for several ranges is sent there, to get the whole file (200), as from `npm start`.
  const serving: { regex: string; lines: string[] }[] = [
    ...rest.map((rule) => ({
      regex: locationRegex(rule.for),
      lines: [
        ...headerLines({ ...base.set, ...rule.set }, '    '),
        ...('Content-Type' in rule.set ? [`    types { } default_type ${rule.set['Content-Type'].split(';')[0]};`] : []),
        ...(rule.for.startsWith('/:locale')
          ? ['    error_page 404 /$haven_locale/404.html;', '    try_files $uri $uri.html $uri/index.html =404;']
          : ['    try_files $uri $uri.html $uri/index.html @haven_no_locale;']),
      ],
    })),
    {
      // Under a locale, an unknown address gets that locale's 404 page.
      regex: `^/(?<haven_locale>${alt})/`,
      lines: ['    error_page 404 /$haven_locale/404.html;', '    try_files $uri $uri.html $uri/index.html =404;'],
    },
    { regex: '^/', lines: ['    try_files $uri $uri.html $uri/index.html @haven_no_locale;'] },
  ];
  const twin = (regex: string) => `^/_haven/whole${regex.slice(1)}`;
  const lines = [
    '# Written by `npm run build` (lib/build/manifest.ts) from the build manifest. Do not edit: build again.',
    '# Include it inside a server block whose root is out/ (README, "Deploy"). It relies on mime.types at the http',
    "# level, as Debian's /etc/nginx/nginx.conf has.",
    'server_tokens off;',
    'absolute_redirect off;',
    'charset utf-8;',
    'charset_types text/xml text/plain text/css application/javascript application/json application/atom+xml application/schema+json image/svg+xml;',
    "# Pagefind's index files are gzipped binary data that its script unpacks itself.",
    'default_type application/octet-stream;',
    'gzip on;',
    'gzip_static on;',
    'gzip_vary on;',
    'gzip_min_length 256;',
    'gzip_types text/css text/xml text/plain application/javascript application/json application/atom+xml application/schema+json image/svg+xml;',
    '# RFC 9110: 304 when the file is not newer than If-Modified-Since (not only when equal); one range at most.',
    'if_modified_since before;',
    'max_ranges 1;',
    '',
    '# Only over HTTPS. If TLS ends in front of nginx, test $http_x_forwarded_proto instead of $scheme.',
    'set $haven_hsts "";',
    `if ($scheme = https) { set $haven_hsts ${quote(Object.values(manifest.hsts)[0])}; }`,
    'set $haven_vary "";',
    'set $haven_allow "";',
    'set $haven_none "";',
    ...headerLines(base.set, ''),
    '',
    '# A raw backslash is no URI character, and browsers read /\\host as another host.',
    String.raw`if ($request_uri ~ "\\\\") {`,
    '    return 400;',
    '}',
    '# Only GET and HEAD: this site has nothing to post to.',
    'if ($request_method !~ ^(GET|HEAD)$) {',
    '    set $haven_allow "GET, HEAD";',
    '    return 405;',
    '}',
    "# /fr/guides/ → /fr/guides, matched on the raw $request_uri, and never to '//…', another site.",
    'if ($request_uri ~ "^(/[^/?][^?]*?)/+(\\?.*)?$") {',
    '    return 308 $1$2;',
    '}',
    'set $haven_range_whole "";',
    'if ($http_range) { set $haven_range_whole 1; }',
    `if ($http_range ~ "${SINGLE_RANGE}") { set $haven_range_whole ""; }`,
    '',
    "# The root sends each reader to their language.",
    'location = / {',
    ...negotiate,
    '    return 302 /$haven_locale;',
    '}',
    '',
    `error_page 404 ${manifest.notFound['*']};`,
    // First, so that no location below takes their addresses.
    ...serving.flatMap(({ regex, lines: body }) => [
      `location ~ ${twin(regex)} {`,
      '    internal;',
      '    max_ranges 0;',
      '    rewrite ^/_haven/whole(/.*)$ $1 break;',
      ...body,
      '}',
    ]),
    '',
    '# The manifest and this file are for servers, and the 404 pages are shown by error_page only.',
    `location ~ ^/(?:${MANIFEST_DIR}/|(?:(?:${alt})/)?404(?:\\.html)?$) {`,
    '    internal;',
    '}',
    '',
    ...serving.flatMap(({ regex, lines: body }) => [
      regex === '^/' ? 'location / {' : `location ~ ${regex} {`,
      '    if ($haven_range_whole) { rewrite ^ /_haven/whole$uri last; }',
      '    error_page 416 @haven_416;',
      ...body,
      '}',
    ]),
    // nginx makes a 416 after the headers filter has run once: a second run, for its error page, would send every
    // header twice. This location adds none, so the first run's stand (with Content-Range: bytes */size).
    'location @haven_416 {',
    '    add_header X-Haven-None $haven_none;',
    '    return 416;',
    '}',
    '',
    "# A page address without a language (/guides) goes to it in the reader's language; a file name gets the 404 page.",
    'location @haven_no_locale {',
    '    if ($uri ~ "\\.[^/]*$") { return 404; }',
    ...negotiate,
    '    return 302 /$haven_locale$request_uri;',
    '}',
  ];
  return lines.join('\n') + '\n';
}
