/** Socket-level failures: the server is down, unreachable, or the connection was killed. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs that say "the database cannot serve you now", not "your statement is wrong":
 * 57014 query_canceled (our statement_timeout), 57P01–57P03 shutdown / cannot connect now,
 * 53300 too many connections, and the whole 08 connection-exception class.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57014', '57P01', '57P02', '57P03', '53300']);

/** What node-postgres and pg-pool say, in their own words, when the connection is gone or too slow. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // "…unexpectedly", "…due to connection timeout"
  /^timeout exceeded when trying to connect/, // pg-pool: no connection free within connectionTimeoutMillis
  /^Query read timeout/, // pg's query_timeout
  /^timeout expired/, // pg: the connection could not be opened in time
  /not queryable/, // a client whose connection already failed
  /^Cannot use a pool after calling end/,
];

interface MaybeDatabaseError {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * True for errors meaning the database is unreachable, overloaded or too slow, whichever layer
 * raised them: pg, pg-pool, or TypeORM wrapping either (QueryFailedError.driverError, causes,
 * AggregateError from trying several addresses).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, message, driverError, cause, errors } = error as MaybeDatabaseError;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) {
    return true;
  }
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  const inner = [driverError, cause, ...(Array.isArray(errors) ? (errors as unknown[]) : [])];
  return inner.some((each) => each !== error && isDatabaseUnavailable(each, depth + 1));
}
