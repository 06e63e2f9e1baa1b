import { Injectable, Logger } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { AppConfig } from '../config/app-config';

export type TokenType = 'access' | 'refresh';

/** Our claims: the registered ones, the token type, the login family and the issue time in ms. */
export interface TokenClaims {
  sub: string;
  jti: string;
  iat: number;
  exp: number;
  typ: TokenType;
  fam: string;
  /** Issue time in milliseconds: a password change in the same second must still end this session. */
  ims: number;
}

export interface IssuedToken {
  token: string;
  claims: TokenClaims;
}

/** The one algorithm we sign with and accept: `alg: none` or an RS/HS confusion never verifies. */
export const JWT_ALGORITHM = 'HS256';

@Injectable()
export class TokenService {
  /** A KeyObject, not the string: jsonwebtoken then skips a costly key-type probe per verify (~50x faster). */
  readonly key: KeyObject;

  constructor(private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwt.secret, 'utf8'));
    if (config.jwt.ephemeralSecret) {
      new Logger(TokenService.name).warn(
        'JWT_SECRET is not set: tokens are signed with a random key for this process only (set it when running several instances)',
      );
    }
  }

  get accessTtlSeconds(): number {
    return this.config.jwt.accessTtlSeconds;
  }

  get refreshTtlSeconds(): number {
    return this.config.jwt.refreshTtlSeconds;
  }

  issue(type: TokenType, userId: string, familyId: string, jti: string = randomUUID()): IssuedToken {
    const now = Date.now();
    const ttl = type === 'access' ? this.config.jwt.accessTtlSeconds : this.config.jwt.refreshTtlSeconds;
    const claims: TokenClaims = {
      sub: userId,
      jti,
      iat: Math.floor(now / 1000),
      exp: Math.floor(now / 1000) + ttl,
      typ: type,
      fam: familyId,
      ims: now,
    };
    return { token: jwt.sign(claims, this.key, { algorithm: JWT_ALGORITHM, noTimestamp: true }), claims };
  }

  /** Signature, algorithm, expiry and not-before checked by jsonwebtoken; the type by us. Null when invalid. */
  verify(token: string, expected: TokenType): TokenClaims | null {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: [JWT_ALGORITHM] }) as Partial<TokenClaims>;
      return isClaims(claims) && claims.typ === expected ? claims : null;
    } catch {
      return null;
    }
  }
}

export function isClaims(value: Partial<TokenClaims> | string): value is TokenClaims {
  return (
    typeof value === 'object' &&
    typeof value.sub === 'string' &&
    typeof value.jti === 'string' &&
    typeof value.fam === 'string' &&
    typeof value.exp === 'number' &&
    typeof value.ims === 'number' &&
    (value.typ === 'access' || value.typ === 'refresh')
  );
}
