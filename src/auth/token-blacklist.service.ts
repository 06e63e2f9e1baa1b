import { Injectable } from '@nestjs/common';
import { TokenBlacklistRepository } from './token-blacklist.repository';

@Injectable()
export class TokenBlacklistService {
  constructor(private readonly blacklist: TokenBlacklistRepository) {}

  isRevoked(jti: string): Promise<boolean> {
    return this.blacklist.isRevoked(jti);
  }

  cleanupExpired(): Promise<number> {
    return this.blacklist.cleanupExpiredTokens();
  }
}
