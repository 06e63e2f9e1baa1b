import type { Subscription } from '../../subscriptions/subscription.entity';
import { CliError } from '../cli-error';
import { withDatabase } from '../cli-database';
import { formatDate, printFields, printJson, yesNo } from '../cli-output';
import type { CommandRun } from '../command';

export const userInfo: CommandRun = ({ config, args, flags }) =>
  withDatabase(config, async ({ users, subscriptions, apiKeys, usage }) => {
    const email = args[0];
    const user = await users.findByEmail(email);
    if (!user) throw new CliError(`no user with email ${email.trim().toLowerCase()}`);
    const [subscription, keys, totals] = await Promise.all([
      subscriptions.currentFor(user.id),
      apiKeys.countForUser(user.id),
      usage.totalsForUser(user.id),
    ]);

    if (flags.json) {
      printJson({
        user: {
          id: user.id,
          email: user.email,
          full_name: user.fullName,
          subscription_tier: user.subscriptionTier,
          is_active: user.isActive,
          is_verified: user.isVerified,
          created_at: user.createdAt,
          last_login: user.lastLogin,
        },
        subscription: subscription && {
          tier: subscription.tier,
          status: subscription.status,
          current_period_end: subscription.currentPeriodEnd,
        },
        api_keys: { active: keys.active, total: keys.total },
        usage: { total_requests: totals.requests, error_count: totals.errors, last_request_at: totals.lastRequestAt },
      });
      return 0;
    }
    printFields([
      ['id', user.id],
      ['email', user.email],
      ['full name', user.fullName ?? '-'],
      ['tier', user.subscriptionTier ?? '-'],
      ['active', yesNo(user.isActive)],
      ['verified', yesNo(user.isVerified)],
      ['created', formatDate(user.createdAt, '-')],
      ['last login', formatDate(user.lastLogin)],
      ['subscription', describeSubscription(subscription)],
      ['api keys', `${keys.active} active / ${keys.total} total`],
      ['requests', `${totals.requests} (${totals.errors} errors)`],
      ['last request', formatDate(totals.lastRequestAt)],
    ]);
    return 0;
  });

function describeSubscription(subscription: Subscription | null): string {
  if (!subscription) return 'none';
  const end = subscription.currentPeriodEnd ? `period ends ${formatDate(subscription.currentPeriodEnd)}` : 'no period end';
  return `${subscription.tier} (${subscription.status ?? 'unknown'}), ${end}`;
}
