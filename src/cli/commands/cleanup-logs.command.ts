import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../usage/retention-limits';
import { UsageError } from '../cli-error';
import { printFields, printJson } from '../cli-output';
import { progressBar } from '../cli-progress-bar';
import type { CommandRun } from '../command';

/** `--days N`, checked before the database is opened; the retention setting when absent. */
function daysOf(given: string | undefined, fallback: number): number {
  if (given === undefined) return fallback;
  const days = /^\d{1,6}$/.test(given) ? Number(given) : Number.NaN;
  if (!(days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS)) {
    throw new UsageError(`--days must be a whole number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}, not '${given}'`);
  }
  return days;
}

/**
 * The seed's usage_repo.cleanup_old_logs(days): the scheduled retention job run by hand, the same
 * code (whole expired months dropped, other expired rows deleted in batches of 5,000 rows, the
 * months ahead made), so that it can run against a live database.
 */
export const cleanupLogs: CommandRun = async ({ config, flags, options }) => {
  const days = daysOf(options.days, config.usage.retentionDays);
  // Loaded only now: a wrong --days is answered without paying for TypeORM and Nest.
  const { withDatabase } = await import('../cli-database');
  return withDatabase(config, async ({ retention }) => {
    const bar = progressBar('usage logs', 'rows');
    let deleted: number;
    try {
      deleted = await retention.deleteOlderThan(days, bar ? { onProgress: (done, total) => bar.update(done, total) } : {});
    } finally {
      bar?.stop();
    }
    if (flags.json) printJson({ days, deleted });
    else printFields([[`usage logs older than ${days} days deleted`, String(deleted)]]);
    return 0;
  });
};
