import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApiKey } from '../api-keys/api-key.entity';
import { User } from '../users/user.entity';

/**
 * The seed's `usage_logs` table. When a user is deleted their usage rows stay, anonymised
 * (the reference set to NULL by a trigger, see below), so that service-wide figures do not change retroactively. `api_key_id`
 * names the key a request was made with (null for an access token); the rows stay when the key
 * goes. Its index is partial: most rows (web sessions) have no key, and per-key queries and the
 * trigger clearing a deleted key's references both look up by key.
 *
 * Partitioned by UTC month on `created_at` (usage_logs_y2026m03…, and usage_logs_default for rows
 * no month covers): TypeORM sees only the parent table; the partitions are made by the migration
 * and by the maintenance job (usage-partitions.ts), never by the schema diff.
 */
@Entity({ name: 'usage_logs' })
@Index('IDX_usage_logs_user_id_created_at', ['userId', 'createdAt'])
// The dashboard's latest errors: a user with few errors among a million rows is still one short scan.
@Index('IDX_usage_logs_user_id_errors', ['userId', 'createdAt'], { where: '"status_code" >= 400' })
@Index('IDX_usage_logs_api_key_id_created_at', ['apiKeyId', 'createdAt'], { where: '"api_key_id" IS NOT NULL' })
// Service-wide time ranges (retention deletes, the last 24 hours for /metrics): a BRIN index, tiny
// because rows arrive roughly in time order. TypeORM cannot declare BRIN: the migration makes it
// and synchronize: false keeps the schema diff from touching it.
@Index('IDX_usage_logs_created_at_brin', { synchronize: false })
export class UsageLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  // No foreign key (migration UsageLogsBatchReferences): the batch INSERT checks and locks each
  // referenced user and key once per batch, and triggers on users and api_keys set the reference
  // to NULL when the row is deleted, as ON DELETE SET NULL did.
  @ManyToOne(() => User, { nullable: true, createForeignKeyConstraints: false })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'api_key_id', type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @ManyToOne(() => ApiKey, { nullable: true, createForeignKeyConstraints: false })
  @JoinColumn({ name: 'api_key_id' })
  apiKey?: ApiKey;

  @Column({ type: 'varchar', length: 255 })
  endpoint: string;

  @Column({ type: 'varchar', length: 10 })
  method: string;

  @Column({ name: 'status_code', type: 'integer' })
  statusCode: number;

  @Column({ name: 'ip_address', type: 'varchar', length: 45, nullable: true })
  ipAddress: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ name: 'response_time_ms', type: 'integer', nullable: true })
  responseTimeMs: number | null;

  @Column({ name: 'error_type', type: 'varchar', length: 255, nullable: true })
  errorType: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage: string | null;

  /**
   * Part of the primary key, hence NOT NULL: the table is partitioned by month on it, and
   * PostgreSQL requires the partition key in every unique key (migration UsageLogsPartitioned).
   */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', primary: true })
  createdAt: Date;
}
