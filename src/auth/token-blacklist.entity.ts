import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The seed's `token_blacklist` table: revoked JWT ids, kept until the token would have expired. */
@Entity({ name: 'token_blacklist' })
export class TokenBlacklist {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_jti', type: 'varchar', length: 255, unique: true })
  tokenJti: string;

  @Column({ name: 'token_type', type: 'varchar', length: 50 })
  tokenType: string;

  @Column({ name: 'revoked_by', type: 'varchar', length: 255, nullable: true })
  revokedBy: string | null;

  @Column({ name: 'revocation_reason', type: 'varchar', length: 255, nullable: true })
  revocationReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', nullable: true })
  createdAt: Date | null;

  @Index('IDX_token_blacklist_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
