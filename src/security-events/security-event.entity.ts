import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One security-relevant event of an account (see SecurityEventType): written in batches by
 * SecurityEventsService, read newest first by its owner (GET /users/me/security-events) and by
 * operators (`manage-db security-events EMAIL`), deleted after SECURITY_EVENTS_RETENTION_DAYS.
 * No foreign key: an event outlives nothing it describes, and a batch must never fail because a
 * user was deleted meanwhile (the insert skips such rows instead; see security-event.sql.ts).
 */
@Entity({ name: 'security_events' })
// The migration makes it (user_id, created_at DESC): TypeORM cannot declare the order, nor tell it apart.
@Index('IDX_security_events_user_created', ['userId', 'createdAt'])
@Index('IDX_security_events_created_at', ['createdAt'])
export class SecurityEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_security_events_id' })
  id: string;

  /** Null when the event names no account (a login with an email nobody has). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ name: 'ip_address', type: 'varchar', length: 64, nullable: true })
  ipAddress: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  /** Small, sanitised facts of the event (a reason class, a key id, tiers); never a secret. */
  @Column({ type: 'jsonb' })
  detail: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
