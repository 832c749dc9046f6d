import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startNext } from '../../scripts/next-server';

// Builds the site (unless HAVEN_SKIP_BUILD=1) and serves the production build on a free port.

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  // `npm run build`, not `next build` alone: it also writes the search index (public/pagefind/).
  if (process.env.HAVEN_SKIP_BUILD !== '1') execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const server = await startNext(process.cwd(), '/en');
  project.provide('baseURL', server.url);
  return () => server.stop();
}
