import { TIERS, type Tier } from './tiers';

/**
 * Stripe subscription statuses that keep the plan's allowances. past_due is a grace period:
 * Stripe is still retrying the payment, and either recovers (active) or gives up (canceled or
 * unpaid, per the account's retry settings), so the tier stays until one of those arrives.
 */
export const GRANTING_STATUSES: readonly string[] = ['active', 'trialing', 'past_due'];

export function grantsTier(status: string | null | undefined): boolean {
  return GRANTING_STATUSES.includes(status ?? '');
}

/** The more generous of two tiers (TIERS is ordered free < pro < enterprise). */
export function higherTier(a: Tier, b: Tier): Tier {
  return TIERS.indexOf(a) >= TIERS.indexOf(b) ? a : b;
}
