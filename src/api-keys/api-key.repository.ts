import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, Repository } from 'typeorm';
import { tierOf, type Tier } from '../subscriptions/tiers';
import { ApiKey } from './api-key.entity';

export interface NewApiKey {
  name: string;
  keyHash: string;
  prefix: string;
  expiresAt: Date | null;
}

export type CreateOutcome = { kind: 'created'; key: ApiKey } | { kind: 'limit'; tier: Tier; limit: number } | { kind: 'no-user' };

/** Active means usable: not deactivated and not past its expiry. */
const ACTIVE = 'key.is_active AND (key.expires_at IS NULL OR key.expires_at > NOW())';

@Injectable()
export class ApiKeyRepository extends Repository<ApiKey> {
  constructor(dataSource: DataSource) {
    super(ApiKey, dataSource.createEntityManager());
  }

  countForUser(userId: string): Promise<{ active: number; total: number }> {
    return this.createQueryBuilder('key')
      .select('COUNT(*)::int', 'total')
      .addSelect(`(COUNT(*) FILTER (WHERE ${ACTIVE}))::int`, 'active')
      .where('key.user_id = :userId', { userId })
      .getRawOne<{ active: number; total: number }>()
      .then((row) => row ?? { active: 0, total: 0 });
  }

  /** By the unique key_hash index: what verifying a presented key needs (never the user row). */
  findByHash(keyHash: string): Promise<ApiKey | null> {
    return this.findOneBy({ keyHash });
  }

  listForUser(userId: string): Promise<ApiKey[]> {
    return this.find({ where: { userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  findForUser(userId: string, id: string): Promise<ApiKey | null> {
    return this.findOneBy({ id, userId });
  }

  /**
   * Inserts the key unless the owner's tier cap on active keys is reached. The owner's row is
   * locked (FOR UPDATE) for the count and the insert, so two concurrent requests cannot both take
   * the last slot; the tier is read from that fresh row, not from a cache.
   */
  createWithinCap(userId: string, capOf: (tier: Tier) => number, input: NewApiKey): Promise<CreateOutcome> {
    return this.manager.transaction(async (manager) => {
      const owners: Array<{ subscription_tier: string | null }> = await manager.query(
        'SELECT subscription_tier FROM users WHERE id = $1 FOR UPDATE',
        [userId],
      );
      if (owners.length === 0) return { kind: 'no-user' };
      const tier = tierOf(owners[0].subscription_tier);
      const limit = capOf(tier);
      const [{ active }] = await manager.query<[{ active: number }]>(
        `SELECT COUNT(*)::int AS active FROM api_keys key WHERE key.user_id = $1 AND ${ACTIVE}`,
        [userId],
      );
      if (active >= limit) return { kind: 'limit', tier, limit };
      const keys = manager.getRepository(ApiKey);
      const saved = await keys.save(keys.create({ userId, ...input }));
      return { kind: 'created', key: (await keys.findOneBy({ id: saved.id }))! };
    });
  }

  /**
   * Deactivates the user's key; the key's hash when it is theirs (already inactive included:
   * deactivating is idempotent), null when they have no such key.
   */
  async deactivate(userId: string, id: string): Promise<string | null> {
    const rows: Array<{ key_hash: string }> = await this.manager.query(
      'UPDATE api_keys SET is_active = false WHERE id = $1 AND user_id = $2 RETURNING key_hash',
      [id, userId],
    );
    // TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected].
    const returned = Array.isArray(rows[0]) ? (rows[0] as Array<{ key_hash: string }>) : rows;
    return returned[0]?.key_hash ?? null;
  }

  /** One statement for every key used since the last flush. */
  async touch(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.manager.query('UPDATE api_keys SET last_used = NOW() WHERE id = ANY($1::uuid[])', [ids]);
  }

  /**
   * The seed's cleanup task: deactivates (does not delete) keys whose expiry has passed, so their
   * owners still see them listed, with `last_used`, and usage history keeps its meaning; returns
   * how many. Verification refuses an expired key anyway (from the expiry it caches), so this
   * needs no cache invalidation.
   */
  async cleanupExpiredKeys(now = new Date()): Promise<number> {
    const result = await this.update({ isActive: true, expiresAt: LessThan(now) }, { isActive: false });
    return result.affected ?? 0;
  }
}
