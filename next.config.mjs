import { availableParallelism } from 'node:os';
import createNextIntlPlugin from 'next-intl/plugin';

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
};

export default withNextIntl(nextConfig);
