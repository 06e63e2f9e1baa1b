/**
 * The per-key analytics queries, kept free of Nest so the scale benchmark can EXPLAIN exactly what
 * the endpoint runs. Both read through a primary key: a year of one key is at most 365 rows per
 * endpoint and method, however many requests it made. Days are UTC `YYYY-MM-DD`, bounds inclusive.
 */

/** $1 key, $2 first day, $3 last day. The histogram as text, as DAILY_ROWS_SQL reads it (cheaper than the array parser). */
export const KEY_DAILY_ROWS_SQL = `
  SELECT to_char(day, 'YYYY-MM-DD') AS day, endpoint, method, requests, status_2xx, status_3xx, status_4xx, status_429, status_5xx,
         timed_requests, total_response_ms::float8 AS total_response_ms, latency_histogram::text AS latency_histogram
    FROM api_key_usage_daily
   WHERE api_key_id = $1 AND day BETWEEN $2 AND $3`;

/** $1 key: when and from where it was last used (no row before its first logged request). */
export const KEY_LAST_USE_SQL = `SELECT used_at, ip_address FROM api_key_last_use WHERE api_key_id = $1`;
