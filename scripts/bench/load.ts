import autocannon from 'autocannon';

// A bounded load on one page of a server on this machine (loopback only): the benchmark and the CI load test use it.

export interface LoadResult {
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** `warmupSeconds` of the same load first, not counted, so a cold server's first requests do not skew the figures. */
export async function load(url: string, { connections = 32, seconds = 10, warmupSeconds = 0 } = {}): Promise<LoadResult> {
  const { hostname } = new URL(url);
  const loopback = hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
  if (!loopback) throw new Error(`refusing to load ${url}: not a loopback address`);
  if (warmupSeconds > 0) await autocannon({ url, connections, duration: warmupSeconds });
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
