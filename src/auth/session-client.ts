import type { ClientInfo } from '../security-events/security-event-record';
import { sanitiseText } from '../security-events/security-event-record';

/** Who made a login or refresh request, as a session shows it. */
export interface SessionClient {
  userAgent: string | null;
  ipAddress: string | null;
}

/** Column sizes of login_sessions: a header can be 16 KiB, far more than any real agent string. */
export const SESSION_CLIENT_LIMITS = { userAgent: 512, ipAddress: 45 } as const;

/**
 * The user agent (control characters removed, trimmed, at most 512 characters; none when blank)
 * and the client address (`X-Forwarded-For` only with TRUST_PROXY, as Fastify resolves `ip`),
 * cleaned as security events clean them: a session list shows them to people as one line each.
 */
export function sessionClientOf(client: ClientInfo): SessionClient {
  return {
    userAgent: sanitiseText(client.userAgent, SESSION_CLIENT_LIMITS.userAgent),
    ipAddress: sanitiseText(client.ip, SESSION_CLIENT_LIMITS.ipAddress),
  };
}
