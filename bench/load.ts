import autocannon from 'autocannon';

export interface LoadRequest {
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One autocannon run; a row of the table may sum several (one per round). */
export interface LoadSample {
  /** Every response's latency in ms, 2xx or not. */
  latencies: Float64Array;
  ok: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  statusCounts: Record<string, number>;
  durationSeconds: number;
}

export interface LoadResult {
  /** 2xx responses per second: a server that fails fast must not look fast. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  responses: number;
  non2xx: number;
  errors: number;
  statusCounts: Record<string, number>;
  durationSeconds: number;
}

/**
 * Latencies are collected here rather than read from autocannon's histogram, which keeps whole
 * milliseconds: at a few ms per request that rounding would hide the difference we look for.
 */
export async function runLoad(
  request: LoadRequest,
  options: {
    connections: number;
    durationSeconds: number;
    overallRate?: number;
    /** Stop after this many requests instead of after durationSeconds. */
    amount?: number;
  },
): Promise<LoadSample> {
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  const instance = autocannon({
    url: request.url,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    ...(options.amount ? { amount: options.amount } : {}),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    if (count === latencies.length) {
      const grown = new Float64Array(latencies.length * 2);
      grown.set(latencies);
      latencies = grown;
    }
    latencies[count++] = responseTime;
  });
  const result = await instance;
  return {
    latencies: latencies.slice(0, count),
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    statusCounts: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count: n }]) => [code, n])),
    durationSeconds: result.duration,
  };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarize(samples: LoadSample[]): LoadResult {
  const all = new Float64Array(samples.reduce((n, s) => n + s.latencies.length, 0));
  let offset = 0;
  const statusCounts: Record<string, number> = {};
  for (const sample of samples) {
    all.set(sample.latencies, offset);
    offset += sample.latencies.length;
    for (const [code, n] of Object.entries(sample.statusCounts)) statusCounts[code] = (statusCounts[code] ?? 0) + n;
  }
  all.sort();
  const sum = (pick: (s: LoadSample) => number) => samples.reduce((n, s) => n + pick(s), 0);
  const durationSeconds = sum((s) => s.durationSeconds);
  return {
    rps: durationSeconds > 0 ? sum((s) => s.ok) / durationSeconds : 0,
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
    responses: all.length,
    non2xx: sum((s) => s.non2xx),
    errors: sum((s) => s.errors),
    statusCounts,
    durationSeconds,
  };
}
