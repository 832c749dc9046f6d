import { execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import type { TestProject } from 'vitest/node';

// Builds the site (unless HAVEN_SKIP_BUILD=1) and serves the production build on a free port.

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const next = 'node_modules/.bin/next';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`server did not answer at ${url}`);
}

export default async function setup(project: TestProject) {
  // `npm run build`, not `next build` alone: it also writes the search index (public/pagefind/).
  if (process.env.HAVEN_SKIP_BUILD !== '1') execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const port = await freePort();
  const server = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${baseURL}/en`);
  project.provide('baseURL', baseURL);
  return () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}
