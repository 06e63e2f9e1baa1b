/**
 * The subscription tiers: the one place that says what each tier allows. Pure, so the config
 * loader, the CLI and unit tests can use it. The figures come from the environment
 * (see loadConfig); everything that depends on a tier reads `AppConfig.tiers`.
 */
export type Tier = 'free' | 'pro' | 'enterprise';

export const TIERS: readonly Tier[] = ['free', 'pro', 'enterprise'];

/** The tiers a customer can buy through Stripe (free is what everyone has without paying). */
export const PAID_TIERS: readonly Exclude<Tier, 'free'>[] = ['pro', 'enterprise'];

export interface TierAllowance {
  /** Requests per minute on the product routes, per user and per API key. */
  rateLimitPerMinute: number;
  /** Translations per calendar month (UTC); null means unlimited. */
  monthlyQuota: number | null;
  /** Active API keys a user may hold at once. */
  apiKeyCap: number;
  /** The Stripe price a subscription to this tier is billed at; null for free or when billing is off. */
  stripePriceId: string | null;
}

export type TierCatalog = Record<Tier, TierAllowance>;

/**
 * The tier a stored `users.subscription_tier` value stands for. Missing or unknown values mean
 * free: a typo in the database must never grant a paid plan's allowances.
 */
export function tierOf(value: string | null | undefined): Tier {
  const normalised = value?.trim().toLowerCase();
  return (TIERS as readonly string[]).includes(normalised ?? '') ? (normalised as Tier) : 'free';
}

/** The paid tier billed at a Stripe price, or null for a price this service does not sell. */
export function tierForPrice(catalog: TierCatalog, priceId: string | null | undefined): Tier | null {
  if (!priceId) return null;
  return PAID_TIERS.find((tier) => catalog[tier].stripePriceId === priceId) ?? null;
}

/** "1000" → 1000, "unlimited" → null (already validated against QUOTA). */
export function parseQuota(value: string): number | null {
  return value.trim().toLowerCase() === 'unlimited' ? null : Number(value);
}
