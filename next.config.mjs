import createNextIntlPlugin from 'next-intl/plugin';
import { hsts, securityHeaders } from './lib/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Addresses outside every locale that look like files render app/global-not-found.tsx; the proxy answers every
  // other unknown address with its locale's 404 page.
  experimental: { globalNotFound: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders() },
      // Later rules win: only search runs WebAssembly (Pagefind, in its worker, whose own headers set its policy).
      ...['/:locale/search', '/pagefind/:path*'].map((source) => ({ source, headers: securityHeaders({ wasm: true }) })),
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [hsts],
      },
      // The open data (docs/open-data.md) may be read by scripts on other sites.
      ...['/resources.json', '/resources.schema.json'].map((source) => ({
        source,
        headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }],
      })),
    ];
  },
};

export default withNextIntl(nextConfig);
