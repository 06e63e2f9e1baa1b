import { Injectable } from '@nestjs/common';
import { DataSource, LessThan, Repository } from 'typeorm';
import { ApiKey } from './api-key.entity';

@Injectable()
export class ApiKeyRepository extends Repository<ApiKey> {
  constructor(dataSource: DataSource) {
    super(ApiKey, dataSource.createEntityManager());
  }

  countForUser(userId: string): Promise<{ active: number; total: number }> {
    return this.createQueryBuilder('key')
      .select('COUNT(*)::int', 'total')
      .addSelect('(COUNT(*) FILTER (WHERE key.is_active AND (key.expires_at IS NULL OR key.expires_at > NOW())))::int', 'active')
      .where('key.user_id = :userId', { userId })
      .getRawOne<{ active: number; total: number }>()
      .then((row) => row ?? { active: 0, total: 0 });
  }

  /** The seed's cleanup task: deactivates keys whose expiry has passed; returns how many. */
  async cleanupExpiredKeys(now = new Date()): Promise<number> {
    const result = await this.update({ isActive: true, expiresAt: LessThan(now) }, { isActive: false });
    return result.affected ?? 0;
  }
}
