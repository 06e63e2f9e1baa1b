import type { FastifyRequest } from 'fastify';
import { fit } from '../usage/usage-record';

/** Who made a login or refresh request, as a session shows it. */
export interface SessionClient {
  userAgent: string | null;
  ipAddress: string | null;
}

/** Column sizes of login_sessions: a header can be 16 KiB, far more than any real agent string. */
export const SESSION_CLIENT_LIMITS = { userAgent: 512, ipAddress: 45 } as const;

/** C0 and C1 control characters: a user agent is shown to people as one line of text. */
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/**
 * The user agent (control characters removed, trimmed, at most 512 characters; none when blank)
 * and the client address (`X-Forwarded-For` only with TRUST_PROXY, as Fastify resolves `ip`).
 */
export function sessionClientOf(request: Pick<FastifyRequest, 'headers' | 'ip'>): SessionClient {
  const header = request.headers['user-agent'];
  const raw: string | undefined = typeof header === 'string' ? header : header?.[0];
  const agent = raw?.replace(CONTROL_CHARACTERS, '').trim();
  return {
    userAgent: agent ? fit(agent, SESSION_CLIENT_LIMITS.userAgent) : null,
    ipAddress: request.ip ? fit(request.ip, SESSION_CLIENT_LIMITS.ipAddress) : null,
  };
}
