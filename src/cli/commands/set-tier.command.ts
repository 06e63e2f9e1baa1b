import { pendingEvent, tierChangeDetail } from '../../security-events/security-event-record';
import { SecurityEventType } from '../../security-events/security-event-type';
import { TIERS, tierOf, type Tier } from '../../subscriptions/tiers';
import { CliError, UsageError } from '../cli-error';
import { withDatabase } from '../cli-database';
import { printFields, printJson, printLine } from '../cli-output';
import type { CommandRun } from '../command';

/**
 * An operator's tier change, for deployments without Stripe (or to grant a plan by hand): recorded
 * as a subscription row without Stripe ids, and users.subscription_tier changed in the same
 * transaction. Running servers drop their cached copy of the user, so limits follow at once.
 */
export const setTier: CommandRun = async ({ config, args, flags }) => {
  const [email, rawTier] = args as [string, string];
  const tier = rawTier.trim().toLowerCase();
  if (!(TIERS as readonly string[]).includes(tier)) throw new UsageError(`"${rawTier}" is not a tier: use one of ${TIERS.join(', ')}`);

  return withDatabase(config, async ({ users, subscriptions, securityEvents }) => {
    const user = await users.findByEmail(email);
    if (!user) throw new CliError(`no user with email ${email.trim().toLowerCase()}`);
    const previous = tierOf(user.subscriptionTier);
    const paying = await subscriptions.activeFor(user.id);
    await users.withTierChanges(
      async (manager, change) => {
        await subscriptions.setManualTier(manager, user.id, tier as Tier);
        await change(user.id, tier as Tier);
      },
      // No batching in a one-shot process: written at once, with no client (an operator's console).
      (changes) =>
        securityEvents.insertEvents(
          changes.map((done) =>
            pendingEvent({ type: SecurityEventType.TierChanged, userId: done.userId, client: null, detail: tierChangeDetail(done, 'operator') }),
          ),
        ),
    );
    if (flags.json) {
      printJson({ email: user.email, previous_tier: previous, tier });
      return 0;
    }
    printFields([
      ['user', user.email],
      ['tier', `${previous} -> ${tier}`],
    ]);
    if (paying?.stripeSubscriptionId) {
      printLine(
        `note: ${user.email} has a Stripe subscription (${paying.tier}, ${paying.status}); its next event recomputes the tier from all subscriptions`,
      );
    }
    return 0;
  });
};
