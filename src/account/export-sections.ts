import type { DataSource } from 'typeorm';
import { UserResponse } from '../users/dto/user.response';
import { User } from '../users/user.entity';

/** What every section of one export reads by. */
export interface ExportContext {
  db: DataSource;
  userId: string;
  /** Raw usage rows of the last `days` days only; null: every row still kept. */
  days: number | null;
}

/**
 * One top-level member of the export document. A `value` section is read whole (small: one row or
 * a handful); a `pages` section yields its array's items page by page, so the document is never
 * held in memory. Adding a section (say security events) is one more entry in EXPORT_SECTIONS.
 */
export type ExportSection =
  | { name: string; value: (context: ExportContext) => Promise<unknown> }
  | { name: string; pages: (context: ExportContext) => AsyncIterable<unknown[]> };

/** Rows per page of a paged section: one query and one chunk of the response each. */
export const EXPORT_PAGE_SIZE = 1_000;

/** A section read in one query: for tables that hold a bounded number of rows per user. */
function list(name: string, sql: string): ExportSection {
  return { name, value: ({ db, userId }) => db.query(sql, [userId]) };
}

/**
 * A table's rows of the user by keyset pages on (created_at, id), over its (user_id, created_at)
 * index: each page is a short query on a pooled connection, never a transaction held while a slow
 * client reads. The cursor is created_at as text: a JS Date would drop the microseconds and repeat
 * rows. `limitedByDays`: only rows of the last `days` days when the export asks for fewer.
 */
function keysetPages(name: string, table: string, columns: string, limitedByDays = false): ExportSection {
  async function* pages({ db, userId, days }: ExportContext): AsyncIterable<unknown[]> {
    const since = limitedByDays && days !== null ? new Date(Date.now() - days * 86_400_000) : null;
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const rows: Array<Record<string, unknown> & { cursor_at: string }> = await db.query(
        `SELECT ${columns}, created_at::text AS cursor_at
         FROM ${table}
         WHERE user_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2)
           AND ($3::timestamptz IS NULL OR (created_at, id) > ($3::timestamptz, $4::uuid))
         ORDER BY created_at, id
         LIMIT ${EXPORT_PAGE_SIZE}`,
        [userId, since, after?.at ?? null, after?.id ?? null],
      );
      if (rows.length === 0) return;
      const last = rows[rows.length - 1];
      after = { at: last.cursor_at, id: last.id as string };
      yield rows.map(({ cursor_at: _cursor, ...row }) => row);
      if (rows.length < EXPORT_PAGE_SIZE) return;
    }
  }
  return { name, pages };
}

/** The export document's members, in order. Never secrets: no password hash, no key hash, no token. */
export const EXPORT_SECTIONS: ExportSection[] = [
  {
    name: 'profile',
    value: async ({ db, userId }) => {
      const user = await db.manager.findOneBy(User, { id: userId });
      return user && { ...UserResponse.of(user), stripe_customer_id: user.stripeCustomerId };
    },
  },
  list(
    'subscriptions',
    `SELECT id, tier, status, stripe_subscription_id, stripe_price_id, current_period_start, current_period_end,
            cancel_at_period_end, canceled_at, created_at, updated_at
     FROM subscriptions WHERE user_id = $1 ORDER BY created_at`,
  ),
  list('api_keys', `SELECT id, name, prefix, is_active, last_used, created_at, expires_at FROM api_keys WHERE user_id = $1 ORDER BY created_at`),
  // Every login (refresh-token family) still on record, ended ones with their ended_at.
  list(
    'sessions',
    `SELECT id, created_at, last_refreshed_at, expires_at, ended_at, user_agent, ip_address
     FROM login_sessions WHERE user_id = $1 ORDER BY created_at`,
  ),
  list(
    'usage_daily',
    `SELECT day::text AS date, endpoint, method, requests, errors, timed_requests, total_response_ms::text AS total_response_ms
     FROM usage_daily WHERE user_id = $1 ORDER BY day, endpoint, method`,
  ),
  list(
    'api_key_usage_daily',
    `SELECT d.api_key_id, d.day::text AS date, d.endpoint, d.method, d.requests, d.status_2xx, d.status_3xx, d.status_4xx,
            d.status_429, d.status_5xx, d.timed_requests
     FROM api_key_usage_daily d JOIN api_keys k ON k.id = d.api_key_id
     WHERE k.user_id = $1 ORDER BY d.day, d.api_key_id, d.endpoint, d.method`,
  ),
  keysetPages(
    'usage_logs',
    'usage_logs',
    `id, created_at, method, endpoint, status_code, response_time_ms, error_type, error_message, api_key_id, ip_address, user_agent`,
    true,
  ),
  list(
    'answer_feedback',
    `SELECT answer_id, helpful, comment, language, error_type, answered_at, created_at, updated_at
     FROM answer_feedback WHERE user_id = $1 ORDER BY created_at`,
  ),
  keysetPages('security_events', 'security_events', 'id, created_at, type, ip_address, user_agent, detail'),
];
