import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Stripe events already applied, by event id: Stripe delivers at least once, so a redelivery
 * finds its id here and changes nothing. Written in the transaction that applies the event.
 */
@Entity({ name: 'processed_stripe_events' })
export class ProcessedStripeEvent {
  /** Stripe's event id (evt_…). */
  @PrimaryColumn({ type: 'varchar', length: 255 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  type: string;

  /** When Stripe created the event. */
  @Column({ name: 'event_created_at', type: 'timestamptz' })
  eventCreatedAt: Date;

  /** applied, stale (older than the state already held), ignored (e.g. an unknown price). */
  @Column({ type: 'varchar', length: 20 })
  outcome: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt: Date;
}
