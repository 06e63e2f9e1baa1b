import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, Repository, type EntityManager } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

@Injectable()
export class RefreshTokenRepository extends Repository<RefreshToken> {
  constructor(private readonly dataSource: DataSource) {
    super(RefreshToken, dataSource.createEntityManager());
  }

  /** Runs `work` with the token's row locked, so two concurrent refreshes cannot both rotate it. */
  withLockedToken<T>(id: string, work: (token: RefreshToken | null, manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const token = await manager.findOne(RefreshToken, { where: { id }, lock: { mode: 'pessimistic_write' } });
      return work(token, manager);
    });
  }

  async revokeFamily(familyId: string, manager: EntityManager = this.manager): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Refresh tokens that can no longer be used are only evidence for reuse detection until they expire. */
  async cleanupExpired(now = new Date()): Promise<number> {
    const result = await this.delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}
