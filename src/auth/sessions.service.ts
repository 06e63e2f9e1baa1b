import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from './authenticated-user';
import type { LoginSession } from './login-session.entity';
import { LoginSessionRepository } from './login-session.repository';
import { RefreshTokenRepository } from './refresh-token.repository';
import { RevocationService } from './revocation.service';
import { sessionNotFound } from './session-problems';
import { TokenService } from './token.service';

/** Which of the caller's sessions POST /auth/logout ends. */
export const LOGOUT_SCOPES = ['current', 'others', 'all'] as const;
export type LogoutScope = (typeof LOGOUT_SCOPES)[number];

/**
 * The logins (refresh-token families) of a user: listed, and ended one or many at a time. Ending
 * one revokes its refresh tokens in the database (every instance's refresh checks the row) and
 * puts its family id in the revocation set, which the change feed carries to every instance
 * within milliseconds, so its access tokens are refused there too.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: LoginSessionRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly revocations: RevocationService,
    private readonly tokens: TokenService,
  ) {}

  list(principal: AuthenticatedUser): Promise<LoginSession[]> {
    return this.sessions.findActive(principal.user.id, principal.user.passwordChangedAt);
  }

  /** One active session of the caller's, the current one included; anything else is a 404. */
  async end(principal: AuthenticatedUser, id: string): Promise<void> {
    const [session] = await this.sessions.findActive(principal.user.id, principal.user.passwordChangedAt, id);
    if (!session) throw sessionNotFound();
    await this.endFamily(principal.user.id, session.id, 'session ended');
  }

  /** Ends one login of `userId`: its refresh tokens in the database, its access tokens on every instance. */
  async endFamily(userId: string, family: string, reason: string): Promise<void> {
    await this.refreshTokens.revokeFamily(family);
    await this.revokeAccessTokens(userId, [family], reason);
  }

  /**
   * Every session of the caller but `keep` (all when null). Found through the refresh tokens as
   * well as the session rows: a login made by the previous release has no row until it refreshes.
   */
  async endAllBut(principal: AuthenticatedUser, keep: string | null): Promise<void> {
    const userId = principal.user.id;
    const families = new Set([...(await this.refreshTokens.revokeAllFamiliesOf(userId, keep)), ...(await this.sessions.endAllOf(userId, keep))]);
    await this.revokeAccessTokens(userId, [...families], 'logout');
  }

  /** Every access token of these families was issued by now, so each expires within one access TTL. */
  async revokeAccessTokens(userId: string, families: string[], reason: string): Promise<void> {
    const expiresAt = new Date(Date.now() + this.tokens.accessTtlSeconds * 1000);
    for (const family of families) {
      await this.revocations.revoke({ tokenJti: family, tokenType: 'family', revokedBy: userId, revocationReason: reason, expiresAt });
    }
  }
}
