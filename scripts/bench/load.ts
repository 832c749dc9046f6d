import autocannon from 'autocannon';

// A bounded load on one page of a server on this machine (loopback only): the benchmark and the CI load test use it.

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export async function load(url: string, { connections = 32, seconds = 10 } = {}): Promise<LoadResult> {
  const { hostname } = new URL(url);
  const loopback = hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
  if (!loopback) throw new Error(`refusing to load ${url}: not a loopback address`);
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
