import { Injectable } from '@nestjs/common';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { ProcessedStripeEvent } from './processed-stripe-event.entity';

@Injectable()
export class ProcessedStripeEventRepository extends Repository<ProcessedStripeEvent> {
  constructor(dataSource: DataSource) {
    super(ProcessedStripeEvent, dataSource.createEntityManager());
  }

  /**
   * Claims the event inside the caller's transaction: false when it was processed already. A
   * concurrent delivery of the same event waits on the primary key until the first commits (then
   * false) or rolls back (then true).
   */
  async claim(manager: EntityManager, event: { id: string; type: string; createdAt: Date }): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO processed_stripe_events (id, type, event_created_at, outcome) VALUES ($1, $2, $3, 'applied')
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [event.id, event.type, event.createdAt],
    );
    return rows.length === 1;
  }

  async setOutcome(manager: EntityManager, id: string, outcome: string): Promise<void> {
    await manager.update(ProcessedStripeEvent, { id }, { outcome });
  }
}
