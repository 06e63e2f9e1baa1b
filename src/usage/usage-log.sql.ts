/**
 * A batch of usage records (one JSON parameter, unpacked by json_to_recordset) into usage_logs; a
 * record already stored (same id and time) is skipped. Kept free of Nest: tests run it directly.
 *
 * usage_logs has no foreign keys (migration UsageLogsBatchReferences): a foreign key checks and
 * locks the referenced row once per inserted row, a third of PostgreSQL's CPU per record. Here each
 * referenced user and key is locked once per batch (FOR KEY SHARE, the lock a foreign key check
 * takes), so a concurrent delete waits for this batch to commit and its trigger then clears the
 * references; a user or key already gone leaves the reference NULL.
 */
export const INSERT_USAGE_RECORDS = `
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
  ON CONFLICT (id, created_at) DO NOTHING`;
