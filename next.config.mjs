import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Unknown addresses render app/global-not-found.tsx in the reader's language.
  experimental: { globalNotFound: true },
  // The open data (docs/open-data.md) may be read by scripts on other sites.
  async headers() {
    return ['/resources.json', '/resources.schema.json'].map((source) => ({
      source,
      headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }],
    }));
  },
};

export default withNextIntl(nextConfig);
