// The build manifest (out/_haven/manifest.json) and the server configurations made from it: the rules a static host
// reads (out/_headers, out/_redirects) and the nginx snippet (out/_haven/nginx.conf). scripts/serve.mjs reads the
// manifest itself. Everything here comes from the locale record, the page list and lib/site-policy.mjs, so no server's
// rules can drift from another's.
import { defaultLocale, languageMatches, localeRecords, locales } from '@/lib/locales';
import { filePaths, notFoundFile, pagePaths } from '@/lib/routes';
import { localePath, siteUrl } from '@/lib/site';
import { headerRules, hstsHeader, patternRegExp } from '@/lib/site-policy.mjs';

export const MANIFEST_DIR = '_haven';

export function buildManifest() {
  return {
    site: siteUrl.origin,
    defaultLocale,
    locales: locales.map((code) => ({ code, ...localeRecords[code], matches: languageMatches(code) })),
    pages: locales.flatMap((locale) => pagePaths().map((path) => localePath(locale, path))),
    files: filePaths(),
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
      '# Written by `npm run build` (lib/build-manifest.ts) from lib/site-policy.mjs. Do not edit.',
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
      '# Written by `npm run build` (lib/build-manifest.ts). Do not edit.',
      ...manifest.locales.map(({ code, matches }) => `/  /${code}  302  Language=${matches.join(',')}`),
      `/  /${manifest.defaultLocale}  302`,
      ...manifest.locales.map(({ code }) => `/${code}/*  ${manifest.notFound[code as keyof typeof manifest.notFound]}  404`),
    ].join('\n') + '\n'
  );
}

const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/** The nginx snippet: include it in a server block whose root is out/ (README, "Deploy"). */
export function nginxConf(manifest: BuildManifest): string {
  const alt = manifest.locales.map((l) => l.code).join('|');
  const [base, ...rest] = manifest.headers;
  // nginx sets a file's type with types{}, not add_header, which would send a second Content-Type.
  const names = [...new Set(manifest.headers.flatMap((r) => Object.keys(r.set)))].filter((n) => n !== 'Content-Type');
  const variable = (name: string) => `$haven_${name.toLowerCase().replace(/-/g, '_')}`;
  // A location's own add_header would drop the server's, so every header is a variable that locations change.
  const locationFor = (pattern: string) => patternRegExp(pattern).source.replace('[^/]+', `(?:${alt})`);
  const sets = (set: Record<string, string>) =>
    Object.entries(set).map(([k, v]) =>
      k === 'Content-Type' ? `    types { } default_type ${v.split(';')[0]};` : `    set ${variable(k)} ${quote(v)};`,
    );
  // The first language of Accept-Language that the site has, else the default (nginx cannot weigh q-values).
  // The language subtag is captured, then named by its locale (zh → zh-Hans, tl → fil).
  const languages = manifest.locales.flatMap((l) => l.matches);
  const negotiate = [
    '    set $haven_vary "Accept-Language";',
    `    set $haven_locale ${manifest.defaultLocale};`,
    `    if ($http_accept_language ~* "^(?:[^,]*,)*?\\s*(${languages.join('|')})(?:-[^,;]*)?\\s*(?:;[^,]*)?(?:,|$)") {`,
    '        set $haven_locale $1;',
    '    }',
    ...manifest.locales.flatMap(({ code, matches }) =>
      matches.filter((m) => m !== code).map((m) => `    if ($haven_locale = ${m}) { set $haven_locale ${code}; }`),
    ),
  ];
  const lines = [
    '# Written by `npm run build` (lib/build-manifest.ts) from the build manifest. Do not edit: build again.',
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
    '',
    ...names.map((name) => `set ${variable(name)} ${quote(base.set[name] ?? '')};`),
    '# Only over HTTPS. If TLS ends in front of nginx, test $http_x_forwarded_proto instead of $scheme.',
    'set $haven_hsts "";',
    `if ($scheme = https) { set $haven_hsts ${quote(Object.values(manifest.hsts)[0])}; }`,
    'set $haven_vary "";',
    'set $haven_allow "";',
    ...names.map((name) => `add_header ${name} ${variable(name)} always;`),
    'add_header Strict-Transport-Security $haven_hsts always;',
    'add_header Vary $haven_vary always;',
    'add_header Allow $haven_allow always;',
    '',
    '# Only GET and HEAD: this site has nothing to post to.',
    'if ($request_method !~ ^(GET|HEAD)$) {',
    '    set $haven_allow "GET, HEAD";',
    '    return 405;',
    '}',
    "# /fr/guides/ → /fr/guides, matched on the raw $request_uri, and never to '//…', another site.",
    'if ($request_uri ~ "^(/[^/?][^?]*?)/+(\\?.*)?$") {',
    '    return 308 $1$2;',
    '}',
    '',
    "# The root sends each reader to their language: nginx cannot weigh q-values, so the first language of",
    '# Accept-Language that the site has wins (browsers list them by preference); English otherwise.',
    'location = / {',
    ...negotiate,
    '    return 302 /$haven_locale;',
    '}',
    '',
    '# The manifest and this file are for servers, and the 404 pages are shown by error_page only.',
    `location ~ ^/(?:${MANIFEST_DIR}/|(?:(?:${alt})/)?404(?:\\.html)?$) {`,
    '    internal;',
    '}',
    '',
    ...rest.flatMap((rule) => [
      `location ~ ${locationFor(rule.for)} {`,
      ...sets(rule.set),
      ...(rule.for.startsWith('/:locale') ? ['    try_files $uri $uri.html =404;'] : []),
      '}',
    ]),
    '',
    '# Under a locale, an unknown address gets that locale\'s 404 page.',
    `location ~ ^/(?<haven_locale>${alt})/ {`,
    '    error_page 404 /$haven_locale/404.html;',
    '    try_files $uri $uri.html $uri/index.html =404;',
    '}',
    '',
    `error_page 404 ${manifest.notFound['*']};`,
    'location / {',
    '    try_files $uri $uri.html $uri/index.html @haven_no_locale;',
    '}',
    "# A page address without a language (/guides) goes to it in the reader's language; a file name gets the 404 page.",
    'location @haven_no_locale {',
    '    if ($uri ~ "\\.[^/]*$") { return 404; }',
    ...negotiate,
    '    return 302 /$haven_locale$request_uri;',
    '}',
  ];
  return lines.join('\n') + '\n';
}
