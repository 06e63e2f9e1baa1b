import { Injectable } from '@nestjs/common';
import { Between, DataSource, In, IsNull, Repository, type EntityManager } from 'typeorm';
import { GRANTING_STATUSES } from './subscription-status';
import { Subscription } from './subscription.entity';

/** Queries billing, the CLI and the dashboard share. `manager` joins a caller's transaction. */
@Injectable()
export class SubscriptionRepository extends Repository<Subscription> {
  constructor(dataSource: DataSource) {
    super(Subscription, dataSource.createEntityManager());
  }

  /** The user's most recent subscription, whatever its status. */
  findCurrentForUser(userId: string): Promise<Subscription | null> {
    return this.findOne({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  /** The subscription that gives the user their plan now (active, trialing or in grace), newest first. */
  findActiveForUser(userId: string, manager: EntityManager = this.manager): Promise<Subscription | null> {
    return manager.findOne(Subscription, {
      where: { userId, status: In([...GRANTING_STATUSES]) },
      order: { createdAt: 'DESC' },
    });
  }

  /** Every subscription of the user that still grants its tier. */
  findGrantingForUser(userId: string, manager: EntityManager = this.manager): Promise<Subscription[]> {
    return manager.findBy(Subscription, { userId, status: In([...GRANTING_STATUSES]) });
  }

  findByStatus(status: string): Promise<Subscription[]> {
    return this.find({ where: { status }, order: { currentPeriodEnd: 'ASC' } });
  }

  /** Granting subscriptions whose period ends within [from, to]: renewals and cancellations due. */
  findPeriodEndingBetween(from: Date, to: Date): Promise<Subscription[]> {
    return this.find({
      where: { status: In([...GRANTING_STATUSES]), currentPeriodEnd: Between(from, to) },
      order: { currentPeriodEnd: 'ASC' },
    });
  }

  findByStripeId(stripeSubscriptionId: string, manager: EntityManager = this.manager): Promise<Subscription | null> {
    return manager.findOneBy(Subscription, { stripeSubscriptionId });
  }

  /** Hand-set (operator) subscriptions of the user that are still in force. */
  findManualInForce(userId: string, manager: EntityManager): Promise<Subscription[]> {
    return manager.findBy(Subscription, { userId, stripeSubscriptionId: IsNull(), status: In([...GRANTING_STATUSES]) });
  }
}
