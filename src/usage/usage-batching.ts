/**
 * How often, and in what batches, queued usage records are written by default
 * (USAGE_FLUSH_INTERVAL_MS, USAGE_BATCH_SIZE). Shared with the bench's same-work baseline, which
 * writes its records as ours does.
 *
 * Two seconds and 2,000 records, not one second and 500: a batch costs PostgreSQL about 2 ms of
 * CPU whatever its size (parsing and planning the statement, the reference locks, the roll-up
 * triggers, the commit) on top of its rows, so fewer, larger batches take usage logging's share of
 * the CPU per request from 11 to 13 % to under 10 % (docs/performance.md, tenth round). The price:
 * usage history and analytics lag up to two seconds, and a crash that runs no code (SIGKILL, the
 * OOM killer) loses up to two seconds of records instead of one.
 */
export const DEFAULT_USAGE_FLUSH_INTERVAL_MS = 2_000;
export const DEFAULT_USAGE_BATCH_SIZE = 2_000;
