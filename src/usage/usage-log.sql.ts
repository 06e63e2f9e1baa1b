import { sqlStateOf, UNIQUE_VIOLATION } from '../database/sql-state';
import type { UsageRecord } from './usage-record';

/**
 * A batch of usage records (one JSON parameter, unpacked by json_to_recordset) into usage_logs.
 * Kept free of Nest: tests run it directly.
 *
 * usage_logs has no foreign keys (migration UsageLogsBatchReferences): a foreign key checks and
 * locks the referenced row once per inserted row, a third of PostgreSQL's CPU per record. Here each
 * referenced user and key is locked once per batch (FOR KEY SHARE, the lock a foreign key check
 * takes), so a concurrent delete waits for this batch to commit and its trigger then clears the
 * references; a user or key already gone leaves the reference NULL. The batch's distinct users and
 * keys travel as two small arrays of their own: the locks then read no record, and the records are
 * read once, straight into the INSERT, instead of being kept in a CTE that three queries scan.
 *
 * Two forms: a batch goes in with a plain INSERT; one that meets a record already stored (sent
 * before without an answer, a spool file replayed twice) is sent again skipping what is there
 * with ON CONFLICT (id, created_at) DO NOTHING. That clause makes PostgreSQL insert speculatively:
 * a probe of the key before each row and one more WAL record after it, about a tenth of its CPU
 * per record (docs/performance.md), which every batch would pay for the rare repeat.
 */
const insertUsageRecords = (onConflict: string) => `
  WITH u AS MATERIALIZED (SELECT id FROM users WHERE id = ANY($2::uuid[]) FOR KEY SHARE),
  k AS MATERIALIZED (SELECT id FROM api_keys WHERE id = ANY($3::uuid[]) FOR KEY SHARE)
  INSERT INTO usage_logs (id, user_id, api_key_id, endpoint, method, status_code, ip_address, user_agent,
                          response_time_ms, error_type, error_message, created_at)
  SELECT r.i, u.id, k.id, r.e, r.m, r.s, r.p, r.a, r.t, r.y, r.x, to_timestamp(r.c / 1000.0)
  FROM json_to_recordset($1::json) AS r(i uuid, u int, k int, e varchar, m varchar, s int, p varchar, a text, t int,
       y varchar, x text, c bigint)
  LEFT JOIN u ON u.id = ($2::uuid[])[r.u]
  LEFT JOIN k ON k.id = ($3::uuid[])[r.k]
  ${onConflict}`;

/** The common case: records whose fresh ids are not stored yet (a repeat fails with 23505). */
export const INSERT_NEW_USAGE_RECORDS = insertUsageRecords('');

/** Records that may be stored already: those are skipped, the rest written. */
export const INSERT_USAGE_RECORDS = insertUsageRecords('ON CONFLICT (id, created_at) DO NOTHING');

/** A record as it travels in a batch: see usageBatchParameters. */
interface WireRecord {
  i: string;
  u: number;
  k: number | undefined;
  e: string;
  m: string;
  s: number;
  p: string | undefined;
  a: string | undefined;
  t: number;
  y: string | undefined;
  x: string | undefined;
  c: number;
}

/**
 * The parameters of either INSERT for a batch: the records as one JSON text (JSON.stringify is the
 * cheapest serialisation Node has), then the distinct users and API keys they name. In the JSON each
 * record names its user and key by their 1-based place in those two arrays, its fields carry
 * one-letter keys (i id, u user, k key, e endpoint, m method, s status, p IP address, a user agent,
 * t response time, y error type, x error message, c created at) and a null field is left out
 * (json_to_recordset reads a missing key as NULL): about 150 bytes a record instead of 330. Every byte
 * costs twice: PostgreSQL parses it, and on loopback the sender's socket write does the receiving
 * side's TCP work too (about two fifths of the server's share of writing a batch).
 */
export function usageBatchParameters(records: readonly UsageRecord[]): [string, string[], string[]] {
  const users = new Map<string, number>();
  const keys = new Map<string, number>();
  const placeOf = (places: Map<string, number>, id: string): number => {
    let place = places.get(id);
    if (place === undefined) places.set(id, (place = places.size + 1));
    return place;
  };
  const wire = records.map((record): WireRecord => ({
    i: record.id,
    u: placeOf(users, record.userId),
    k: record.apiKeyId === null ? undefined : placeOf(keys, record.apiKeyId),
    e: record.endpoint,
    m: record.method,
    s: record.statusCode,
    p: record.ipAddress ?? undefined,
    a: record.userAgent ?? undefined,
    t: record.responseTimeMs,
    y: record.errorType ?? undefined,
    x: record.errorMessage ?? undefined,
    c: record.createdAt,
  }));
  return [JSON.stringify(wire), [...users.keys()], [...keys.keys()]];
}

/**
 * Writes a batch: the SQL text is the same whatever the batch size. It goes in with a plain INSERT
 * (its ids are fresh); only when that meets a record already stored (the batch was written but the
 * answer lost, a spool file replayed twice) is it sent again skipping what is there, so the common
 * case does not pay for the rare one. The key is (id, created_at) since the table is partitioned; a
 * repeated record carries both unchanged (fixed when it was made), so it still conflicts.
 */
export async function writeUsageBatch(
  query: (sql: string, parameters: unknown[]) => Promise<unknown>,
  records: readonly UsageRecord[],
): Promise<void> {
  const parameters = usageBatchParameters(records);
  try {
    await query(INSERT_NEW_USAGE_RECORDS, parameters);
  } catch (error) {
    if (sqlStateOf(error) !== UNIQUE_VIOLATION) throw error;
    await query(INSERT_USAGE_RECORDS, parameters);
  }
}
