import { Inject, Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { tierForPrice } from '../subscriptions/tiers';
import type { User } from '../users/user.entity';
import { UsersService, type SetTier } from '../users/users.service';
import { billingNotConfigured, invalidSignature, paymentProviderError } from './billing-problems';
import { ProcessedStripeEventRepository } from './processed-stripe-event.repository';
import { envelopeProblem, signedTimestamp, STRIPE_SUBSCRIPTION_ID } from './stripe-event-shape';
import { STRIPE_CLIENT } from './stripe-client';
import { checkoutUserIdOf, HANDLED_EVENTS, subscriptionFacts, subscriptionIdOf, type SubscriptionFacts } from './stripe-objects';
import { tierChangeDetail } from '../security-events/security-event-record';
import { SecurityEventType } from '../security-events/security-event-type';
import { SecurityEventsService } from '../security-events/security-events.service';

/**
 * What became of a delivery: applied; duplicate (already processed); stale (older than the state
 * held); ignored (not an event we act on, or one that names an unknown price, customer or
 * subscription, or a signed event whose fields are not what we read: acknowledged so Stripe stops
 * retrying, and logged).
 */
export type WebhookOutcome = 'applied' | 'duplicate' | 'stale' | 'ignored';

const isUuid = (value: string | null): value is string => !!value && /^[0-9a-f-]{36}$/i.test(value);

@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger(StripeWebhookService.name);

  constructor(
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe | null,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly subscriptions: SubscriptionsService,
    private readonly events: ProcessedStripeEventRepository,
    private readonly securityEvents: SecurityEventsService,
  ) {}

  async handle(rawBody: Buffer | undefined, signature: string | undefined): Promise<WebhookOutcome> {
    const event = await this.verify(rawBody, signature);
    // A malformed event is acknowledged, not refused: Stripe retries any non-2xx for days (then
    // disables the endpoint), and the same signed bytes would fail the same way every time.
    const malformed = envelopeProblem(event);
    if (malformed) return this.ignoreMalformed(event, malformed);
    if (!HANDLED_EVENTS.includes(event.type)) return 'ignored';
    const subscriptionId = subscriptionIdOf(event);
    if (subscriptionId && (typeof subscriptionId !== 'string' || !STRIPE_SUBSCRIPTION_ID.test(subscriptionId))) {
      return this.ignoreMalformed(event, 'the subscription it names is not a subscription id');
    }
    const eventAt = new Date(event.created * 1000);
    return this.users.withTierChanges(
      async (manager, setTier) => {
        if (!(await this.events.claim(manager, { id: event.id, type: event.type, createdAt: eventAt }))) return 'duplicate';
        const outcome = subscriptionId ? await this.sync(manager, setTier, event, subscriptionId, eventAt) : 'ignored';
        if (outcome !== 'applied') await this.events.setOutcome(manager, event.id, outcome);
        return outcome;
      },
      (changes) => {
        // The request comes from Stripe, not the user: no client is recorded, the event id is.
        for (const change of changes) {
          this.securityEvents.record({
            type: SecurityEventType.TierChanged,
            userId: change.userId,
            client: null,
            detail: tierChangeDetail(change, 'stripe', event.id),
          });
        }
      },
    );
  }

  private ignoreMalformed(event: Stripe.Event, problem: string): WebhookOutcome {
    const id = typeof event?.id === 'string' ? event.id.slice(0, 80) : 'without an id';
    this.logger.warn(`Stripe event ${id} ignored: ${problem}`);
    return 'ignored';
  }

  /**
   * The SDK checks the signature over the raw bytes and that the signed timestamp is not too old;
   * a timestamp too far in the future (a forged clock, or ours far behind) is refused here.
   */
  private async verify(rawBody: Buffer | undefined, signature: string | undefined): Promise<Stripe.Event> {
    const billing = this.config.billing;
    if (!this.stripe || !billing) throw billingNotConfigured();
    if (!billing.webhookSecret) throw billingNotConfigured('billing is not configured: the Stripe webhook signing secret is missing');
    if (!signature) throw invalidSignature('The Stripe-Signature header is missing.');
    if (!rawBody || rawBody.length === 0) throw invalidSignature('The request has no body to verify.');
    const tolerance = billing.webhookToleranceSeconds;
    let event: Stripe.Event;
    try {
      event = await this.stripe.webhooks.constructEventAsync(rawBody, signature, billing.webhookSecret, tolerance);
    } catch (error) {
      this.logger.warn(`Stripe webhook refused: ${(error as Error).message.split('\n')[0]}`);
      throw invalidSignature('The Stripe-Signature header does not match the body, or it is too old.');
    }
    const signedAt = signedTimestamp(signature);
    if (signedAt === null || signedAt - Date.now() / 1000 > tolerance) {
      this.logger.warn(`Stripe webhook refused: signed timestamp ${signedAt} is more than ${tolerance} s in the future`);
      throw invalidSignature(`The Stripe-Signature timestamp is more than ${tolerance} seconds in the future.`);
    }
    return event;
  }

  /**
   * Applies the subscription's state as Stripe holds it now, so events arriving out of order all
   * converge on the newest state. An advisory lock per subscription orders concurrent deliveries
   * (read from Stripe and write happen under it); an event older than the last one applied is
   * skipped without asking Stripe.
   */
  private async sync(
    manager: EntityManager,
    setTier: SetTier,
    event: Stripe.Event,
    subscriptionId: string,
    eventAt: Date,
  ): Promise<WebhookOutcome> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`stripe-subscription:${subscriptionId}`]);
    const lastAt = await this.subscriptions.lastStripeEventAt(subscriptionId, manager);
    if (lastAt && lastAt > eventAt) {
      this.logger.log(`Stripe event ${event.id} (${event.type}) is older than the state held for ${subscriptionId}: skipped`);
      return 'stale';
    }
    const facts = await this.retrieve(subscriptionId);
    if (!facts) return 'ignored';
    const tier = tierForPrice(this.config.tiers, facts.priceId);
    if (!tier) {
      this.logger.warn(
        `Stripe event ${event.id}: subscription ${facts.id} is billed at price ${facts.priceId}, which no tier sells: no tier granted`,
      );
      return 'ignored';
    }
    const user = await this.ownerOf(manager, facts, checkoutUserIdOf(event));
    if (!user) {
      this.logger.warn(`Stripe event ${event.id}: no user for customer ${facts.customerId} (subscription ${facts.id})`);
      return 'ignored';
    }
    await this.subscriptions.applyStripeState(manager, {
      userId: user.id,
      stripeSubscriptionId: facts.id,
      stripePriceId: facts.priceId!,
      tier,
      status: facts.status,
      currentPeriodStart: facts.currentPeriodStart,
      currentPeriodEnd: facts.currentPeriodEnd,
      cancelAtPeriodEnd: facts.cancelAtPeriodEnd,
      canceledAt: facts.canceledAt,
      eventAt,
    });
    await setTier(user.id, await this.subscriptions.grantedTier(manager, user.id));
    return 'applied';
  }

  /** Null for a subscription Stripe does not know (another account's or mode's): nothing to retry. */
  private async retrieve(subscriptionId: string): Promise<SubscriptionFacts | null> {
    try {
      return subscriptionFacts(await this.stripe!.subscriptions.retrieve(subscriptionId));
    } catch (error) {
      if (error instanceof Stripe.errors.StripeError && error.statusCode === 404) {
        this.logger.warn(`Stripe does not know subscription ${subscriptionId}: event ignored`);
        return null;
      }
      this.logger.error(`Stripe subscription ${subscriptionId} could not be read: ${(error as Error).message}`);
      // Not 2xx: Stripe delivers the event again later.
      throw paymentProviderError();
    }
  }

  /**
   * By Stripe customer (set at checkout), else by the user id our checkout put on the subscription.
   * Inside the transaction's manager: the embedded database serves one session, and a query from
   * outside would wait for this very transaction.
   */
  private async ownerOf(manager: EntityManager, facts: SubscriptionFacts, checkoutUserId: string | null): Promise<User | null> {
    const byCustomer = await this.users.findByStripeCustomerId(facts.customerId, manager);
    if (byCustomer) return byCustomer;
    const userId = [facts.userId, checkoutUserId].find(isUuid);
    return userId ? this.users.findById(userId, manager) : null;
  }
}
