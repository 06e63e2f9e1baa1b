import { addHistogram, percentileUpperBound } from '../usage/latency-histogram';
import { average, compareCodePoints } from '../usage/usage-summary';

/** Response counts by status class; `4xx` leaves out 429, which is counted on its own. */
export interface StatusClassCounts {
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '429': number;
  '5xx': number;
}

/** One api_key_usage_daily row as the summary needs it. */
export interface KeyDailyUsage {
  day: string;
  endpoint: string;
  method: string;
  requests: number;
  statuses: StatusClassCounts;
  timedRequests: number;
  totalResponseMs: number;
  latencyHistogram: readonly number[];
}

export interface KeyUsageTotals {
  requests: number;
  /** Responses ≥ 400: 4xx, 429 and 5xx. */
  errors: number;
  statuses: StatusClassCounts;
}

export interface KeyDayUsage extends KeyUsageTotals {
  date: string;
}

export interface KeyEndpointUsage extends KeyUsageTotals {
  endpoint: string;
  method: string;
  avgResponseTimeMs: number | null;
  p95ResponseTimeMs: number | null;
}

export interface KeyUsageSummary extends KeyUsageTotals {
  days: number;
  avgResponseTimeMs: number | null;
  /** Nearest-rank percentiles, each the upper end of its histogram bucket; null when nothing was timed. */
  latency: { p50: number | null; p95: number | null; p99: number | null };
  byDay: KeyDayUsage[];
  byEndpoint: KeyEndpointUsage[];
}

const noStatuses = (): StatusClassCounts => ({ '2xx': 0, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0 });
const noTotals = (): KeyUsageTotals => ({ requests: 0, errors: 0, statuses: noStatuses() });

function addRow(into: KeyUsageTotals, row: KeyDailyUsage): void {
  into.requests += row.requests;
  into.errors += row.statuses['4xx'] + row.statuses['429'] + row.statuses['5xx'];
  for (const key of Object.keys(into.statuses) as Array<keyof StatusClassCounts>) into.statuses[key] += row.statuses[key];
}

interface Timing {
  timed: number;
  totalMs: number;
  histogram: number[];
}

function addTiming(into: Timing, row: KeyDailyUsage): void {
  into.timed += row.timedRequests;
  into.totalMs += row.totalResponseMs;
  addHistogram(into.histogram, row.latencyHistogram);
}

/**
 * Folds a key's roll-up rows into its usage answer. `days` lists every day of the window, oldest
 * first: each gets an entry, with zeros when nothing happened. Rows outside it are ignored.
 */
export function summariseKeyUsage(days: readonly string[], rows: readonly KeyDailyUsage[]): KeyUsageSummary {
  const byDay = new Map<string, KeyDayUsage>(days.map((date) => [date, { date, ...noTotals() }]));
  const byEndpoint = new Map<string, { endpoint: string; method: string; totals: KeyUsageTotals; timing: Timing }>();
  const totals = noTotals();
  const timing: Timing = { timed: 0, totalMs: 0, histogram: [] };

  for (const row of rows) {
    const day = byDay.get(row.day);
    if (!day) continue;
    addRow(day, row);
    const key = `${row.method} ${row.endpoint}`;
    let endpoint = byEndpoint.get(key);
    if (!endpoint) {
      endpoint = { endpoint: row.endpoint, method: row.method, totals: noTotals(), timing: { timed: 0, totalMs: 0, histogram: [] } };
      byEndpoint.set(key, endpoint);
    }
    addRow(endpoint.totals, row);
    addTiming(endpoint.timing, row);
    addRow(totals, row);
    addTiming(timing, row);
  }

  const endpoints = [...byEndpoint.values()]
    .map(({ endpoint, method, totals: counted, timing: timed }) => ({
      endpoint,
      method,
      ...counted,
      avgResponseTimeMs: average(timed.totalMs, timed.timed),
      p95ResponseTimeMs: percentileUpperBound(timed.histogram, 95),
    }))
    .sort((a, b) => b.requests - a.requests || compareCodePoints(a.endpoint, b.endpoint) || compareCodePoints(a.method, b.method));

  return {
    days: days.length,
    ...totals,
    avgResponseTimeMs: average(timing.totalMs, timing.timed),
    latency: {
      p50: percentileUpperBound(timing.histogram, 50),
      p95: percentileUpperBound(timing.histogram, 95),
      p99: percentileUpperBound(timing.histogram, 99),
    },
    byDay: [...byDay.values()],
    byEndpoint: endpoints,
  };
}
