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
 * usage_logs by keyset pages on (created_at, id), over the (user_id, created_at) index: each page
 * is a short query on a pooled connection, never a transaction held while a slow client reads.
 * The cursor is created_at as text: a JS Date would drop the microseconds and repeat rows.
 */
async function* usageLogPages({ db, userId, days }: ExportContext): AsyncIterable<unknown[]> {
  const since = days === null ? null : new Date(Date.now() - days * 86_400_000);
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const rows: Array<Record<string, unknown> & { cursor_at: string }> = await db.query(
      `SELECT id, created_at, created_at::text AS cursor_at, method, endpoint, status_code, response_time_ms, error_type,
              error_message, api_key_id, ip_address, user_agent
       FROM usage_logs
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
  // A session is a login family with a refresh token still usable: not used, not revoked, not expired.
  list(
    'sessions',
    `SELECT family_id AS id, min(created_at) AS signed_in_at, max(created_at) AS last_refreshed_at, max(expires_at) AS expires_at
     FROM refresh_tokens
     WHERE user_id = $1 AND family_id IN (
       SELECT family_id FROM refresh_tokens WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now())
     GROUP BY family_id ORDER BY min(created_at)`,
  ),
  list(
    'usage_daily',
    `SELECT day::text AS date, endpoint, method, requests, errors, timed_requests, total_response_ms::text AS total_response_ms
     FROM usage_daily WHERE user_id = $1 ORDER BY day, endpoint, method`,
  ),
  { name: 'usage_logs', pages: usageLogPages },
  list(
    'answer_feedback',
    `SELECT answer_id, helpful, comment, language, error_type, answered_at, created_at, updated_at
     FROM answer_feedback WHERE user_id = $1 ORDER BY created_at`,
  ),
];
