import { Injectable } from '@nestjs/common';
import { ActionTokenRepository } from './action-token.repository';
import { RefreshTokenRepository } from './refresh-token.repository';
import { TokenBlacklistRepository } from './token-blacklist.repository';

export interface TokenCleanup {
  blacklisted: number;
  refreshTokens: number;
  actionTokens: number;
}

/** Deletes token records past their expiry: they can never be presented again. */
@Injectable()
export class TokenCleanupService {
  constructor(
    private readonly blacklist: TokenBlacklistRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly actionTokens: ActionTokenRepository,
  ) {}

  async cleanupExpired(now = new Date()): Promise<TokenCleanup> {
    return {
      blacklisted: await this.blacklist.cleanupExpiredTokens(now),
      refreshTokens: await this.refreshTokens.cleanupExpired(now),
      actionTokens: await this.actionTokens.cleanupExpired(now),
    };
  }
}
