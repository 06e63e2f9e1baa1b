import { Counter, Histogram, register } from 'prom-client';

const LABELS = ['method', 'route', 'status'] as const;
type Label = (typeof LABELS)[number];

/** Requests no route matched (404s, scanners): one label value, so their URLs cannot blow up the series count. */
export const UNMATCHED_ROUTE = 'unmatched';
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Latency buckets in seconds: from a cached answer (~1 ms) to a slow LLM call (10 s). */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function counter(): Counter<Label> {
  const existing = register.getSingleMetric('aet_http_requests_total');
  return (
    (existing as Counter<Label> | undefined) ??
    new Counter({ name: 'aet_http_requests_total', help: 'HTTP requests answered, by route pattern and status', labelNames: LABELS })
  );
}

function histogram(): Histogram<Label> {
  const existing = register.getSingleMetric('aet_http_request_duration_seconds');
  return (
    (existing as Histogram<Label> | undefined) ??
    new Histogram({
      name: 'aet_http_request_duration_seconds',
      help: 'Time from request received to response sent, by route pattern and status',
      labelNames: LABELS,
      buckets: BUCKETS,
    })
  );
}

interface Series {
  count: Counter.Internal;
  duration: Histogram.Internal<Label>;
}

/**
 * The per-request half of the HTTP metrics, on the hot path of every request: label children are
 * resolved once per (method, route, status) and kept, so a request costs a Map lookup, an
 * increment and a bucket search.
 */
export class HttpMetrics {
  private readonly counter = counter();
  private readonly histogram = histogram();
  private readonly series = new Map<string, Series>();

  observe(method: string, route: string | undefined, status: number, seconds: number): void {
    const routeLabel = route ?? UNMATCHED_ROUTE;
    const methodLabel = KNOWN_METHODS.has(method) ? method : 'OTHER';
    const key = `${methodLabel} ${status} ${routeLabel}`;
    let series = this.series.get(key);
    if (series === undefined) {
      const labels = { method: methodLabel, route: routeLabel, status: String(status) };
      series = { count: this.counter.labels(labels), duration: this.histogram.labels(labels) };
      this.series.set(key, series);
    }
    series.count.inc();
    series.duration.observe(seconds);
  }
}
