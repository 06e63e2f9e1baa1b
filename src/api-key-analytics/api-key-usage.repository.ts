import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { parseHistogram } from '../usage/latency-histogram';
import { KEY_DAILY_ROWS_SQL, KEY_LAST_USE_SQL } from './api-key-usage.sql';
import type { KeyDailyUsage } from './api-key-usage-summary';

export interface KeyLastUse {
  at: Date;
  ip: string | null;
}

/**
 * Read-only: both tables are written by the trigger on usage_logs, never by the application. Reads
 * take the manager to run on (a replica's, see ReadReplicas); the primary by default.
 */
@Injectable()
export class ApiKeyUsageRepository {
  constructor(private readonly dataSource: DataSource) {}

  async rowsForKey(keyId: string, firstDay: string, lastDay: string, on: EntityManager = this.dataSource.manager): Promise<KeyDailyUsage[]> {
    const rows: Array<Record<string, unknown>> = await on.query(KEY_DAILY_ROWS_SQL, [keyId, firstDay, lastDay]);
    return rows.map((row) => ({
      day: row.day as string,
      endpoint: row.endpoint as string,
      method: row.method as string,
      requests: row.requests as number,
      statuses: {
        '2xx': row.status_2xx as number,
        '3xx': row.status_3xx as number,
        '4xx': row.status_4xx as number,
        '429': row.status_429 as number,
        '5xx': row.status_5xx as number,
      },
      timedRequests: row.timed_requests as number,
      totalResponseMs: row.total_response_ms as number,
      latencyHistogram: parseHistogram(row.latency_histogram as string),
    }));
  }

  async lastUse(keyId: string, on: EntityManager = this.dataSource.manager): Promise<KeyLastUse | null> {
    const [row] = await on.query<Array<{ used_at: Date; ip_address: string | null }>>(KEY_LAST_USE_SQL, [keyId]);
    return row ? { at: row.used_at, ip: row.ip_address } : null;
  }
}
