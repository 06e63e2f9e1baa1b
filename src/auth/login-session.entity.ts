import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * One row per login (refresh-token family): what GET /users/me/sessions lists. Its id is the family
 * id, which every access and refresh token of the login carries as `fam`, so a request knows its
 * own session and ending one revokes its tokens by that id. The tokens themselves stay in
 * refresh_tokens; this row holds what a person needs to recognise the login.
 */
@Entity({ name: 'login_sessions' })
export class LoginSession {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Index('IDX_login_sessions_user_id')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The login's time (the first pair's issue time). */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The issue time of the latest pair, to the ms: compared with users.password_changed_at as the tokens are. */
  @Column({ name: 'last_refreshed_at', type: 'timestamptz' })
  lastRefreshedAt: Date;

  /** The latest refresh token's expiry: past it the login cannot continue, and cleanup deletes the row. */
  @Index('IDX_login_sessions_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Of the latest login or refresh request: control characters removed, at most 512 characters. */
  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  @Column({ name: 'ip_address', type: 'varchar', length: 45, nullable: true })
  ipAddress: string | null;

  /** Logout, DELETE /users/me/sessions/{id} or a detected refresh-token reuse. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
