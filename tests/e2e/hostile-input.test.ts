import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { baseURL } from './site';

// Requests a browser would never send, written raw: fetch() would normalise the path first.
function raw(path: string, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseURL());
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path, method, headers: body ? { 'content-type': 'text/plain' } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const malformed = ['/%E0%A4%A', '/en/%E0%A4%A', '/en/guides/%E0%A4%A', '/en/guides/x%E0%A4%A.js', '/%', '/en/%zz', '/en/%00', '/fr/guides/x%00.html'];
const traversal = [
  '/../../etc/passwd',
  '/en/../../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/en/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/..%5c..%5cetc%5cpasswd',
  '/_next/static/../../package.json',
  '/_next/static/..%2f..%2fpackage.json',
  '/pagefind/..%2f..%2fpackage.json',
  '/js/..%2f..%2fpackage.json',
  '/og/%2e%2e/%2e%2e/package.json',
];
const long = [`/en/${'a'.repeat(5000)}`, `/en/${'a/'.repeat(2000)}`, `/en/search?q=${'x'.repeat(8000)}`];
const markup = [
  '/en/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/en/search?q=%3Cscript%3Ealert(1)%3C/script%3E',
  '/en/guides/%22%3E%3Csvg%20onload%3Dalert(1)%3E',
  '/en?x=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '/fr/report/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
];

// What must never come back: a 5xx, a file from the server's disk, markup from the request.
function problems(path: string, { status, body }: { status: number; body: string }): string[] {
  const found: string[] = [];
  if (status >= 500) found.push(`${path}: status ${status}`);
  if (/root:x:0:0|"name": "haven"|"devDependencies"/.test(body)) found.push(`${path}: a file from the disk`);
  if (/<script>alert\(1\)|<svg onload|<img src=x onerror/i.test(body)) found.push(`${path}: request markup in the page`);
  return found;
}

describe('hostile and broken input', () => {
  it.each([
    ['malformed percent-encodings', malformed],
    ['path traversal', traversal],
    ['very long paths and queries', long],
    ['encoded markup in the path or query', markup],
  ])('%s get a 4xx or the normal page', async (_, paths) => {
    const found: string[] = [];
    for (const path of paths) found.push(...problems(path, await raw(path)));
    expect(found).toEqual([]);
  });

  it('answers a malformed encoding with 400, not the 500 Next gives by default', async () => {
    for (const path of ['/%E0%A4%A', '/en/guides/%E0%A4%A']) expect((await raw(path)).status).toBe(400);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD'])('%s gets a 4xx or the normal page', async (method) => {
    const found: string[] = [];
    for (const path of ['/en', '/en/guides/sextortion', '/ar/report/us', '/en/search', '/resources.json', '/en/no-such-page']) {
      const response = await raw(path, method, method === 'POST' || method === 'PUT' ? '<script>alert(1)</script>' : undefined);
      found.push(...problems(`${method} ${path}`, response));
      if (response.status >= 200 && response.status < 300 && method !== 'HEAD' && method !== 'OPTIONS') {
        // A 2xx is the normal page: the same as a GET.
        const normal = await raw(path);
        if (response.body !== normal.body) found.push(`${method} ${path}: a 2xx that is not the page`);
      }
    }
    expect(found).toEqual([]);
  });
});
