import { Gauge, register } from 'prom-client';

export interface ServiceFigures {
  activeUsers: number;
  callsLast24h: number;
  /** Share of responses >= 400 in the last 24 h, 0..1 (0 when there were none). */
  errorRate: number;
}

/** A scrape every 15 s must not count 24 hours of usage logs each time. */
export const SERVICE_FIGURES_TTL_MS = 60_000;

/**
 * The seed's monitoring figures as gauges, recomputed at most once a minute: a scrape within the
 * minute gets the cached figures, concurrent scrapes share one computation, and when the database
 * fails the last figures are kept (a scrape never fails because of it).
 */
export class ServiceFiguresCollector {
  private figures: ServiceFigures | null = null;
  private computedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | null = null;

  constructor(
    private readonly compute: () => Promise<ServiceFigures>,
    private readonly onError: (error: unknown) => void,
    private readonly ttlMs = SERVICE_FIGURES_TTL_MS,
  ) {
    const gauge = (name: string, help: string, pick: (figures: ServiceFigures) => number) => {
      register.removeSingleMetric(name);
      const metric: Gauge = new Gauge({
        name,
        help,
        collect: async () => {
          await this.refresh();
          if (this.figures) metric.set(pick(this.figures));
        },
      });
    };
    gauge('aet_active_users', 'Users whose account is active (refreshed at most once a minute)', (f) => f.activeUsers);
    gauge('aet_api_calls_24h', 'API calls logged in the last 24 hours (refreshed at most once a minute)', (f) => f.callsLast24h);
    gauge(
      'aet_error_rate_24h',
      'Share of logged API calls answered >= 400 in the last 24 hours, 0..1 (refreshed at most once a minute)',
      (f) => f.errorRate,
    );
  }

  private refresh(): Promise<void> {
    if (performance.now() - this.computedAt < this.ttlMs) return Promise.resolve();
    this.pending ??= this.compute()
      .then((figures) => {
        this.figures = figures;
        this.computedAt = performance.now();
      })
      .catch(this.onError)
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
