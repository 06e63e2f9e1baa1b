import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { UnknownError } from './unknown-error.entity';

/** One (fingerprint, day) counted in memory since the last flush. */
export interface PendingUnknownError {
  fingerprint: string;
  day: string;
  language: string;
  line: string;
  count: number;
  /** Epoch milliseconds. */
  firstSeen: number;
  lastSeen: number;
}

/** A fingerprint's totals over a window of days. */
export interface UnknownErrorSummary {
  fingerprint: string;
  language: string;
  line: string;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
}

@Injectable()
export class UnknownErrorRepository extends Repository<UnknownError> {
  constructor(dataSource: DataSource) {
    super(UnknownError, dataSource.createEntityManager());
  }

  /**
   * Adds a batch to the counts in one statement (the batch travels as one JSON parameter, as usage
   * logs do). The batch holds each (fingerprint, day) once, so ON CONFLICT never meets a row twice.
   */
  async addCounts(batch: readonly PendingUnknownError[]): Promise<void> {
    if (batch.length === 0) return;
    await this.manager.query(ADD_COUNTS, [JSON.stringify(batch)]);
  }

  /** The most frequent fingerprints of the last `days` UTC days (today included), most frequent first. */
  async mostFrequent(days: number, limit: number): Promise<UnknownErrorSummary[]> {
    const rows: Array<Record<string, unknown>> = await this.manager.query(MOST_FREQUENT, [days, limit]);
    return rows.map((row) => ({
      fingerprint: row.fingerprint as string,
      language: row.language as string,
      line: row.masked_line as string,
      count: Number(row.count),
      firstSeen: row.first_seen as Date,
      lastSeen: row.last_seen as Date,
    }));
  }

  /** Deletes at most `limit` rows of days before `firstKeptDay`, in one short statement. */
  async deleteBatchBefore(firstKeptDay: string, limit: number): Promise<number> {
    const [, affected] = await this.query<[unknown, number]>(
      'DELETE FROM unknown_errors WHERE ctid = ANY(ARRAY(SELECT ctid FROM unknown_errors WHERE day < $1::date LIMIT $2))',
      [firstKeptDay, limit],
    );
    return affected;
  }
}

const ADD_COUNTS = `
  INSERT INTO unknown_errors AS u (fingerprint, day, language, masked_line, count, first_seen, last_seen)
  SELECT b.fingerprint, b.day::date, b.language, b.line, b.count,
         to_timestamp(b."firstSeen" / 1000.0), to_timestamp(b."lastSeen" / 1000.0)
  FROM json_to_recordset($1::json) AS b(fingerprint varchar, day varchar, language varchar, line varchar,
       count bigint, "firstSeen" bigint, "lastSeen" bigint)
  ON CONFLICT (fingerprint, day) DO UPDATE
     SET count = u.count + excluded.count,
         first_seen = LEAST(u.first_seen, excluded.first_seen),
         last_seen = GREATEST(u.last_seen, excluded.last_seen)`;

// The window is the last $1 UTC days, today included, as usage analytics count them.
const MOST_FREQUENT = `
  SELECT fingerprint, MIN(language) AS language, MIN(masked_line) AS masked_line, SUM(count)::bigint AS count,
         MIN(first_seen) AS first_seen, MAX(last_seen) AS last_seen
    FROM unknown_errors
   WHERE day > (now() AT TIME ZONE 'UTC')::date - $1::int
   GROUP BY fingerprint
   ORDER BY SUM(count) DESC, MAX(last_seen) DESC, fingerprint
   LIMIT $2`;
