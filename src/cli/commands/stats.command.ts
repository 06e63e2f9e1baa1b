import { withDatabase } from '../cli-database';
import { printFields, printJson } from '../cli-output';
import type { CommandRun } from '../command';

/** The seed's monitoring queries: active users, API calls and error rate over the last 24 hours. */
export const stats: CommandRun = ({ config, flags }) =>
  withDatabase(
    config,
    async ({ users, usage }) => {
      const [activeUsers, last24h] = await Promise.all([users.countActive(), usage.serviceUsageLast24h()]);
      const errorRate = last24h.errorRateLast24h;
      if (flags.json) {
        printJson({
          active_users: activeUsers,
          api_calls_last_24h: last24h.callsLast24h,
          error_rate_last_24h: errorRate === null ? null : Math.round(errorRate * 100) / 100,
        });
        return 0;
      }
      printFields([
        ['active users', String(activeUsers)],
        ['API calls (last 24 h)', String(last24h.callsLast24h)],
        ['error rate (last 24 h)', errorRate === null ? 'n/a' : `${errorRate.toFixed(1)}%`],
      ]);
      return 0;
    },
    { replica: true },
  );
