import { queryDatabase } from './postgres';

/**
 * For instances that must keep answering (from their caches) while the database is cut off, so
 * that there are usage records to keep: without this grace they fail closed and answer 503.
 */
export const SERVE_THROUGH_OUTAGE = { CHANGE_FEED_STALE_GRACE_MS: '60000' };

/** A usage_logs row as the request logger writes it. */
export interface LogRow {
  userId: string | null;
  createdAt: Date;
  endpoint: string;
  method: string;
  statusCode: number;
  responseTimeMs: number | null;
  errorType?: string | null;
  errorMessage?: string | null;
}

/** One multi-row INSERT, as the request logger writes its batches (so the trigger sees one statement). */
export function insertLogsStatement(rows: readonly LogRow[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const values = [
      row.userId,
      row.createdAt,
      row.endpoint,
      row.method,
      row.statusCode,
      row.responseTimeMs,
      row.errorType ?? null,
      row.errorMessage ?? null,
    ];
    const placeholders = values.map((value) => `$${params.push(value)}`);
    return `(${placeholders.join(', ')})`;
  });
  return {
    sql: `INSERT INTO usage_logs (user_id, created_at, endpoint, method, status_code, response_time_ms, error_type, error_message) VALUES ${tuples.join(', ')}`,
    params,
  };
}

export async function insertLogs(databaseUrl: string, rows: readonly LogRow[]): Promise<void> {
  if (rows.length === 0) return;
  const { sql, params } = insertLogsStatement(rows);
  await queryDatabase(databaseUrl, sql, params);
}

/** A small deterministic generator, so a failing case can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const DAY_MS = 86_400_000;

/** Midnight UTC of the day `instant` falls on, `offsetDays` days later. */
export function utcMidnight(instant: Date, offsetDays = 0): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate() + offsetDays));
}

/** Tests compare against "today": never start one in the last seconds of a UTC day. */
export async function awayFromMidnight(marginMs = 15_000): Promise<void> {
  const untilMidnight = utcMidnight(new Date(), 1).getTime() - Date.now();
  if (untilMidnight < marginMs) await new Promise((resolve) => setTimeout(resolve, untilMidnight + 1_000));
}
