/** The subscription tiers. Pure: billing will add prices and limits per tier here. */
export type Tier = 'free' | 'pro' | 'enterprise';

export const TIERS: readonly Tier[] = ['free', 'pro', 'enterprise'];

/**
 * The tier a stored `users.subscription_tier` value stands for. Missing or unknown values mean
 * free: a typo in the database must never grant a paid plan's allowances.
 */
export function tierOf(value: string | null | undefined): Tier {
  const normalised = value?.trim().toLowerCase();
  return (TIERS as readonly string[]).includes(normalised ?? '') ? (normalised as Tier) : 'free';
}
