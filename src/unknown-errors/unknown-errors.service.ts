import { Injectable } from '@nestjs/common';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../usage/retention-limits';
import { addDays, utcDay } from '../usage/usage-calendar';
import { UnknownErrorRepository, type UnknownErrorSummary } from './unknown-error.repository';

/** Rows per DELETE, as for usage logs: each statement its own short transaction. */
export const UNKNOWN_ERRORS_DELETE_BATCH = 5_000;

/** Reading and pruning the unrecognised-error counts (manage-db, the scheduled clean-up). */
@Injectable()
export class UnknownErrorsService {
  constructor(private readonly repository: UnknownErrorRepository) {}

  /** The most frequent misses of the last `days` UTC days, today included. */
  mostFrequent(days: number, limit: number): Promise<UnknownErrorSummary[]> {
    return this.repository.mostFrequent(days, limit);
  }

  /**
   * Deletes the counts of days that ended more than `days` days ago: with 90, today and the 90
   * days before it are kept (a day's row is only ever partly older than the cutoff).
   */
  async deleteOlderThan(days: number, batchSize = UNKNOWN_ERRORS_DELETE_BATCH): Promise<number> {
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      throw new RangeError(`retention must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}`);
    }
    const firstKeptDay = addDays(utcDay(new Date()), -days);
    let deleted = 0;
    for (;;) {
      const affected = await this.repository.deleteBatchBefore(firstKeptDay, batchSize);
      deleted += affected;
      if (affected < batchSize) return deleted;
    }
  }
}
