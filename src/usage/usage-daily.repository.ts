import { Injectable } from '@nestjs/common';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { parseHistogram } from './latency-histogram';
import { DAILY_ROWS_SQL, REQUEST_COUNTS_SQL, SUCCESSFUL_CALLS_SQL } from './usage-analytics.sql';
import { UsageDaily } from './usage-daily.entity';
import type { DailyUsage } from './usage-summary';

/**
 * Read-only: the rows are written by the trigger on usage_logs, never by the application. The
 * analytics reads take the manager to run on (a replica's, see ReadReplicas); the primary by default.
 */
@Injectable()
export class UsageDailyRepository extends Repository<UsageDaily> {
  constructor(dataSource: DataSource) {
    super(UsageDaily, dataSource.createEntityManager());
  }

  async rowsForUser(userId: string, firstDay: string, lastDay: string, on: EntityManager = this.manager): Promise<DailyUsage[]> {
    const rows: Array<Record<string, unknown>> = await on.query(DAILY_ROWS_SQL, [userId, firstDay, lastDay]);
    return rows.map((row) => ({
      day: row.day as string,
      endpoint: row.endpoint as string,
      method: row.method as string,
      requests: row.requests as number,
      errors: row.errors as number,
      timedRequests: row.timed_requests as number,
      totalResponseMs: row.total_response_ms as number,
      latencyHistogram: parseHistogram(row.latency_histogram as string),
    }));
  }

  /** Requests from `firstDay` to `lastDay`, and on `lastDay` alone. */
  async requestCounts(
    userId: string,
    firstDay: string,
    lastDay: string,
    on: EntityManager = this.manager,
  ): Promise<{ inRange: number; onLastDay: number }> {
    const [row] = await on.query<Array<{ in_range: number; on_last_day: number }>>(REQUEST_COUNTS_SQL, [userId, firstDay, lastDay]);
    return { inRange: row?.in_range ?? 0, onLastDay: row?.on_last_day ?? 0 };
  }

  /** Responses below 400 to `method endpoint` from `firstDay` to `lastDay`. */
  async successfulCalls(userId: string, endpoint: string, method: string, firstDay: string, lastDay: string): Promise<number> {
    const [row] = await this.manager.query<Array<{ calls: number }>>(SUCCESSFUL_CALLS_SQL, [userId, endpoint, method, firstDay, lastDay]);
    return row?.calls ?? 0;
  }
}
