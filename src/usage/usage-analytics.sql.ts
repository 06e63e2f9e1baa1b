/**
 * The analytics queries, kept free of Nest so the scale benchmark can EXPLAIN exactly what the
 * endpoints run. Everything but the latest errors reads the `usage_daily` roll-up through its
 * primary key (user_id, day, endpoint, method): a year is at most 365 rows per endpoint,
 * however many requests the user made. Days are UTC `YYYY-MM-DD` strings, bounds inclusive.
 */

/**
 * $1 user, $2 first day, $3 last day. The histogram comes as text (`{3,0,7}`): node-postgres's
 * generic array parser costs more than the query itself at a year of rows (measured: ~2×).
 */
export const DAILY_ROWS_SQL = `
  SELECT to_char(day, 'YYYY-MM-DD') AS day, endpoint, method, requests, errors, timed_requests,
         total_response_ms::float8 AS total_response_ms, latency_histogram::text AS latency_histogram
    FROM usage_daily
   WHERE user_id = $1 AND day BETWEEN $2 AND $3`;

/** $1 user, $2 first day, $3 last day (today): requests over the range and on its last day. */
export const REQUEST_COUNTS_SQL = `
  SELECT COALESCE(SUM(requests), 0)::float8 AS in_range,
         COALESCE(SUM(requests) FILTER (WHERE day = $3), 0)::float8 AS on_last_day
    FROM usage_daily
   WHERE user_id = $1 AND day BETWEEN $2 AND $3`;

/** $1 user, $2 endpoint, $3 method, $4 first day, $5 last day: responses below 400. */
export const SUCCESSFUL_CALLS_SQL = `
  SELECT COALESCE(SUM(requests - errors), 0)::float8 AS calls
    FROM usage_daily
   WHERE user_id = $1 AND day BETWEEN $4 AND $5 AND endpoint = $2 AND method = $3`;

/** Error messages are cut to this many characters in the dashboard's list. */
export const ERROR_MESSAGE_MAX_CHARS = 1_000;

/**
 * $1 user, $2 how many: the latest responses ≥ 400, newest first, through the partial index
 * IDX_usage_logs_user_id_errors (its predicate must stay `status_code >= 400` to be used).
 */
export const RECENT_ERRORS_SQL = `
  SELECT created_at, endpoint, method, status_code, error_type, left(error_message, ${ERROR_MESSAGE_MAX_CHARS}) AS error_message
    FROM usage_logs
   WHERE user_id = $1 AND status_code >= 400 AND created_at IS NOT NULL
   ORDER BY created_at DESC
   LIMIT $2`;
