import { Injectable } from '@nestjs/common';
import { UsageLogRepository } from './usage-log.repository';
import { quoteIdentifier, type UsagePartition } from './usage-months';
import { isLockTimeout, UsagePartitionsService } from './usage-partitions.service';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from './retention-limits';

/** Rows per DELETE: each statement is its own short transaction, so the table is never held for long. */
export const RETENTION_BATCH_SIZE = 5_000;
const DAY_MS = 86_400_000;

/** Called after each batch or dropped month; `total` is only known when a progress bar asked for it. */
export type DeletionProgress = (deleted: number, total: number) => void;

export interface RetentionOptions {
  onProgress?: DeletionProgress;
  batchSize?: number;
  /** A whole month dropped, with the rows it held. */
  onDropped?: (partition: string, rows: number) => void;
  /** A whole month that could not be dropped now (its lock was not free in time): its rows are deleted in batches instead. */
  onDropDeferred?: (partition: string, reason: string) => void;
}

/**
 * Usage logs older than the retention period go (the seed's cleanup_old_logs). The table is
 * partitioned by month: a month wholly older than the cutoff is detached and dropped at once;
 * only the rows of the month the cutoff falls in (and of the default partition) are deleted, in
 * batches. Before that the months ahead are made, so that whoever runs retention (the scheduled
 * job, or manage-db cleanup-logs from an operator's cron) also keeps partitions ahead.
 */
@Injectable()
export class UsageRetentionService {
  constructor(
    private readonly logs: UsageLogRepository,
    private readonly partitions: UsagePartitionsService,
  ) {}

  async deleteOlderThan(days: number, options: RetentionOptions = {}): Promise<number> {
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      throw new RangeError(`retention must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`);
    }
    const batchSize = options.batchSize ?? RETENTION_BATCH_SIZE;
    // Fixed once, so rows that age past the cutoff during the run are left for the next one.
    const now = Date.now();
    const cutoff = new Date(now - days * DAY_MS);
    await this.partitions.createAhead(new Date(now));
    // Counting scans the old rows once more: worth it only when someone watches a bar.
    const total = options.onProgress ? await this.logs.countOlderThan(cutoff) : 0;
    const progress = (deleted: number) => options.onProgress?.(deleted, Math.max(total, deleted));

    const partitions = await this.partitions.list();
    // Before the migration (a plain table) everything goes in batches, as it always did.
    const batched: string[] = partitions === null ? ['usage_logs'] : [];
    let deleted = 0;
    for (const partition of partitions ?? []) {
      if (partition.to !== null && partition.to <= cutoff) {
        const dropped = await this.dropWhole(partition, options);
        if (dropped === null) batched.push(quoteIdentifier(partition.name));
        else {
          deleted += dropped;
          progress(deleted);
        }
      } else if (partition.from === null || partition.from < cutoff) {
        batched.push(quoteIdentifier(partition.name));
      }
    }
    for (const table of batched) {
      for (;;) {
        const affected = await this.logs.deleteBatchOlderThan(cutoff, batchSize, table);
        deleted += affected;
        progress(deleted);
        if (affected < batchSize) break;
      }
    }
    return deleted;
  }

  /** The rows dropped, or null when the lock was not free in time (retried at the next run). */
  private async dropWhole(partition: UsagePartition, options: RetentionOptions): Promise<number | null> {
    try {
      const rows = await this.partitions.drop(partition);
      options.onDropped?.(partition.name, rows);
      return rows;
    } catch (error) {
      if (!isLockTimeout(error)) throw error;
      options.onDropDeferred?.(partition.name, (error as Error).message);
      return null;
    }
  }
}
