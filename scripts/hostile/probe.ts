// Sends the hostile requests (./requests.ts) to servers on loopback and judges the answers; floods a server with junk
// and reads its memory. Shared by tests/e2e/hostile-servers.test.ts and `npm run bench`.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { hostileRequests, junkTarget, type HostileRequest } from './requests';

export interface RawAnswer {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  headers: Record<string, string>;
}

/** One request as raw bytes on a connection of its own; the answer's status line and headers. */
export function sendRaw(baseURL: string, request: HostileRequest, timeoutMs = 10_000): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseURL);
  const headers = request.headers ?? [];
  const hasHost = headers.some(([name]) => name.toLowerCase() === 'host');
  const head =
    `${request.method} ${request.target} ${request.version ?? 'HTTP/1.1'}\r\n` +
    (request.noHost || hasHost ? '' : `Host: ${hostname}:${port}\r\n`) +
    headers.map(([name, value]) => `${name}: ${value}\r\n`).join('') +
    'Connection: close\r\n\r\n';
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let data = Buffer.alloc(0);
    const done = () => {
      socket.destroy();
      const text = data.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const lines = (end === -1 ? text : text.slice(0, end)).split('\r\n');
      // After a 100 Continue comes the real answer.
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1] ?? 0);
      if (status === 100) {
        data = Buffer.from(text.slice(end + 4), 'latin1');
        return done();
      }
      const answerHeaders: Record<string, string> = {};
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) {
          const name = line.slice(0, colon).trim().toLowerCase();
          answerHeaders[name] = answerHeaders[name] ? `${answerHeaders[name]}, ${line.slice(colon + 1).trim()}` : line.slice(colon + 1).trim();
        }
      }
      resolve({ status, headers: answerHeaders });
    };
    socket.setTimeout(timeoutMs, done);
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
    });
    socket.on('close', done);
    // A server may close while a large request is still being written: that is its answer.
    socket.on('error', () => {});
    socket.write(head);
  });
}

/** Why an answer is wrong whatever the server: a 5xx, no answer, another host in Location, or no policy headers. */
function problemsOf(request: HostileRequest, answer: RawAnswer): string[] {
  const found: string[] = [];
  if (answer.status >= 500) found.push(`status ${answer.status}`);
  const location = answer.headers.location;
  // Only a path on this site: not '//host', not '/\host', no scheme.
  if (location !== undefined && !/^\/(?![/\\])[^\s\\]*$/.test(location)) found.push(`Location ${location}`);
  if (answer.status === 0) {
    // Only a refusal may go unanswered (a connection closed by a parser that gave up on an oversize request).
    if (request.same !== 'refused') found.push('no answer');
    return found;
  }
  if (!answer.headers['content-security-policy'] || answer.headers['x-content-type-options'] !== 'nosniff') found.push('no security headers');
  if (answer.status === 404 && answer.headers['content-security-policy']?.includes('wasm')) found.push("a 404 with search's policy");
  if (answer.headers['set-cookie']) found.push('a cookie');
  return found;
}

export interface HostileReport {
  requests: number;
  fiveXX: number;
  /** Servers that stopped answering during the run. */
  crashes: number;
  /** Requests whose status differs between the servers (refusals: either one not a 4xx). */
  differences: number;
  problems: string[];
}

/** Sends every hostile request to each server, in turn, and compares their statuses. */
export async function runHostile(servers: { name: string; url: string }[], requests = hostileRequests()): Promise<HostileReport> {
  const report: HostileReport = { requests: 0, fiveXX: 0, crashes: 0, differences: 0, problems: [] };
  for (const request of requests) {
    const answers: RawAnswer[] = [];
    for (const server of servers) {
      const answer = await sendRaw(server.url, request);
      report.requests++;
      if (answer.status >= 500) report.fiveXX++;
      for (const problem of problemsOf(request, answer)) report.problems.push(`${server.name}: ${request.name}: ${problem}`);
      answers.push(answer);
    }
    const statuses = answers.map((a) => a.status);
    const differ =
      request.same === 'refused'
        ? statuses.some((s) => s !== 0 && (s < 400 || s >= 500))
        : statuses.some((s) => s !== statuses[0]);
    if (differ) {
      report.differences++;
      report.problems.push(`${request.name}: ${servers.map((s, i) => `${s.name} ${statuses[i]}`).join(', ')}`);
    }
  }
  for (const server of servers) {
    if ((await sendRaw(server.url, { name: 'alive', method: 'GET', target: '/en' })).status !== 200) {
      report.crashes++;
      report.problems.push(`${server.name} stopped answering`);
    }
  }
  return report;
}

/** A process's resident memory in MiB (Linux). */
export function rssMiB(pid: number): number {
  const kB = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return Math.round(kB / 1024);
}

/** `count` junk requests (./requests.ts junkTarget), `connections` at a time over keep-alive; their 5xx count. */
export async function flood(baseURL: string, count: number, connections = 16): Promise<{ fiveXX: number; failed: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port } = new URL(baseURL);
  let next = 0;
  let fiveXX = 0;
  let failed = 0;
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const encodings = ['', 'br', 'gzip', 'gzip, br'];
      const request = http.request(
        { agent, hostname, port, path: junkTarget(i), headers: { 'accept-encoding': encodings[i % 4], 'accept-language': `x${i}, fr;q=0.${i % 10}` } },
        (response) => {
          if ((response.statusCode ?? 0) >= 500) fiveXX++;
          response.resume();
          response.on('end', resolve);
        },
      );
      request.on('error', () => {
        failed++;
        resolve();
      });
      request.end();
    });
  const worker = async () => {
    while (next < count) await one(next++);
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  return { fiveXX, failed };
}
