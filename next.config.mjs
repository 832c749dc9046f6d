import { availableParallelism } from 'node:os';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
import { parseSiteUrl, siteUrlWarning } from './lib/site-url.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The whole site is files in out/ (scripts/postbuild.ts finishes it; server/serve.mjs or any host serves it).
  output: 'export',
  reactStrictMode: true,
  // out/404.html, the page for an unknown address outside every locale; each locale has its own (out/<locale>/404.html).
  experimental: {
    globalNotFound: true,
    // Next renders pages in cores − 1 workers: one on a two-core machine, where rendering is a third of the build.
    cpus: availableParallelism(),
  },
  // `npm test` type-checks before it builds (`npm run typecheck`: next typegen writes the route types, then tsc checks
  // them with everything else, over the same tsconfig) and tells its build so (scripts/test.mjs): the build's own
  // check would be that one again. Every other build checks.
  typescript: { ignoreBuildErrors: process.env.HAVEN_TYPES_CHECKED === '1' },
};

/** @param {string} phase */
export default function config(phase) {
  // A production build prints its address into every page, QR code and badge: it refuses to run without a public one.
  // `next typegen` loads this as a build does, to write route types: it prints no address, and needs none.
  if (phase === PHASE_PRODUCTION_BUILD && !process.argv.includes('typegen')) {
    const warning = siteUrlWarning(parseSiteUrl(process.env.SITE_URL));
    if (warning) console.warn(`⚠ ${warning}`);
  }
  return withNextIntl(nextConfig);
}
