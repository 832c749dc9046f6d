import { spawn } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Servers on a free loopback port, for the e2e tests and the benchmark: Haven's own (`npm start`, server/serve.mjs,
// on a folder of built files) and `next start` (the benchmark's plain starter).

export interface Server {
  url: string;
  /** The server's process (nginx: its master). */
  pid?: number;
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

/** Runs a server command on a free port (given as PORT and as `{port}` in its arguments) until `probePath` answers. */
async function startServer(command: string, args: string[], cwd: string, probePath: string): Promise<Server> {
  const port = await freePort();
  const server = spawn(command, args.map((a) => a.replace('{port}', String(port))), {
    cwd,
    // Its log on stderr, so a caller's stdout stays its own (the benchmark prints its table there).
    stdio: ['ignore', 2, 2],
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
    // Its own process group, so stop() ends it and its workers together.
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
  return { url, stop, pid: server.pid };
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** `npm start`: Haven's server on a folder of built files (out/ by default), from any working directory. */
export function startSite(outDir = path.join(root, 'out'), cwd = root): Promise<Server> {
  return startServer(process.execPath, [path.join(root, 'server/serve.mjs'), outDir], cwd, '/en');
}

/** `npm start` in a folder that holds a deployment (out/, server/, package.json, node_modules), as a host runs it. */
export function startDeployed(dir: string): Promise<Server> {
  return startServer('npm', ['start'], dir, '/en');
}

/** `next start` in `projectDir` (which holds a build). */
export function startNext(projectDir: string, probePath = '/'): Promise<Server> {
  return startServer(path.join(projectDir, 'node_modules/.bin/next'), ['start', '-p', '{port}', '-H', '127.0.0.1'], projectDir, probePath);
}

/**
 * Debian's nginx on a folder of built files with the snippet the build generated (out/_haven/nginx.conf), on a free
 * loopback port, plus HTTPS on a second port when given a certificate and key.
 */
export async function startNginx(outDir = path.join(root, 'out'), tls?: { cert: string; key: string }): Promise<Server & { tlsPort?: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-nginx-'));
  const port = await freePort();
  const tlsPort = tls ? await freePort() : undefined;
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `# Only what a test or the benchmark needs around the site's own configuration.
${process.getuid?.() === 0 ? '# Workers read out/ wherever the checkout is, even below a private home directory.\nuser root;' : ''}
worker_processes 1;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    ${tls ? `listen 127.0.0.1:${tlsPort} ssl;\n    ssl_certificate ${tls.cert};\n    ssl_certificate_key ${tls.key};` : ''}
    root ${outDir};
    include ${path.join(outDir, '_haven/nginx.conf')};
  }
}
`,
  );
  const nginx = spawn(
    process.env.NGINX_PATH ?? '/usr/sbin/nginx',
    ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf'), '-g', `daemon off; pid ${dir}/nginx.pid;`],
    { stdio: ['ignore', 2, 2] },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (nginx.exitCode === null) nginx.kill('SIGTERM');
    // The master ends its worker; its folder goes once it has.
    nginx.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  };
  try {
    await waitUntilUp(`${url}/index.html`, 20_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop, tlsPort, pid: nginx.pid };
}
