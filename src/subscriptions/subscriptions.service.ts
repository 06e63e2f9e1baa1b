import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { higherTier } from './subscription-status';
import { Subscription } from './subscription.entity';
import { SubscriptionRepository } from './subscription.repository';
import { tierOf, type Tier } from './tiers';

/** A Stripe subscription as billing read it, in our terms (no Stripe types leak past billing). */
export interface StripeSubscriptionState {
  userId: string;
  stripeSubscriptionId: string;
  stripePriceId: string;
  /** The tier the price stands for (the plan), whatever the status. */
  tier: Tier;
  status: string;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  /** When Stripe created the event that led to this read. */
  eventAt: Date;
}

@Injectable()
export class SubscriptionsService {
  constructor(private readonly subscriptions: SubscriptionRepository) {}

  currentFor(userId: string): Promise<Subscription | null> {
    return this.subscriptions.findCurrentForUser(userId);
  }

  /** The subscription that gives the user their plan now, or null (free). */
  activeFor(userId: string): Promise<Subscription | null> {
    return this.subscriptions.findActiveForUser(userId);
  }

  /** A Stripe subscription of the user still in force (a hand-set tier does not count), or null. */
  async stripeSubscriptionInForce(userId: string): Promise<Subscription | null> {
    const rows = await this.subscriptions.findGrantingForUser(userId);
    return rows.find((row) => row.stripeSubscriptionId !== null) ?? null;
  }

  byStatus(status: string): Promise<Subscription[]> {
    return this.subscriptions.findByStatus(status);
  }

  /** Subscriptions in force whose period ends within `withinMs` from `now`. */
  endingWithin(withinMs: number, now = new Date()): Promise<Subscription[]> {
    return this.subscriptions.findPeriodEndingBetween(now, new Date(now.getTime() + withinMs));
  }

  /** When the newest Stripe event applied to this subscription was created; null if none yet. */
  async lastStripeEventAt(stripeSubscriptionId: string, manager: EntityManager): Promise<Date | null> {
    return (await this.subscriptions.findByStripeId(stripeSubscriptionId, manager))?.stripeEventAt ?? null;
  }

  /** Creates or updates the row for a Stripe subscription, inside the caller's transaction. */
  async applyStripeState(manager: EntityManager, state: StripeSubscriptionState): Promise<Subscription> {
    const existing = await this.subscriptions.findByStripeId(state.stripeSubscriptionId, manager);
    const row = existing ?? manager.create(Subscription, { stripeSubscriptionId: state.stripeSubscriptionId });
    const lastEventAt = existing?.stripeEventAt;
    Object.assign(row, {
      userId: state.userId,
      stripePriceId: state.stripePriceId,
      tier: state.tier,
      status: state.status,
      currentPeriodStart: state.currentPeriodStart,
      currentPeriodEnd: state.currentPeriodEnd,
      cancelAtPeriodEnd: state.cancelAtPeriodEnd,
      canceledAt: state.canceledAt,
      stripeEventAt: lastEventAt && lastEventAt > state.eventAt ? lastEventAt : state.eventAt,
    });
    return manager.save(row);
  }

  /**
   * An operator's hand-set tier: ends the earlier hand-set rows and records this one, with no
   * Stripe ids. Inside the caller's transaction.
   */
  async setManualTier(manager: EntityManager, userId: string, tier: Tier): Promise<Subscription> {
    const now = new Date();
    for (const row of await this.subscriptions.findManualInForce(userId, manager)) {
      await manager.update(Subscription, { id: row.id }, { status: 'canceled', canceledAt: now });
    }
    return manager.save(manager.create(Subscription, { userId, tier, status: 'active', currentPeriodStart: now }));
  }

  /** The best tier any of the user's subscriptions in force grants; free when none does. */
  async grantedTier(manager: EntityManager, userId: string): Promise<Tier> {
    const rows = await this.subscriptions.findGrantingForUser(userId, manager);
    return rows.reduce<Tier>((best, row) => higherTier(best, tierOf(row.tier)), 'free');
  }
}
