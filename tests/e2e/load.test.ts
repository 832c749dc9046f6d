import { describe, expect, it } from 'vitest';
import { load } from '../../scripts/bench/load';
import { baseURL } from './site';

// The production server under a short, bounded load on loopback: every request must get a 2xx answer. Five seconds
// are thousands of requests here; throughput is the benchmark's to measure (npm run bench), not this test's.
const connections = 32;
const seconds = 5;

describe('under load', () => {
  it(
    `serves a guide to ${connections} connections for ${seconds} s without an error, a timeout or a non-2xx answer`,
    async () => {
      const result = await load(`${baseURL()}/en/guides/sextortion`, { connections, seconds });
      expect(result.requests).toBeGreaterThan(0);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.non2xx).toBe(0);
    },
    (seconds + 50) * 1000,
  );
});
