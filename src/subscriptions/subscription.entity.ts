import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * The seed's `subscriptions` table, plus what billing needs (cancel_at_period_end, the time of
 * the last applied Stripe event). Billing history goes with its owner (ON DELETE CASCADE). Rows
 * without stripe_subscription_id are tiers an operator set by hand (`manage-db set-tier`).
 */
@Entity({ name: 'subscriptions' })
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_subscriptions_user_id')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'stripe_subscription_id', type: 'varchar', length: 255, nullable: true, unique: true })
  stripeSubscriptionId: string | null;

  @Column({ name: 'stripe_price_id', type: 'varchar', length: 255, nullable: true })
  stripePriceId: string | null;

  @Column({ type: 'varchar', length: 50 })
  tier: string;

  @Index('IDX_subscriptions_status')
  @Column({ type: 'varchar', length: 50, nullable: true, default: 'active' })
  status: string | null;

  @Column({ name: 'current_period_start', type: 'timestamptz', nullable: true })
  currentPeriodStart: Date | null;

  @Index('IDX_subscriptions_current_period_end')
  @Column({ name: 'current_period_end', type: 'timestamptz', nullable: true })
  currentPeriodEnd: Date | null;

  /** The customer asked to stop at the period end: the tier stays until Stripe ends it. */
  @Column({ name: 'cancel_at_period_end', type: 'boolean', default: false })
  cancelAtPeriodEnd: boolean;

  /** When Stripe created the newest event applied to this row: older deliveries change nothing. */
  @Column({ name: 'stripe_event_at', type: 'timestamptz', nullable: true })
  stripeEventAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', nullable: true })
  createdAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt: Date | null;

  @Column({ name: 'canceled_at', type: 'timestamptz', nullable: true })
  canceledAt: Date | null;
}
