import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, Repository } from 'typeorm';
import { TokenBlacklist } from './token-blacklist.entity';

@Injectable()
export class TokenBlacklistRepository extends Repository<TokenBlacklist> {
  constructor(dataSource: DataSource) {
    super(TokenBlacklist, dataSource.createEntityManager());
  }

  async isRevoked(jti: string): Promise<boolean> {
    return this.existsBy({ tokenJti: jti });
  }

  /** The seed's cleanup task: a revoked token past its own expiry can never be presented again. */
  async cleanupExpiredTokens(now = new Date()): Promise<number> {
    const result = await this.delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}
