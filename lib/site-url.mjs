// The public address (SITE_URL) that pages, QR codes, printed links, the schools' newsletter text and badge, the
// sitemap, feeds and open data carry. A production build refuses to run without one, and refuses a loopback
// address, which no reader can open (review H5: builds without SITE_URL printed http://localhost:3000 everywhere).
// Plain JavaScript because next.config.mjs imports it.

/**
 * A reserved name (RFC 2606) that cannot be anyone's site: the address of `npm run dev`, the unit tests and the
 * builds the tests and the benchmark make. A build that uses it says so.
 */
export const exampleSiteUrl = 'https://haven.example';

const loopback = /^(localhost|.*\.localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(\.\d+){3}\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;
const reserved = /\.(example|test|invalid)$/i;

/**
 * SITE_URL checked: an http(s) origin a reader can reach. Throws with what to do otherwise.
 * @param {string | undefined} value
 * @returns {URL}
 */
export function parseSiteUrl(value) {
  const hint = 'set it to the site\'s public address, for example SITE_URL=https://haven.example.org npm run build';
  if (!value || !value.trim()) throw new Error(`SITE_URL is not set: ${hint} (README, "Deploy")`);
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL is not an address: "${value}"; ${hint}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with https:// or http://: "${value}"`);
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/')
    throw new Error(`SITE_URL must be an origin alone, with no path, query or password: "${value}"`);
  if (loopback.test(url.hostname))
    throw new Error(`SITE_URL is a local address (${url.host}) that no reader can open: ${hint}`);
  return url;
}

/**
 * The warning a build prints for an address that is fine for a preview or a test, never for readers.
 * @param {URL} url
 * @returns {string | undefined}
 */
export function siteUrlWarning(url) {
  return reserved.test(url.hostname)
    ? `SITE_URL ${url.origin} is a reserved example name: fine for a preview or the tests, not for a public site`
    : undefined;
}

/**
 * The address pages carry: SITE_URL, checked; without it, outside a production build (next dev, unit tests),
 * the example name, never a local address.
 */
/**
 * @param {Record<string, string | undefined>} env
 * @returns {URL}
 */
export function siteUrlFrom(env) {
  return env.SITE_URL ? parseSiteUrl(env.SITE_URL) : new URL(exampleSiteUrl);
}

/**
 * The environment a build started by the tests or the benchmark inherits: SITE_URL as given, or the example name.
 * @template {Record<string, string | undefined>} Env
 * @param {Env} env
 * @returns {Env & { SITE_URL: string }}
 */
export function withExampleSiteUrl(env) {
  return { ...env, SITE_URL: env.SITE_URL || exampleSiteUrl };
}
