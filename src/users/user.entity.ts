import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The seed's `users` table, column for column, plus what accounts need since (password_changed_at, the opt-out). */
@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 255, unique: true })
  email: string;

  @Column({ name: 'hashed_password', type: 'varchar', length: 255, nullable: true, select: false })
  hashedPassword: string | null;

  @Column({ name: 'full_name', type: 'varchar', length: 255, nullable: true })
  fullName: string | null;

  @Column({ name: 'subscription_tier', type: 'varchar', length: 50, nullable: true, default: 'free' })
  subscriptionTier: string | null;

  @Column({ name: 'stripe_customer_id', type: 'varchar', length: 255, nullable: true, unique: true })
  stripeCustomerId: string | null;

  @Column({ name: 'is_active', type: 'boolean', nullable: true, default: true })
  isActive: boolean | null;

  @Column({ name: 'is_verified', type: 'boolean', nullable: true, default: false })
  isVerified: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', nullable: true })
  createdAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt: Date | null;

  @Column({ name: 'last_login', type: 'timestamptz', nullable: true })
  lastLogin: Date | null;

  /** Every token issued before this instant is refused: a password change ends all sessions. */
  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  /**
   * Whether the fingerprints of this user's errors that the rules engine did not recognise are
   * counted (masked first line only, never the text). Opt-out: PUT /users/me.
   */
  @Column({ name: 'share_unrecognised_errors', type: 'boolean', default: true })
  shareUnrecognisedErrors: boolean;
}
