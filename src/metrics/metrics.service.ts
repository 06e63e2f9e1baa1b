import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, register } from 'prom-client';
import { DataSource } from 'typeorm';
import { UsageService } from '../usage/usage.service';
import { UsersService } from '../users/users.service';
import { registerDbPoolGauge } from './db-pool.collector';
import { HttpMetrics } from './http-metrics';
import { ServiceFiguresCollector } from './service-figures.collector';

/** The scrape route itself is not counted: a scraper's own traffic would only add noise. */
export const METRICS_PATH = '/metrics';

/**
 * Everything is registered on prom-client's default registry, so the metrics of other modules
 * (usage queue, rate limits, quotas) come out of the same scrape.
 */
@Injectable()
export class MetricsService implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly usage: UsageService,
  ) {}

  onModuleInit(): void {
    // Process metrics (CPU, memory, event-loop lag, GC) only once per process, even if a second app is built.
    if (!register.getSingleMetric('process_cpu_seconds_total')) collectDefaultMetrics();
    registerDbPoolGauge(this.dataSource);
    const logger = new Logger('Metrics');
    new ServiceFiguresCollector(
      async () => {
        const [activeUsers, last24h] = await Promise.all([this.users.countActive(), this.usage.serviceUsageLast24h()]);
        return { activeUsers, callsLast24h: last24h.callsLast24h, errorRate: (last24h.errorRateLast24h ?? 0) / 100 };
      },
      (error) => logger.warn({ msg: 'service figures unavailable; keeping the last ones', error: String(error) }),
    );
    this.countRequests(this.adapterHost.httpAdapter.getInstance<FastifyInstance>());
  }

  /** One onResponse hook for every route (and the 404 handler), after the response has gone out. */
  private countRequests(fastify: FastifyInstance): void {
    const http = new HttpMetrics();
    fastify.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url;
      if (route !== METRICS_PATH) http.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1_000);
      done();
    });
  }

  contentType(): string {
    return register.contentType;
  }

  scrape(): Promise<string> {
    return register.metrics();
  }
}
