import { Inject, Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { AppConfig } from '../config/app-config';
import type { Subscription } from '../subscriptions/subscription.entity';
import { SubscriptionsService } from '../subscriptions/subscriptions.service';
import { tierOf, type Tier } from '../subscriptions/tiers';
import { UsersService } from '../users/users.service';
import { alreadySubscribed, billingNotConfigured, noBillingAccount, paymentProviderError, planNotForSale } from './billing-problems';
import { STRIPE_CLIENT } from './stripe-client';

export interface SubscriptionView {
  /** The tier in force now: what rate limits, quotas and key caps follow. */
  tier: Tier;
  subscription: Subscription | null;
}

@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name);

  constructor(
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe | null,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly subscriptions: SubscriptionsService,
  ) {}

  /** A Checkout session in subscription mode for the tier's price; its URL is where the user pays. */
  async checkout(userId: string, tier: Exclude<Tier, 'free'>): Promise<string> {
    const stripe = this.requireStripe();
    const price = this.config.tiers[tier].stripePriceId;
    if (!price) {
      this.logger.warn(`checkout for ${tier} refused: STRIPE_PRICE_${tier.toUpperCase()} is not set`);
      throw planNotForSale(tier);
    }
    // A second subscription would bill twice: plan changes go through the portal.
    const paying = await this.subscriptions.stripeSubscriptionInForce(userId);
    if (paying) throw alreadySubscribed(paying.tier);
    const customer = await this.users.ensureStripeCustomer(userId, (user) =>
      this.call('create a customer', () =>
        // The key makes a retried creation (ours or the SDK's) return the same customer.
        stripe.customers.create({ email: user.email, metadata: { user_id: user.id } }, { idempotencyKey: `aet-customer-${user.id}` }),
      ).then((created) => created.id),
    );
    const billing = this.config.billing!;
    const session = await this.call('create a checkout session', () =>
      stripe.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: userId,
        line_items: [{ price, quantity: 1 }],
        success_url: billing.successUrl,
        cancel_url: billing.cancelUrl,
        metadata: { user_id: userId, tier },
        subscription_data: { metadata: { user_id: userId } },
      }),
    );
    if (!session.url) throw paymentProviderError();
    return session.url;
  }

  /** A Stripe customer portal session, where the user changes plan, card or cancels. */
  async portal(userId: string): Promise<string> {
    const stripe = this.requireStripe();
    const customer = (await this.users.findById(userId))?.stripeCustomerId;
    if (!customer) throw noBillingAccount();
    const session = await this.call('create a portal session', () =>
      stripe.billingPortal.sessions.create({ customer, return_url: this.config.billing!.portalReturnUrl }),
    );
    return session.url;
  }

  async current(userId: string): Promise<SubscriptionView> {
    this.requireStripe();
    const [user, active] = await Promise.all([this.users.findById(userId), this.subscriptions.activeFor(userId)]);
    return { tier: tierOf(user?.subscriptionTier), subscription: active ?? (await this.subscriptions.currentFor(userId)) };
  }

  /**
   * Cancels at once (not at the period end) the user's Stripe subscription in force, before the
   * account is deleted: nobody would be left to bill. Nothing to cancel: returns null. Billing off
   * while a Stripe subscription is in force: 503; Stripe failing: 502. Either way nothing changed here.
   */
  async cancelForAccountDeletion(userId: string): Promise<string | null> {
    const paying = await this.subscriptions.stripeSubscriptionInForce(userId);
    if (!paying?.stripeSubscriptionId) return null;
    const stripe = this.requireStripe();
    const id = paying.stripeSubscriptionId;
    const cancelled = await this.call('cancel a subscription', () =>
      // Idempotent on Stripe's side too: a retried deletion cancels once.
      stripe.subscriptions.cancel(id, { prorate: false }, { idempotencyKey: `aet-delete-${userId}-${id}` }),
    );
    this.logger.log(`cancelled Stripe subscription ${cancelled.id} (${cancelled.status}) of user ${userId} being deleted`);
    return cancelled.id;
  }

  private requireStripe(): Stripe {
    if (!this.stripe) throw billingNotConfigured();
    return this.stripe;
  }

  /** A failed Stripe call becomes a 502 for the client and an error line (never the card details) for us. */
  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeError)) throw error;
      this.logger.error(`Stripe refused to ${what}: ${error.type} ${error.statusCode ?? ''} ${error.message}`);
      throw paymentProviderError();
    }
  }
}
