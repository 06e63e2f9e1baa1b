import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * The seed's `api_keys` table, plus `prefix` and the rotation columns. Only a hash of the key is stored (see
 * api-key-format.ts); `prefix` is the key's first 12 characters (`aet_` and 8 random ones), kept in
 * clear so an owner can tell keys apart. Keys go with their owner (ON DELETE CASCADE).
 */
@Entity({ name: 'api_keys' })
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_api_keys_user_id')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'key_hash', type: 'varchar', length: 255, unique: true })
  keyHash: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** The key's visible start, e.g. `aet_Ab3dE9xZ`: enough to recognise it, far too little to use it. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ name: 'is_active', type: 'boolean', nullable: true, default: true })
  isActive: boolean | null;

  @Column({ name: 'last_used', type: 'timestamptz', nullable: true })
  lastUsed: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', nullable: true })
  createdAt: Date | null;

  /**
   * When the key stops working. Rotation brings it forward to the end of the grace period, so
   * verification (and its cache, on every instance) honours the grace like any other expiry.
   */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** The key that replaced this one when it was rotated; null for a key never rotated. Indexed for the FK's ON DELETE. */
  @Index('IDX_api_keys_replaced_by_id')
  @Column({ name: 'replaced_by_id', type: 'uuid', nullable: true })
  replacedById: string | null;

  @ManyToOne(() => ApiKey, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'replaced_by_id' })
  replacedBy?: ApiKey;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;
}
