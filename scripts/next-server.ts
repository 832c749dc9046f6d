import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

// Serves a production build with `next start` on a free loopback port: the e2e tests and the benchmark use it.

export interface NextServer {
  url: string;
  /** Stops this server and the processes it started (its own process group), nothing else. */
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function waitUntilUp(url: string, timeoutMs = 60_000): Promise<void> {
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

/** Starts `next start` in `projectDir` (which holds a build) and resolves once `probePath` answers. */
export async function startNext(projectDir: string, probePath = '/'): Promise<NextServer> {
  const port = await freePort();
  const server = spawn(path.join(projectDir, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: projectDir,
    // Its log on stderr, so a caller's stdout stays its own (the benchmark prints its table there).
    stdio: ['ignore', 2, 2],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    // Its own process group, so stop() ends next and its workers together.
    detached: true,
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url + probePath);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
