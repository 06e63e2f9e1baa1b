import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, Repository, type EntityManager } from 'typeorm';
import { LoginSession } from './login-session.entity';
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

  /** Revokes the family's refresh tokens and ends its session row (GET /users/me/sessions no longer lists it). */
  async revokeFamily(familyId: string, manager: EntityManager = this.manager): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await manager.update(LoginSession, { id: familyId, endedAt: IsNull() }, { endedAt: new Date() });
  }

  /** Revokes every refresh token of the user outside family `keep` (none when null); the families it touched. */
  async revokeAllFamiliesOf(userId: string, keep: string | null): Promise<string[]> {
    const query = this.createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .returning(['family_id']);
    if (keep) query.andWhere('family_id <> :keep', { keep });
    const result = await query.execute();
    return [...new Set((result.raw as Array<{ family_id: string }>).map((row) => row.family_id))];
  }

  /**
   * Refresh tokens that can no longer be used are only evidence for reuse detection until they
   * expire; a session row goes with its login's last refresh token.
   */
  async cleanupExpired(now = new Date()): Promise<number> {
    await this.manager.delete(LoginSession, { expiresAt: LessThan(now) });
    const result = await this.delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}
