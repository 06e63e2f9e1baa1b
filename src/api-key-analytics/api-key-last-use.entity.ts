import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ApiKey } from '../api-keys/api-key.entity';

/**
 * When and from where each API key was last used: the latest logged request made with it. Kept by
 * the same trigger as api_key_usage_daily (one upsert per batch, only ever moving forward in time),
 * so the request path does nothing for it, and api_keys rows, which authentication reads and
 * `last_used` updates, take no extra writes or locks.
 */
@Entity({ name: 'api_key_last_use' })
export class ApiKeyLastUse {
  @PrimaryColumn({ name: 'api_key_id', type: 'uuid' })
  apiKeyId: string;

  @OneToOne(() => ApiKey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'api_key_id' })
  apiKey?: ApiKey;

  @Column({ name: 'used_at', type: 'timestamptz' })
  usedAt: Date;

  /** The client address as logged (X-Forwarded-For's when TRUST_PROXY is on); null when unknown. */
  @Column({ name: 'ip_address', type: 'varchar', length: 45, nullable: true })
  ipAddress: string | null;
}
