import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';
import createNextIntlPlugin from 'next-intl/plugin';

const withMDX = createMDX({});
const withNextIntl = createNextIntlPlugin();

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['js', 'jsx', 'md', 'mdx', 'ts', 'tsx'],
  // This fixture lives inside Haven's repository: without these, Next takes Haven's folder (the outer lockfile)
  // as the workspace root. A starter in its own folder gets this root anyway.
  turbopack: { root: fileURLToPath(new URL('.', import.meta.url)) },
  outputFileTracingRoot: fileURLToPath(new URL('.', import.meta.url)),
};

export default withNextIntl(withMDX(nextConfig));
