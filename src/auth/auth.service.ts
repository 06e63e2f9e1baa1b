import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import type { ClientInfo } from '../security-events/security-event-record';
import { SecurityEventType, type LoginFailureReason } from '../security-events/security-event-type';
import { SecurityEventsService } from '../security-events/security-events.service';
import { tooManyAttempts } from '../users/password-confirmation.service';
import { normaliseEmail, UsersService } from '../users/users.service';
import type { User } from '../users/user.entity';
import type { AuthenticatedUser } from './authenticated-user';
import { LoginSessionRepository } from './login-session.repository';
import { LoginThrottleService } from '../users/login-throttle.service';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokenRepository } from './refresh-token.repository';
import { RevocationService } from './revocation.service';
import { sessionClientOf } from './session-client';
import { SessionsService, type LogoutScope } from './sessions.service';
import { TokenService, type TokenClaims } from './token.service';

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  token_type: 'bearer';
  expires_in: number;
}

const INVALID_CREDENTIALS = 'The email or password is not correct.';
const INVALID_REFRESH = 'The refresh token is invalid, expired or revoked.';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly revocations: RevocationService,
    private readonly throttle: LoginThrottleService,
    private readonly securityEvents: SecurityEventsService,
    private readonly sessions: SessionsService,
    private readonly loginSessions: LoginSessionRepository,
  ) {}

  async login(email: string, password: string, client: ClientInfo & { ip: string }): Promise<TokenPair> {
    const account = normaliseEmail(email);
    const ip = client.ip;
    const wait = await this.throttle.claimAttempt(account, ip);
    if (wait > 0) {
      // The account is resolved from the email when the event is written, off this path.
      this.securityEvents.record({ type: SecurityEventType.LoginThrottled, userId: null, account, client, detail: { retry_after: wait } });
      throw tooManyAttempts(wait);
    }
    const { user, account: known } = await this.throttle.checkClaimed(account, ip, () => this.users.verifyCredentials(account, password));
    if (!user || user.isActive === false) {
      await this.throttle.recordFailure(account, ip);
      const reason: LoginFailureReason = !known ? 'unknown_account' : user ? 'account_disabled' : 'wrong_password';
      // An email nobody has is not stored (it may be a mistyped password): the event keeps only the client.
      this.securityEvents.record({ type: SecurityEventType.LoginFailed, userId: known?.id ?? null, client, detail: { reason } });
      const lockedFor = await this.throttle.retryAfter(account, ip);
      if (lockedFor > 0) {
        this.securityEvents.record({
          type: SecurityEventType.LoginLockedOut,
          userId: known?.id ?? null,
          client,
          detail: { retry_after: lockedFor },
        });
      }
      throw ProblemException.of(401, ProblemType.invalidCredentials, INVALID_CREDENTIALS);
    }
    await this.throttle.recordSuccess(account, ip);
    await this.users.recordLogin(user.id);
    this.securityEvents.record({ type: SecurityEventType.LoginSucceeded, userId: user.id, client });
    return this.issuePair(user.id, randomUUID(), null, client);
  }

  /** Rotation with reuse detection: a refresh token works once; a second use revokes its family. */
  async refresh(refreshToken: string, client: ClientInfo): Promise<TokenPair> {
    const claims = this.tokens.verify(refreshToken, 'refresh');
    if (!claims) throw invalidRefresh();
    const user = await this.users.findForAuth(claims.sub);
    if (!user || user.isActive === false || issuedBeforePasswordChange(claims, user)) throw invalidRefresh();

    const outcome = await this.refreshTokens.withLockedToken(claims.jti, async (row, manager) => {
      if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return 'invalid' as const;
      if (row.usedAt) {
        await this.refreshTokens.revokeFamily(row.familyId, manager);
        return 'reused' as const;
      }
      await manager.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      return 'rotated' as const;
    });
    if (outcome === 'reused') {
      // Someone holds a copy of this login's tokens: end the whole family, access tokens included.
      await this.revocations.revoke({
        tokenJti: claims.fam,
        tokenType: 'family',
        revokedBy: claims.sub,
        revocationReason: 'refresh token reuse detected',
        expiresAt: new Date(Date.now() + this.tokens.refreshTtlSeconds * 1000),
      });
      this.securityEvents.record({ type: SecurityEventType.RefreshTokenReuse, userId: claims.sub, client, detail: { family_revoked: true } });
    }
    if (outcome !== 'rotated') throw invalidRefresh();
    return this.issuePair(claims.sub, claims.fam, claims.jti, client);
  }

  /**
   * `current` (the default) ends the login the access token belongs to: the token itself, every
   * refresh token of its family (so none refreshes again, whether or not the client sends one) and
   * the family's other access tokens. `others` ends every other login of the user and keeps this
   * one; `all` ends them all. With `current`, a refresh token given from another of the user's
   * logins ends that one too.
   */
  async logout(
    principal: AuthenticatedUser,
    scope: LogoutScope = 'current',
    refreshToken: string | undefined,
    client: ClientInfo,
  ): Promise<void> {
    this.securityEvents.record({ type: SecurityEventType.Logout, userId: principal.user.id, client, detail: { scope } });
    if (scope !== 'others') {
      await this.revocations.revoke({
        tokenJti: principal.tokenId,
        tokenType: 'access',
        revokedBy: principal.user.id,
        revocationReason: 'logout',
        expiresAt: principal.tokenExpiresAt,
      });
    }
    if (scope === 'current') {
      await this.sessions.endFamily(principal.user.id, principal.familyId, 'logout');
    } else {
      await this.sessions.endAllBut(principal, scope === 'others' ? principal.familyId : null);
    }
    // With `others` or `all` every other login of the user has just ended, whichever refresh token came along.
    if (!refreshToken || scope !== 'current') return;
    const claims = this.tokens.verify(refreshToken, 'refresh');
    if (!claims || claims.sub !== principal.user.id) return;
    if (claims.fam !== principal.familyId) await this.sessions.endFamily(principal.user.id, claims.fam, 'logout');
    await this.revocations.revoke({
      tokenJti: claims.jti,
      tokenType: 'refresh',
      revokedBy: principal.user.id,
      revocationReason: 'logout',
      expiresAt: new Date(claims.exp * 1000),
    });
  }

  private async issuePair(userId: string, familyId: string, parentId: string | null, client: ClientInfo): Promise<TokenPair> {
    const access = this.tokens.issue('access', userId, familyId);
    const refresh = this.tokens.issue('refresh', userId, familyId);
    const expiresAt = new Date(refresh.claims.exp * 1000);
    await this.refreshTokens.insert({ id: refresh.claims.jti, userId, familyId, parentId, expiresAt });
    await this.loginSessions.recordPair({
      userId,
      familyId,
      issuedAt: new Date(refresh.claims.ims),
      expiresAt,
      client: sessionClientOf(client),
    });
    return {
      access_token: access.token,
      refresh_token: refresh.token,
      token_type: 'bearer',
      expires_in: access.claims.exp - access.claims.iat,
    };
  }
}

/** Tokens issued before the last password change are dead (ms precision: see TokenClaims.ims). */
export function issuedBeforePasswordChange(claims: TokenClaims, user: User): boolean {
  return user.passwordChangedAt !== null && claims.ims < user.passwordChangedAt.getTime();
}

function invalidRefresh(): ProblemException {
  return ProblemException.of(401, ProblemType.invalidToken, INVALID_REFRESH);
}
