import { ProblemException } from '../common/problem.exception';

const PROBLEMS = 'https://ai-error-translator.dev/problems/';

export const BillingProblemType = {
  /** Billing is off (no STRIPE_SECRET_KEY), the webhook secret is missing, or the plan has no price. */
  billingNotConfigured: `${PROBLEMS}billing-not-configured`,
  /** The portal needs a Stripe customer, made by a first checkout. */
  noBillingAccount: `${PROBLEMS}no-billing-account`,
  /** A second checkout while a subscription is in force: plan changes go through the portal. */
  alreadySubscribed: `${PROBLEMS}already-subscribed`,
  invalidSignature: `${PROBLEMS}invalid-webhook-signature`,
  paymentProviderError: `${PROBLEMS}payment-provider-error`,
} as const;

export function billingNotConfigured(detail = 'billing is not configured'): ProblemException {
  return ProblemException.of(503, BillingProblemType.billingNotConfigured, detail);
}

export function planNotForSale(tier: string): ProblemException {
  return billingNotConfigured(`billing is not configured for the ${tier} plan: it has no Stripe price yet`);
}

export function noBillingAccount(): ProblemException {
  return ProblemException.of(
    409,
    BillingProblemType.noBillingAccount,
    'You have never subscribed, so there is no billing account to manage; start with POST /billing/checkout.',
  );
}

export function alreadySubscribed(tier: string): ProblemException {
  return ProblemException.of(
    409,
    BillingProblemType.alreadySubscribed,
    `You already have a ${tier} subscription; change or cancel it in the customer portal (POST /billing/portal).`,
  );
}

export function invalidSignature(reason: string): ProblemException {
  return ProblemException.of(400, BillingProblemType.invalidSignature, reason);
}

export function paymentProviderError(): ProblemException {
  return ProblemException.of(
    502,
    BillingProblemType.paymentProviderError,
    'The payment provider did not answer as expected; try again shortly.',
  );
}
