import type { TierChange } from '../users/users.service';
import type { SecurityEventType } from './security-event-type';

/** The facts of the request an event happened in. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface SecurityEventInput {
  type: SecurityEventType;
  /** The account, when known. */
  userId: string | null;
  /**
   * For events known by an email only (a login): the account is looked up when the batch is
   * written, off the request path. The email itself is never stored.
   */
  account?: string;
  client: ClientInfo | null;
  detail?: Record<string, string | number | boolean | null>;
}

/** As queued and written: sanitised, with its time. */
export interface PendingSecurityEvent {
  userId: string | null;
  account: string | null;
  type: SecurityEventType;
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, string | number | boolean | null>;
  /** Epoch milliseconds: when it happened, not when it was written. */
  at: number;
}

const MAX_USER_AGENT = 512;
const MAX_IP = 64;
const MAX_DETAIL_TEXT = 200;

/**
 * Control characters (CR, LF, ESC, DEL, the C1 range, and the Unicode line and paragraph
 * separators) are removed: a stored or logged value can never start a forged log line or move a
 * terminal's cursor. Then trimmed and cut to `max` characters.
 */
export function sanitiseText(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;

  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim();
  return clean === '' ? null : clean.slice(0, max);
}

export function pendingEvent(input: SecurityEventInput, at = Date.now()): PendingSecurityEvent {
  const detail: PendingSecurityEvent['detail'] = {};
  for (const [key, value] of Object.entries(input.detail ?? {})) {
    detail[key] = typeof value === 'string' ? sanitiseText(value, MAX_DETAIL_TEXT) : value;
  }
  return {
    userId: input.userId,
    account: input.userId ? null : (input.account ?? null),
    type: input.type,
    ip: sanitiseText(input.client?.ip, MAX_IP),
    userAgent: sanitiseText(input.client?.userAgent, MAX_USER_AGENT),
    detail,
    at,
  };
}

/** detail of a tier_changed event: what changed it (Stripe and its event, or an operator). */
export function tierChangeDetail(
  change: TierChange,
  source: 'stripe' | 'operator',
  reference: string | null = null,
): PendingSecurityEvent['detail'] {
  return { from: change.from, to: change.to, source, ...(reference ? { reference } : {}) };
}
