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

  /** `onTable` hears after each of the three tables (manage-db draws its progress bar from it). */
  async cleanupExpired(now = new Date(), onTable?: (done: number, of: number) => void): Promise<TokenCleanup> {
    const blacklisted = await this.blacklist.cleanupExpiredTokens(now);
    onTable?.(1, 3);
    const refreshTokens = await this.refreshTokens.cleanupExpired(now);
    onTable?.(2, 3);
    const actionTokens = await this.actionTokens.cleanupExpired(now);
    onTable?.(3, 3);
    return { blacklisted, refreshTokens, actionTokens };
  }
}
