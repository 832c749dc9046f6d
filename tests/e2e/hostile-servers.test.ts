import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flood, rssMiB, runHostile } from '../../scripts/hostile/probe';
import { hostileRequests } from '../../scripts/hostile/requests';
import { startNginx, startSite, type Server } from '../../scripts/servers';

// Both servers of out/ (`npm start` and nginx with the generated snippet), each started here for this file alone, get
// the same hostile requests (scripts/hostile/requests.ts, which `npm run bench` counts too) and must answer alike.

let node: Server;
let nginx: Server;

beforeAll(async () => {
  [node, nginx] = await Promise.all([startSite(), startNginx()]);
}, 60_000);

afterAll(() => {
  node?.stop();
  nginx?.stop();
});

describe('hostile requests to both servers', () => {
  it('are at least 300, across every kind', () => {
    const names = hostileRequests().map((r) => r.name);
    expect(names.length).toBeGreaterThanOrEqual(300);
    for (const kind of [/^path /, /^HEAD /, /^redirect form /, /^Range /, /If-None-Match|If-Modified-Since|If-Range/, /^Accept-Language /, /^Accept-Encoding /, /^(POST|TRACE|PROPFIND) /, /B header$/, /without Host/]) {
      expect(names.some((n) => kind.test(n)), String(kind)).toBe(true);
    }
  });

  it('get no 5xx, no crash, no other host, the security headers on every answer, and the same status from both', async () => {
    const report = await runHostile([
      { name: 'npm start', url: node.url },
      { name: 'nginx', url: nginx.url },
    ]);
    expect(report.problems).toEqual([]);
    expect([report.fiveXX, report.crashes, report.differences]).toEqual([0, 0, 0]);
    expect(report.requests).toBe(hostileRequests().length * 2);
  }, 120_000);
});

describe('memory of the Node server', () => {
  it('stays bounded after 50,000 junk requests, each for a new address', async () => {
    const before = rssMiB(node.pid!);
    const { fiveXX, failed } = await flood(node.url, 50_000);
    const after = rssMiB(node.pid!);
    expect([fiveXX, failed]).toEqual([0, 0]);
    // Generous: the answer cache alone may hold 64 MiB of files; junk must add nothing kept.
    expect(after - before, `${before} MiB → ${after} MiB`).toBeLessThan(128);
    expect((await fetch(`${node.url}/en/guides`)).status).toBe(200);
  }, 240_000);
});
