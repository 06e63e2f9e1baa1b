/**
 * A batch of usage records (one JSON parameter, unpacked by json_to_recordset) into usage_logs; a
 * record already stored (same id and time) is skipped. Kept free of Nest: tests run it directly.
 */
export const INSERT_USAGE_RECORDS = `
  INSERT INTO usage_logs (id, user_id, api_key_id, endpoint, method, status_code, ip_address, user_agent,
                          response_time_ms, error_type, error_message, created_at)
  SELECT r.id, u.id, k.id, r.endpoint, r.method, r."statusCode", r."ipAddress", r."userAgent",
         r."responseTimeMs", r."errorType", r."errorMessage", to_timestamp(r."createdAt" / 1000.0)
  FROM json_to_recordset($1::json) AS r(id uuid, "userId" uuid, "apiKeyId" uuid, endpoint varchar, method varchar,
       "statusCode" int, "ipAddress" varchar, "userAgent" text, "responseTimeMs" int, "errorType" varchar,
       "errorMessage" text, "createdAt" bigint)
  LEFT JOIN users u ON u.id = r."userId"
  LEFT JOIN api_keys k ON k.id = r."apiKeyId"
  ON CONFLICT (id, created_at) DO NOTHING`;
