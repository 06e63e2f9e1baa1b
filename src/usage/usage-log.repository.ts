import { Injectable } from '@nestjs/common';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { RECENT_ERRORS_SQL } from './usage-analytics.sql';
import { writeUsageBatch } from './usage-log.sql';
import { UsageLog } from './usage-log.entity';
import type { UsageRecord } from './usage-record';

export interface UsageTotals {
  requests: number;
  errors: number;
  lastRequestAt: Date | null;
}

export interface RecentError {
  createdAt: Date;
  endpoint: string;
  method: string;
  statusCode: number;
  errorType: string | null;
  errorMessage: string | null;
}

export interface ServiceUsage {
  callsLast24h: number;
  /** Percentage of responses ≥ 400 in the last 24 h; null when there were no calls. */
  errorRateLast24h: number | null;
}

@Injectable()
export class UsageLogRepository extends Repository<UsageLog> {
  constructor(dataSource: DataSource) {
    super(UsageLog, dataSource.createEntityManager());
  }

  async totalsForUser(userId: string): Promise<UsageTotals> {
    const row = await this.createQueryBuilder('log')
      .select('COUNT(*)::int', 'requests')
      .addSelect('(COUNT(*) FILTER (WHERE log.status_code >= 400))::int', 'errors')
      .addSelect('MAX(log.created_at)', 'lastRequestAt')
      .where('log.user_id = :userId', { userId })
      .getRawOne<UsageTotals>();
    return row ?? { requests: 0, errors: 0, lastRequestAt: null };
  }

  /** The seed's monitoring queries (API calls and error rate over the last 24 hours) in one scan. */
  async serviceUsageLast24h(): Promise<ServiceUsage> {
    const row = await this.createQueryBuilder('log')
      .select('COUNT(*)::int', 'calls')
      .addSelect('(COUNT(*) FILTER (WHERE log.status_code >= 400) * 100.0 / NULLIF(COUNT(*), 0))::float', 'errorRate')
      .where("log.created_at >= NOW() - INTERVAL '24 hours'")
      .getRawOne<{ calls: number; errorRate: number | null }>();
    return { callsLast24h: row?.calls ?? 0, errorRateLast24h: row?.errorRate ?? null };
  }

  /**
   * The user's latest responses ≥ 400, newest first (error messages cut, see RECENT_ERRORS_SQL),
   * read with `on` (a replica's manager for the dashboard; the primary by default).
   */
  async recentErrors(userId: string, limit: number, on: EntityManager = this.manager): Promise<RecentError[]> {
    const rows: Array<Record<string, unknown>> = await on.query(RECENT_ERRORS_SQL, [userId, limit]);
    return rows.map((row) => ({
      createdAt: row.created_at as Date,
      endpoint: row.endpoint as string,
      method: row.method as string,
      statusCode: row.status_code as number,
      errorType: row.error_type as string | null,
      errorMessage: row.error_message as string | null,
    }));
  }

  /** Rows older than `cutoff`: the retention clean-up's total, for its progress bar. */
  async countOlderThan(cutoff: Date): Promise<number> {
    const [row] = await this.query<[{ count: number }]>('SELECT COUNT(*)::int AS count FROM usage_logs WHERE created_at < $1', [cutoff]);
    return row.count;
  }

  /**
   * Deletes at most `limit` rows older than `cutoff` from `table` (one partition of usage_logs, or
   * usage_logs itself before it was partitioned) in one short statement (its own transaction),
   * addressing them by ctid so the delete touches only the rows the sub-select found: the table is
   * never locked for long, and the rows a flush inserts meanwhile are untouched. One table, never
   * the partitioned parent: a ctid names a row only within one partition.
   */
  async deleteBatchOlderThan(cutoff: Date, limit: number, table = 'usage_logs'): Promise<number> {
    const [, affected] = await this.query<[unknown, number]>(
      `DELETE FROM ${table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM ${table} WHERE created_at < $1 LIMIT $2))`,
      [cutoff, limit],
    );
    return affected;
  }

  /**
   * Writes a batch of usage records (writeUsageBatch: one statement in the common case). A user or
   * key deleted since the request leaves the reference empty, as ON DELETE SET NULL would have,
   * instead of failing the batch; a record already stored is not stored twice.
   */
  async insertRecords(records: readonly UsageRecord[]): Promise<void> {
    await writeUsageBatch((sql, parameters) => this.manager.query(sql, parameters), records);
  }

  /** Whether the database answers now (the usage recorder asks before replaying its spool). */
  async isReachable(): Promise<boolean> {
    try {
      await this.manager.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
