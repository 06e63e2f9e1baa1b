import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { UsageLog } from './usage-log.entity';
import type { UsageRecord } from './usage-record';

export interface UsageTotals {
  requests: number;
  errors: number;
  lastRequestAt: Date | null;
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
   * Writes a batch of usage records in one statement (a column array per field, unnested), so the
   * SQL text is the same whatever the batch size. A record already present (its batch was written
   * but the answer lost) is skipped. A user or key deleted since the request leaves the reference
   * empty, as ON DELETE SET NULL would have done, instead of failing the batch on the foreign key.
   */
  async insertRecords(records: readonly UsageRecord[]): Promise<void> {
    const n = records.length;
    const columns = {
      id: new Array<string>(n),
      userId: new Array<string>(n),
      apiKeyId: new Array<string | null>(n),
      endpoint: new Array<string>(n),
      method: new Array<string>(n),
      statusCode: new Array<number>(n),
      ipAddress: new Array<string | null>(n),
      userAgent: new Array<string | null>(n),
      responseTimeMs: new Array<number>(n),
      errorType: new Array<string | null>(n),
      errorMessage: new Array<string | null>(n),
      createdAt: new Array<string>(n),
    };
    records.forEach((record, i) => {
      columns.id[i] = record.id;
      columns.userId[i] = record.userId;
      columns.apiKeyId[i] = record.apiKeyId;
      columns.endpoint[i] = record.endpoint;
      columns.method[i] = record.method;
      columns.statusCode[i] = record.statusCode;
      columns.ipAddress[i] = record.ipAddress;
      columns.userAgent[i] = record.userAgent;
      columns.responseTimeMs[i] = record.responseTimeMs;
      columns.errorType[i] = record.errorType;
      columns.errorMessage[i] = record.errorMessage;
      columns.createdAt[i] = new Date(record.createdAt).toISOString();
    });
    await this.manager.query(INSERT_RECORDS, Object.values(columns));
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

const INSERT_RECORDS = `
  INSERT INTO usage_logs (id, user_id, api_key_id, endpoint, method, status_code, ip_address, user_agent,
                          response_time_ms, error_type, error_message, created_at)
  SELECT r.id, u.id, k.id, r.endpoint, r.method, r.status_code, r.ip_address, r.user_agent,
         r.response_time_ms, r.error_type, r.error_message, r.created_at
  FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[], $6::int[], $7::varchar[], $8::text[],
              $9::int[], $10::varchar[], $11::text[], $12::timestamptz[])
       AS r(id, user_id, api_key_id, endpoint, method, status_code, ip_address, user_agent,
            response_time_ms, error_type, error_message, created_at)
  LEFT JOIN users u ON u.id = r.user_id
  LEFT JOIN api_keys k ON k.id = r.api_key_id
  ON CONFLICT (id) DO NOTHING`;
