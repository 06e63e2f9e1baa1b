import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { LoginSession } from './login-session.entity';
import type { SessionClient } from './session-client';

/** A pair just issued for a login: its family, its issue time (the tokens' `ims`) and its refresh token's expiry. */
export interface IssuedSessionPair {
  userId: string;
  familyId: string;
  issuedAt: Date;
  expiresAt: Date;
  client: SessionClient;
}

@Injectable()
export class LoginSessionRepository extends Repository<LoginSession> {
  constructor(dataSource: DataSource) {
    super(LoginSession, dataSource.createEntityManager());
  }

  /**
   * Records a login's newest pair. An upsert, not an insert at login and an update at refresh: a
   * login made by an instance of the previous release (during a rolling update) has no row yet,
   * and gets one at its first refresh here. An ended session is never brought back.
   */
  async recordPair(pair: IssuedSessionPair): Promise<void> {
    await this.query(
      `INSERT INTO login_sessions (id, user_id, created_at, last_refreshed_at, expires_at, user_agent, ip_address)
       VALUES ($1, $2, $3, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE
          SET last_refreshed_at = EXCLUDED.last_refreshed_at, expires_at = EXCLUDED.expires_at,
              user_agent = EXCLUDED.user_agent, ip_address = EXCLUDED.ip_address
        WHERE login_sessions.ended_at IS NULL`,
      [pair.familyId, pair.userId, pair.issuedAt, pair.expiresAt, pair.client.userAgent, pair.client.ipAddress],
    );
  }

  /**
   * The user's sessions that can still refresh, most recently active first: not ended, not
   * expired, and not older than the last password change (whose tokens are refused anyway).
   */
  findActive(userId: string, passwordChangedAt: Date | null, id?: string): Promise<LoginSession[]> {
    const query = this.createQueryBuilder('s')
      .where('s.user_id = :userId', { userId })
      .andWhere('s.ended_at IS NULL')
      .andWhere('s.expires_at > now()')
      .orderBy('s.last_refreshed_at', 'DESC')
      .addOrderBy('s.id');
    if (passwordChangedAt) query.andWhere('s.last_refreshed_at >= :passwordChangedAt', { passwordChangedAt });
    if (id) query.andWhere('s.id = :id', { id });
    return query.getMany();
  }

  /** Ends every session of the user but `keep` (none when null); the ids of those it ended. */
  async endAllOf(userId: string, keep: string | null): Promise<string[]> {
    const query = this.createQueryBuilder()
      .update()
      .set({ endedAt: () => 'now()' })
      .where('user_id = :userId AND ended_at IS NULL', { userId })
      .returning(['id']);
    if (keep) query.andWhere('id <> :keep', { keep });
    const result = await query.execute();
    return (result.raw as Array<{ id: string }>).map((row) => row.id);
  }
}
