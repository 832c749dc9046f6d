// The security headers every response carries, in one place: ./site-policy.mjs makes them the base of the header
// rules that every server applies (server/serve.mjs, out/_headers, the nginx snippet), and the e2e tests hold each
// server to these values. Plain JavaScript because the Node server imports it, through ./site-policy.mjs.

/**
 * Only this site's own origin, for everything. No inline script or style: the pages carry none (the build strips
 * Next's client runtime), so there is nothing to allow by nonce or hash. Search runs Pagefind's WebAssembly, which
 * needs 'wasm-unsafe-eval' (compiling wasm, not JavaScript eval) on that page and Pagefind's own files only.
 * @param {{ wasm?: boolean }} [options]
 */
export function contentSecurityPolicy({ wasm = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** No powerful feature is used, so none is allowed, for this page or anything it could embed. */
const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** @param {{ wasm?: boolean }} [options] @returns {{ key: string, value: string }[]} */
export function securityHeaders(options) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // A click to a hotline must not tell it which page the parent was reading.
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'Permissions-Policy', value: permissionsPolicy },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/** Sent only when the request came over HTTPS (behind a TLS proxy that sets X-Forwarded-Proto). */
export const hsts = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };
