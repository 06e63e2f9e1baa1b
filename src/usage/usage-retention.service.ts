import { Injectable } from '@nestjs/common';
import { UsageLogRepository } from './usage-log.repository';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from './retention-limits';

/** Rows per DELETE: each statement is its own short transaction, so the table is never held for long. */
export const RETENTION_BATCH_SIZE = 5_000;
const DAY_MS = 86_400_000;

/** Called after each batch; `total` is only known when a progress bar asked for it. */
export type DeletionProgress = (deleted: number, total: number) => void;

/** Deletes usage logs older than the retention period, in batches (the seed's cleanup_old_logs). */
@Injectable()
export class UsageRetentionService {
  constructor(private readonly logs: UsageLogRepository) {}

  async deleteOlderThan(days: number, options: { onProgress?: DeletionProgress; batchSize?: number } = {}): Promise<number> {
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      throw new RangeError(`retention must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`);
    }
    const batchSize = options.batchSize ?? RETENTION_BATCH_SIZE;
    // Fixed once, so rows that age past the cutoff during the run are left for the next one.
    const cutoff = new Date(Date.now() - days * DAY_MS);
    // Counting scans the old rows once more: worth it only when someone watches a bar.
    const total = options.onProgress ? await this.logs.countOlderThan(cutoff) : 0;
    let deleted = 0;
    for (;;) {
      const affected = await this.logs.deleteBatchOlderThan(cutoff, batchSize);
      deleted += affected;
      options.onProgress?.(deleted, Math.max(total, deleted));
      if (affected < batchSize) return deleted;
    }
  }
}
