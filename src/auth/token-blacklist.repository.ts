import { Injectable } from '@nestjs/common';
import { DataSource, In, LessThan, MoreThan, Repository } from 'typeorm';
import { TokenBlacklist } from './token-blacklist.entity';

export interface Revocation {
  tokenJti: string;
  tokenType: string;
  revokedBy: string | null;
  revocationReason: string | null;
  expiresAt: Date;
}

@Injectable()
export class TokenBlacklistRepository extends Repository<TokenBlacklist> {
  constructor(dataSource: DataSource) {
    super(TokenBlacklist, dataSource.createEntityManager());
  }

  /** Idempotent: revoking an id twice keeps the first record. */
  async revoke(revocation: Revocation): Promise<void> {
    await this.createQueryBuilder().insert().values(revocation).orIgnore().execute();
  }

  /** Ids that still matter: a revoked token past its own expiry can never be presented again. */
  findUnexpired(now = new Date()): Promise<Array<Pick<TokenBlacklist, 'tokenJti' | 'expiresAt'>>> {
    return this.find({ select: { tokenJti: true, expiresAt: true }, where: { expiresAt: MoreThan(now) } });
  }

  /** Whether any of these ids is revoked and not yet expired: the check when the in-memory set cannot be trusted. */
  anyUnexpired(ids: string[], now = new Date()): Promise<boolean> {
    return this.exists({ where: { tokenJti: In(ids), expiresAt: MoreThan(now) } });
  }

  /** The seed's cleanup task. */
  async cleanupExpiredTokens(now = new Date()): Promise<number> {
    const result = await this.delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}
