import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlStateOf } from '../database/sql-state';
import {
  DEFAULT_PARTITION,
  monthPartitionOf,
  PARTITION_MONTHS_AHEAD,
  partitionNamed,
  quoteIdentifier,
  USAGE_LOGS,
  type UsagePartition,
} from './usage-months';

/**
 * How long a partition change waits for its lock on usage_logs. ATTACH and DETACH queue behind
 * a long read of the table, and every INSERT would queue behind them: better to give up and
 * retry at the next run than to stall request logging.
 */
const PARTITION_LOCK_TIMEOUT_MS = 3_000;

/** A timestamptz literal PostgreSQL reads the same whatever the session's TimeZone. */
const literal = (instant: Date) => `'${instant.toISOString()}'`;

/**
 * 42P07 duplicate_table: the month was made (and committed) by someone else first; 23505 on the
 * catalog's unique index: made concurrently, their transaction committed while ours waited.
 */
function isAlreadyMade(error: unknown): boolean {
  const sqlState = sqlStateOf(error);
  return sqlState === '42P07' || sqlState === '23505';
}

/** SQLSTATE 55P03 lock_not_available: lock_timeout expired. */
export function isLockTimeout(error: unknown): boolean {
  return sqlStateOf(error) === '55P03';
}

/**
 * The monthly partitions of usage_logs (see migration UsageLogsPartitioned): UTC months named
 * usage_logs_yYYYYmMM, and usage_logs_default for rows no month covers. Months are made ahead of
 * time by the maintenance (at start-up and with every retention run) and dropped whole by
 * retention (UsageRetentionService). It logs nothing itself (manage-db uses it too): callers do.
 */
@Injectable()
export class UsagePartitionsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The partitions, oldest month first (others last); null while usage_logs is a plain table (migration not run). */
  async list(): Promise<UsagePartition[] | null> {
    const [table] = await this.dataSource.query<Array<{ relkind: string }>>(`SELECT relkind FROM pg_class WHERE oid = to_regclass($1)`, [
      `public.${USAGE_LOGS}`,
    ]);
    if (table?.relkind !== 'p') return null;
    const rows = await this.dataSource.query<Array<{ name: string }>>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass($1) ORDER BY c.relname`,
      [`public.${USAGE_LOGS}`],
    );
    return rows.map((row) => partitionNamed(row.name));
  }

  /**
   * Makes the months from the current one to PARTITION_MONTHS_AHEAD ahead that do not exist yet;
   * returns their names. Rows of such a month already in the default partition (a clock ahead)
   * move into it.
   */
  async createAhead(now = new Date()): Promise<string[]> {
    const existing = await this.list();
    if (existing === null) return [];
    const names = new Set(existing.map((partition) => partition.name));
    const created: string[] = [];
    for (let ahead = 0; ahead <= PARTITION_MONTHS_AHEAD; ahead += 1) {
      const month = monthPartitionOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, 1)));
      if (names.has(month.name)) continue;
      try {
        await this.createMonth(month, names.has(DEFAULT_PARTITION));
        created.push(month.name);
      } catch (error) {
        // Another process made the same month meanwhile (two instances starting together).
        if (!isAlreadyMade(error)) throw error;
      }
    }
    return created;
  }

  /**
   * Created on the side and then attached, rather than CREATE TABLE … PARTITION OF: ATTACH takes a
   * lighter lock on usage_logs (inserts go on meanwhile), and the month's rows waiting in the
   * default partition can be moved in first (ATTACH refuses while the default holds any of them).
   * One transaction: the rows are in one place or the other, never both, never neither.
   */
  private async createMonth(month: UsagePartition, hasDefault: boolean): Promise<void> {
    const name = quoteIdentifier(month.name);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL lock_timeout = ${PARTITION_LOCK_TIMEOUT_MS}`);
      await manager.query(`CREATE TABLE ${name} (LIKE ${USAGE_LOGS} INCLUDING DEFAULTS)`);
      if (hasDefault) {
        await manager.query(
          `WITH moved AS (DELETE FROM ${DEFAULT_PARTITION} WHERE created_at >= $1 AND created_at < $2 RETURNING *) INSERT INTO ${name} SELECT * FROM moved`,
          [month.from, month.to],
        );
      }
      await manager.query(
        `ALTER TABLE ${USAGE_LOGS} ATTACH PARTITION ${name} FOR VALUES FROM (${literal(month.from!)}) TO (${literal(month.to!)})`,
      );
    });
  }

  /**
   * Detaches and drops one partition, returning the rows it held (counted just before: rows of an
   * expired month arriving in between, from a late spool replay, would be dropped uncounted).
   * No row is deleted one by one: the month's files are unlinked, which writes almost no WAL and
   * leaves nothing for VACUUM.
   */
  async drop(partition: UsagePartition): Promise<number> {
    const name = quoteIdentifier(partition.name);
    const [row] = await this.dataSource.query<Array<{ count: number }>>(`SELECT COUNT(*)::int AS count FROM ${name}`);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL lock_timeout = ${PARTITION_LOCK_TIMEOUT_MS}`);
      await manager.query(`ALTER TABLE ${USAGE_LOGS} DETACH PARTITION ${name}`);
      await manager.query(`DROP TABLE ${name}`);
    });
    return row?.count ?? 0;
  }
}
