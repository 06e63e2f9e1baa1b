import type { Subscription } from '../../subscriptions/subscription.entity';
import { UsageError } from '../cli-error';
import { withDatabase } from '../cli-database';
import { formatDate, plural, printJson, printLine } from '../cli-output';
import type { CommandRun } from '../command';

const STATUS = /^[a-z_]{1,50}$/;
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

/** Subscriptions with a status (active, past_due, canceled…), soonest period end first. */
export const subscriptionsByStatus: CommandRun = async ({ config, args, flags }) => {
  const status = args[0].trim().toLowerCase();
  if (!STATUS.test(status)) throw new UsageError(`"${args[0]}" is not a subscription status (e.g. active, past_due, canceled)`);
  return withDatabase(config, async ({ subscriptions }) => {
    print(await subscriptions.byStatus(status), flags.json, `with status ${status}`);
    return 0;
  });
};

/** Subscriptions in force whose period ends within DAYS: renewals to expect and plans about to end. */
export const renewals: CommandRun = async ({ config, args, flags }) => {
  const days = Number(args[0]);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) throw new UsageError(`DAYS must be a whole number from 1 to ${MAX_DAYS}`);
  return withDatabase(config, async ({ subscriptions }) => {
    print(await subscriptions.endingWithin(days * DAY_MS), flags.json, `ending within ${plural(days, 'day')}`);
    return 0;
  });
};

function print(rows: Subscription[], json: boolean, what: string): void {
  if (json) {
    printJson(
      rows.map((row) => ({
        user_id: row.userId,
        tier: row.tier,
        status: row.status,
        current_period_end: row.currentPeriodEnd,
        cancel_at_period_end: row.cancelAtPeriodEnd,
        stripe_subscription_id: row.stripeSubscriptionId,
      })),
    );
    return;
  }
  printLine(`${plural(rows.length, 'subscription')} ${what}`);
  for (const row of rows) {
    const end = row.cancelAtPeriodEnd ? 'ends' : 'renews';
    const source = row.stripeSubscriptionId ?? 'set by hand';
    printLine(`${row.userId}  ${row.tier}  ${row.status ?? '-'}  ${end} ${formatDate(row.currentPeriodEnd, '-')}  ${source}`);
  }
}
