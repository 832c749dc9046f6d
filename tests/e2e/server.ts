import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { withExampleSiteUrl } from '../../lib/site-url.mjs';
import { startSite } from '../../scripts/servers';

// Builds the site into out/ (unless HAVEN_SKIP_BUILD=1) and serves it with `npm start`'s server on a free port.

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  // `npm run build`, not `next build` alone: it also finishes out/ (scripts/postbuild.ts).
  // A build needs SITE_URL: the reserved example name unless one is given.
  if (process.env.HAVEN_SKIP_BUILD !== '1') execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: withExampleSiteUrl(process.env) });
  const server = await startSite();
  project.provide('baseURL', server.url);
  return () => server.stop();
}
