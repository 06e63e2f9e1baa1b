import { addHistogram, percentileUpperBound } from './latency-histogram';

/** One roll-up row (user_id, day, endpoint, method) as the summary needs it. */
export interface DailyUsage {
  day: string;
  endpoint: string;
  method: string;
  requests: number;
  errors: number;
  timedRequests: number;
  totalResponseMs: number;
  latencyHistogram: readonly number[];
}

export interface DayUsage {
  date: string;
  requests: number;
  errors: number;
}

export interface EndpointUsage {
  endpoint: string;
  method: string;
  requests: number;
  errors: number;
  avgResponseTimeMs: number | null;
}

export interface UsageSummary {
  days: number;
  totalRequests: number;
  errorCount: number;
  /** errors / requests as a fraction 0…1, 4 decimals; null without requests. */
  errorRate: number | null;
  /** Mean over requests with a recorded time, 1 decimal; null when there are none. */
  avgResponseTimeMs: number | null;
  /** Nearest-rank p95, as the upper end of its histogram bucket; null when no request was timed. */
  p95ResponseTimeMs: number | null;
  byDay: DayUsage[];
  byEndpoint: EndpointUsage[];
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Code-point order: the same on every machine, whatever its locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Mean response time, 1 decimal; null when nothing was timed. */
export function average(totalMs: number, timed: number): number | null {
  return timed === 0 ? null : round(totalMs / timed, 1);
}

/**
 * Folds roll-up rows into the usage answer. `days` lists every day of the window, oldest first:
 * each gets an entry, with zeros when nothing happened. Rows outside it are ignored.
 */
export function summariseUsage(days: readonly string[], rows: readonly DailyUsage[]): UsageSummary {
  const byDay = new Map<string, DayUsage>(days.map((date) => [date, { date, requests: 0, errors: 0 }]));
  const byEndpoint = new Map<string, EndpointUsage & { timed: number; totalMs: number }>();
  const histogram: number[] = [];
  let requests = 0;
  let errors = 0;
  let timed = 0;
  let totalMs = 0;

  for (const row of rows) {
    const day = byDay.get(row.day);
    if (!day) continue;
    day.requests += row.requests;
    day.errors += row.errors;
    const key = `${row.method} ${row.endpoint}`;
    let endpoint = byEndpoint.get(key);
    if (!endpoint) {
      endpoint = { endpoint: row.endpoint, method: row.method, requests: 0, errors: 0, avgResponseTimeMs: null, timed: 0, totalMs: 0 };
      byEndpoint.set(key, endpoint);
    }
    endpoint.requests += row.requests;
    endpoint.errors += row.errors;
    endpoint.timed += row.timedRequests;
    endpoint.totalMs += row.totalResponseMs;
    requests += row.requests;
    errors += row.errors;
    timed += row.timedRequests;
    totalMs += row.totalResponseMs;
    addHistogram(histogram, row.latencyHistogram);
  }

  const endpoints = [...byEndpoint.values()]
    .map(({ endpoint, method, requests: count, errors: failed, timed: n, totalMs: sum }) => ({
      endpoint,
      method,
      requests: count,
      errors: failed,
      avgResponseTimeMs: average(sum, n),
    }))
    .sort((a, b) => b.requests - a.requests || compareCodePoints(a.endpoint, b.endpoint) || compareCodePoints(a.method, b.method));

  return {
    days: days.length,
    totalRequests: requests,
    errorCount: errors,
    errorRate: requests === 0 ? null : round(errors / requests, 4),
    avgResponseTimeMs: average(totalMs, timed),
    p95ResponseTimeMs: percentileUpperBound(histogram, 95),
    byDay: [...byDay.values()],
    byEndpoint: endpoints,
  };
}
