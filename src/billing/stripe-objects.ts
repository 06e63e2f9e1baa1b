import type Stripe from 'stripe';

/** What billing needs from a Stripe subscription, read the same way whatever the API version. */
export interface SubscriptionFacts {
  id: string;
  customerId: string;
  priceId: string | null;
  status: string;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  /** Set by our checkout (subscription_data.metadata.user_id). */
  userId: string | null;
}

type Expandable = string | { id: string } | null | undefined;

function idOf(value: Expandable): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

function dateOf(seconds: number | null | undefined): Date | null {
  return typeof seconds === 'number' ? new Date(seconds * 1000) : null;
}

/**
 * Since API version 2025-03-31 the billing period lives on the subscription items; older
 * versions (and accounts pinned to them) put it on the subscription. Both are read.
 */
export function subscriptionFacts(subscription: Stripe.Subscription): SubscriptionFacts {
  const legacy = subscription as Stripe.Subscription & { current_period_start?: number; current_period_end?: number };
  const item = subscription.items?.data?.[0];
  return {
    id: subscription.id,
    customerId: idOf(subscription.customer)!,
    priceId: item?.price?.id ?? null,
    status: subscription.status,
    currentPeriodStart: dateOf(legacy.current_period_start ?? item?.current_period_start),
    currentPeriodEnd: dateOf(legacy.current_period_end ?? item?.current_period_end),
    // The portal may schedule the end as cancel_at rather than cancel_at_period_end.
    cancelAtPeriodEnd: subscription.cancel_at_period_end || typeof subscription.cancel_at === 'number',
    canceledAt: dateOf(subscription.canceled_at),
    userId: subscription.metadata?.user_id ?? null,
  };
}

/** The subscription an event is about, or null when it concerns none (a one-off payment, say). */
export function subscriptionIdOf(event: Stripe.Event): string | null {
  switch (event.type) {
    case 'checkout.session.completed':
      return event.data.object.mode === 'subscription' ? idOf(event.data.object.subscription) : null;
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return event.data.object.id;
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      // Newer API versions name the subscription under parent.subscription_details.
      const invoice = event.data.object as Stripe.Invoice & { subscription?: Expandable };
      return idOf(invoice.parent?.subscription_details?.subscription) ?? idOf(invoice.subscription);
    }
    default:
      return null;
  }
}

export const HANDLED_EVENTS: readonly string[] = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
];

/** The user our checkout named on the session (client_reference_id), for the first events. */
export function checkoutUserIdOf(event: Stripe.Event): string | null {
  return event.type === 'checkout.session.completed' ? event.data.object.client_reference_id : null;
}
