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
 * references; a user or key already gone leaves the reference NULL.
 *
 * Two forms: a batch goes in with a plain INSERT; one that meets a record already stored (sent
 * before without an answer, a spool file replayed twice) is sent again skipping what is there
 * with ON CONFLICT (id, created_at) DO NOTHING. That clause makes PostgreSQL insert speculatively:
 * a probe of the key before each row and one more WAL record after it, about a tenth of its CPU
 * per record (docs/performance.md), which every batch would pay for the rare repeat.
 */
const insertUsageRecords = (onConflict: string) => `
  WITH r AS (
    SELECT * FROM json_to_recordset($1::json) AS r(id uuid, "userId" uuid, "apiKeyId" uuid, endpoint varchar, method varchar,
         "statusCode" int, "ipAddress" varchar, "userAgent" text, "responseTimeMs" int, "errorType" varchar,
         "errorMessage" text, "createdAt" bigint)),
  u AS (SELECT id FROM users WHERE id IN (SELECT "userId" FROM r) FOR KEY SHARE),
  k AS (SELECT id FROM api_keys WHERE id IN (SELECT "apiKeyId" FROM r) FOR KEY SHARE)
  INSERT INTO usage_logs (id, user_id, api_key_id, endpoint, method, status_code, ip_address, user_agent,
                          response_time_ms, error_type, error_message, created_at)
  SELECT r.id, u.id, k.id, r.endpoint, r.method, r."statusCode", r."ipAddress", r."userAgent",
         r."responseTimeMs", r."errorType", r."errorMessage", to_timestamp(r."createdAt" / 1000.0)
  FROM r
  LEFT JOIN u ON u.id = r."userId"
  LEFT JOIN k ON k.id = r."apiKeyId"
  ${onConflict}`;

/** The common case: records whose fresh ids are not stored yet (a repeat fails with 23505). */
export const INSERT_NEW_USAGE_RECORDS = insertUsageRecords('');

/** Records that may be stored already: those are skipped, the rest written. */
export const INSERT_USAGE_RECORDS = insertUsageRecords('ON CONFLICT (id, created_at) DO NOTHING');

/**
 * Writes a batch: the batch travels as one JSON parameter (JSON.stringify is the cheapest
 * serialisation Node has; PostgreSQL unpacks it with json_to_recordset), so the SQL text is the
 * same whatever the batch size. It goes in with a plain INSERT (its ids are fresh); only when that
 * meets a record already stored (the batch was written but the answer lost, a spool file replayed
 * twice) is it sent again skipping what is there, so the common case does not pay for the rare one.
 * The key is (id, created_at) since the table is partitioned; a repeated record carries both
 * unchanged (fixed when it was made), so it still conflicts.
 */
export async function writeUsageBatch(
  query: (sql: string, parameters: unknown[]) => Promise<unknown>,
  records: readonly UsageRecord[],
): Promise<void> {
  const batch = JSON.stringify(records);
  try {
    await query(INSERT_NEW_USAGE_RECORDS, [batch]);
  } catch (error) {
    if (sqlStateOf(error) !== UNIQUE_VIOLATION) throw error;
    await query(INSERT_USAGE_RECORDS, [batch]);
  }
}
