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

export type RotateOutcome =
  { kind: 'rotated'; key: ApiKey; replaced: ApiKey } | { kind: 'not-found' } | { kind: 'inactive' } | { kind: 'already-rotated' };

/** Active means usable: not deactivated and not past its expiry. */
const ACTIVE = 'key.is_active AND (key.expires_at IS NULL OR key.expires_at > NOW())';
/** What the tier cap counts: a rotated key in its grace period has been replaced, so it takes no slot. */
const CAPPED = `${ACTIVE} AND key.replaced_by_id IS NULL`;

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
        `SELECT COUNT(*)::int AS active FROM api_keys key WHERE key.user_id = $1 AND ${CAPPED}`,
        [userId],
      );
      if (active >= limit) return { kind: 'limit', tier, limit };
      const keys = manager.getRepository(ApiKey);
      const saved = await keys.save(keys.create({ userId, ...input }));
      return { kind: 'created', key: (await keys.findOneBy({ id: saved.id }))! };
    });
  }

  /**
   * Replaces the user's key `id` with a new one of the same name and expiry, in one transaction:
   * the old row (locked, so two rotations of one key cannot both succeed) gets `replaced_by_id`,
   * `rotated_at` and an `expires_at` brought forward to the end of the grace period (never pushed
   * back past an earlier expiry). Times are the database's, like every other expiry check.
   * Rotation is not held to the tier cap: it replaces a key, it does not add one.
   */
  rotate(userId: string, id: string, graceSeconds: number, input: Omit<NewApiKey, 'name' | 'expiresAt'>): Promise<RotateOutcome> {
    return this.manager.transaction(async (manager) => {
      const keys = manager.getRepository(ApiKey);
      const found: Array<{ usable: boolean }> = await manager.query(
        `SELECT (${ACTIVE}) AS usable FROM api_keys key WHERE key.id = $1 AND key.user_id = $2 FOR UPDATE`,
        [id, userId],
      );
      if (found.length === 0) return { kind: 'not-found' };
      const old = (await keys.findOneBy({ id }))!;
      if (old.replacedById !== null) return { kind: 'already-rotated' };
      if (!found[0].usable) return { kind: 'inactive' };
      const saved = await keys.save(keys.create({ userId, name: old.name, expiresAt: old.expiresAt, ...input }));
      await manager.query(
        `UPDATE api_keys SET replaced_by_id = $2, rotated_at = NOW(),
                expires_at = LEAST(COALESCE(expires_at, 'infinity'), NOW() + make_interval(secs => $3))
          WHERE id = $1`,
        [id, saved.id, graceSeconds],
      );
      return { kind: 'rotated', key: (await keys.findOneBy({ id: saved.id }))!, replaced: (await keys.findOneBy({ id }))! };
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
