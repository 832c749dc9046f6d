import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Unknown addresses render app/global-not-found.tsx in the reader's language.
  experimental: { globalNotFound: true },
};

export default withNextIntl(nextConfig);
