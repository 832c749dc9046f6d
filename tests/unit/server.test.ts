import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../server/bounded-cache.mjs';
import { SINGLE_RANGE } from '../../server/files.mjs';
import { encodePath, parseTarget } from '../../server/request-target.mjs';

describe('the request target, read as nginx reads it', () => {
  it.each([
    ['/en/guides', '/en/guides', ''],
    ['/en//guides?x=1', '/en/guides', '?x=1'],
    ['/./en/x/../guides', '/en/guides', ''],
    ['/en%2fguides', '/en/guides', ''],
    ['/%65n/guides#frag', '/en/guides', ''],
    ['/en/guides/', '/en/guides/', ''],
    ['/en/guides/.', '/en/guides/', ''],
    ['/%c0%ae', '/\u00c0\u00ae', ''],
    ['http://evil.example/en/guides/?q', '/en/guides/', '?q'],
    ['HTTP://evil.example', '/', ''],
  ])('%s → %s', (target, path, query) => {
    expect(parseTarget(target)).toMatchObject({ path, query });
  });

  it.each(['/\\evil.example/x/', '/en/guides?\\', '/%zz', '/%', '/en/%2', '/%00', '/../x', '/en/../../x', '*', 'evil.example:443', 'ftp://x/'])(
    'refuses %s',
    (target) => {
      expect(parseTarget(target)).toEqual({ error: 400 });
    },
  );

  it('writes a decoded path back as a path that no browser reads as another host', () => {
    expect(encodePath('/\\evil.example/x')).toBe('/%5Cevil.example/x');
    expect(encodePath('/a b/\r\n')).toBe('/a%20b/%0D%0A');
    expect(encodePath('/\u00c0\u00ae')).toBe('/%C0%AE');
  });
});

describe('the single byte range both servers honour', () => {
  it.each(['bytes=0-9', 'bytes=-100', 'bytes=100-', 'bytes=5-2'])('%s is a range', (range) => expect(SINGLE_RANGE.test(range)).toBe(true));
  it.each(['bytes=abc', 'bytes=0-0,5-6', 'bytes= 0-1', 'Bytes=0-1', 'bytes=0-99999999999999999999', 'bytes=-', 'items=0-1'])(
    '%s is not',
    (range) => expect(SINGLE_RANGE.test(range)).toBe(false),
  );
});

describe('a bounded cache', () => {
  it('counts keys and values, and lets the least recently used go first', () => {
    const cache = new BoundedCache({ maxEntries: 3, maxBytes: 10_000 });
    for (const key of ['a', 'b', 'c']) cache.set(key, key, 100);
    cache.get('a');
    cache.set('d', 'd', 100);
    expect([...cache.entries.keys()]).toEqual(['c', 'a', 'd']);
    // A long key weighs what it holds.
    const big = new BoundedCache({ maxEntries: 1000, maxBytes: 10_000 });
    for (let i = 0; i < 100; i++) big.set(`${i}-${'k'.repeat(1000)}`, null, 0);
    expect(big.bytes).toBeLessThanOrEqual(10_000);
    expect(big.size).toBeLessThan(5);
    expect(big.set('x', null, 20_000)).toBe(false);
  });
});
