import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, MoreThan, Repository } from 'typeorm';
import { ActionToken, type ActionPurpose } from './action-token.entity';

@Injectable()
export class ActionTokenRepository extends Repository<ActionToken> {
  constructor(dataSource: DataSource) {
    super(ActionToken, dataSource.createEntityManager());
  }

  /**
   * Marks the token used and returns it, in one statement, so that two concurrent confirmations
   * cannot both succeed. Null when unknown, used, expired or for another purpose.
   */
  async consume(tokenHash: string, purpose: ActionPurpose): Promise<ActionToken | null> {
    const result = await this.createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where({ tokenHash, purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .returning('*')
      .execute();
    const row = (result.raw as Array<Record<string, unknown>>)[0];
    return row ? this.create({ id: row.id as string, userId: row.user_id as string, email: row.email as string | null }) : null;
  }

  findUsable(tokenHash: string, purpose: ActionPurpose): Promise<ActionToken | null> {
    return this.findOneBy({ tokenHash, purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) });
  }

  /** A new token replaces the unused ones of the same purpose: only the latest mail works. */
  async voidOutstanding(userId: string, purpose: ActionPurpose): Promise<void> {
    await this.update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }

  async cleanupExpired(now = new Date()): Promise<number> {
    const result = await this.delete({ expiresAt: LessThan(now) });
    return result.affected ?? 0;
  }
}
