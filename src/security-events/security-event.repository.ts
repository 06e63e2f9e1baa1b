import { Injectable } from '@nestjs/common';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { SecurityEvent } from './security-event.entity';
import type { PendingSecurityEvent } from './security-event-record';

/**
 * A batch travels as one JSON parameter (as usage records do). A row names its account by id or,
 * for a login by email, by the normalised email, resolved here off the request path; the email
 * itself is never stored. Rows whose user no longer exists are skipped, not failed on.
 */
const INSERT_EVENTS = `
  INSERT INTO security_events (user_id, type, ip_address, user_agent, detail, created_at)
  SELECT COALESCE(u.id, a.id), r.type, r.ip, r."userAgent", COALESCE(r.detail, '{}'::jsonb), 'epoch'::timestamptz + r.at * interval '1 millisecond'
  FROM json_to_recordset($1::json) AS r("userId" uuid, account varchar, type varchar, ip varchar, "userAgent" varchar, detail jsonb, at bigint)
  LEFT JOIN users u ON u.id = r."userId"
  LEFT JOIN users a ON r."userId" IS NULL AND a.email = r.account
  WHERE r."userId" IS NULL OR u.id IS NOT NULL`;

const DELETE_BATCH = 10_000;

/** Where a page of one user's events starts: strictly older than this (created_at, id). */
export interface SecurityEventCursor {
  createdAt: Date;
  id: string;
}

@Injectable()
export class SecurityEventRepository extends Repository<SecurityEvent> {
  constructor(dataSource: DataSource) {
    super(SecurityEvent, dataSource.createEntityManager());
  }

  async insertEvents(batch: readonly PendingSecurityEvent[], manager: EntityManager = this.manager): Promise<void> {
    if (batch.length === 0) return;
    await manager.query(INSERT_EVENTS, [JSON.stringify(batch)]);
  }

  /** Newest first, ties broken by id, so that a cursor never skips nor repeats an event. */
  pageForUser(userId: string, limit: number, before: SecurityEventCursor | null): Promise<SecurityEvent[]> {
    const query = this.createQueryBuilder('event').where('event.user_id = :userId', { userId });
    if (before) {
      query.andWhere('(event.created_at, event.id) < (:createdAt, :id)', { createdAt: before.createdAt.toISOString(), id: before.id });
    }
    return query.orderBy('event.created_at', 'DESC').addOrderBy('event.id', 'DESC').limit(limit).getMany();
  }

  /**
   * Deletes the events older than `days` days, in batches (short transactions, no long lock on
   * a large table); how many it deleted.
   */
  async deleteOlderThan(days: number, batchSize = DELETE_BATCH): Promise<number> {
    const cutoff = new Date(Date.now() - days * 86_400_000).toISOString();
    let deleted = 0;
    for (;;) {
      // TypeORM answers a DELETE with [rows, affected].
      const [, affected] = await this.manager.query<[unknown, number]>(
        'DELETE FROM security_events WHERE id IN (SELECT id FROM security_events WHERE created_at < $1 LIMIT $2)',
        [cutoff, batchSize],
      );
      deleted += affected;
      if (affected < batchSize) return deleted;
    }
  }
}
