import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ProblemException } from '../common/problem.exception';
import { ProblemType } from '../common/problem-details';
import { UsersService } from '../users/users.service';
import { issuedBeforePasswordChange } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { RevocationService } from './revocation.service';
import { isClaims, JWT_ALGORITHM, TokenService, type TokenClaims } from './token.service';

/**
 * Access tokens from `Authorization: Bearer`. passport-jwt checks the signature (with our
 * KeyObject), the pinned algorithm, exp and nbf; this checks what only we know, from memory while
 * the change feed is live (from the database while it is not): token type, revocation (token or
 * its login family), the user still active, and that the token is not older than the last
 * password change.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    tokens: TokenService,
    private readonly revocations: RevocationService,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: tokens.key as unknown as string,
      algorithms: [JWT_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  async validate(payload: Partial<TokenClaims>): Promise<AuthenticatedUser> {
    if (!isClaims(payload) || payload.typ !== 'access') throw invalidToken('This is not an access token.');
    if (await this.revocations.isRevoked(payload.jti, payload.fam)) throw invalidToken('The token has been revoked.');
    const user = await this.users.findForAuth(payload.sub);
    if (!user || user.isActive === false) throw invalidToken('The account does not exist or is disabled.');
    if (issuedBeforePasswordChange(payload, user)) throw invalidToken('The password has changed since this token was issued.');
    return { user, tokenId: payload.jti, tokenExpiresAt: new Date(payload.exp * 1000), familyId: payload.fam };
  }
}

export function invalidToken(detail: string): ProblemException {
  return ProblemException.of(401, ProblemType.invalidToken, detail);
}
