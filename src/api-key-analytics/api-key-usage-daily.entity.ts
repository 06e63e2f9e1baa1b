import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ApiKey } from '../api-keys/api-key.entity';

/**
 * The per-key daily roll-up of `usage_logs`: one row per API key, UTC day, endpoint and method,
 * with counts per status class and a latency histogram (percentiles over any range of days come
 * from summing those). Kept by a statement-level trigger on `usage_logs` (see the
 * ApiKeyUsageRollup migration), like usage_daily: one more grouped upsert per batch the usage
 * recorder writes, nothing per request. Rows go with their key (ON DELETE CASCADE).
 */
@Entity({ name: 'api_key_usage_daily' })
export class ApiKeyUsageDaily {
  @PrimaryColumn({ name: 'api_key_id', type: 'uuid' })
  apiKeyId: string;

  @ManyToOne(() => ApiKey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'api_key_id' })
  apiKey?: ApiKey;

  /** The UTC calendar day, as `YYYY-MM-DD`. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  endpoint: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  method: string;

  /** Every request (statuses outside the classes below, such as 1xx, count here only). */
  @Column({ type: 'integer' })
  requests: number;

  @Column({ name: 'status_2xx', type: 'integer' })
  status2xx: number;

  @Column({ name: 'status_3xx', type: 'integer' })
  status3xx: number;

  /** 4xx other than 429, which has its own column. */
  @Column({ name: 'status_4xx', type: 'integer' })
  status4xx: number;

  @Column({ name: 'status_429', type: 'integer' })
  status429: number;

  @Column({ name: 'status_5xx', type: 'integer' })
  status5xx: number;

  /** Requests that recorded a response time (the denominator of the average). */
  @Column({ name: 'timed_requests', type: 'integer' })
  timedRequests: number;

  @Column({ name: 'total_response_ms', type: 'bigint' })
  totalResponseMs: string;

  /** Counts per bucket of LATENCY_BUCKET_BOUNDS, trimmed after the last non-empty one (as usage_daily's). */
  @Column({ name: 'latency_histogram', type: 'integer', array: true })
  latencyHistogram: number[];
}
