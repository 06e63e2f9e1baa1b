import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * The daily roll-up of `usage_logs`: one row per user, UTC day, endpoint and method. A trigger on
 * `usage_logs` keeps it current as rows are written (see the UsageDailyRollup migration), so it
 * does not depend on who writes the logs; deleting old logs (retention) leaves it alone, so
 * analytics keep their history. Rows go with their user (ON DELETE CASCADE): nobody can ask for them.
 */
@Entity({ name: 'usage_daily' })
export class UsageDaily {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The UTC calendar day, as `YYYY-MM-DD`. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  endpoint: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  method: string;

  @Column({ type: 'integer' })
  requests: number;

  /** Responses with status ≥ 400. */
  @Column({ type: 'integer' })
  errors: number;

  /** Requests that recorded a response time (the denominator of the average). */
  @Column({ name: 'timed_requests', type: 'integer' })
  timedRequests: number;

  /** Sum of their response times; bigint, since a busy day's sum outgrows an integer. */
  @Column({ name: 'total_response_ms', type: 'bigint' })
  totalResponseMs: string;

  /**
   * Response-time counts per bucket of LATENCY_BUCKET_BOUNDS (element i counts bucket i), trimmed
   * after the last non-empty bucket: percentiles over any range of days come from summing these.
   */
  @Column({ name: 'latency_histogram', type: 'integer', array: true })
  latencyHistogram: number[];
}
