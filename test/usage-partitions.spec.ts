import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppDataSource, type AppDataSource } from '../src/database/app-data-source';
import { INSERT_USAGE_RECORDS, usageBatchParameters, writeUsageBatch } from '../src/usage/usage-log.sql';
import { monthPartitionOf } from '../src/usage/usage-months';
import type { UsageRecord } from '../src/usage/usage-record';
import { runManageDb } from './support/manage-db-cli';
import { undoStepsThrough } from './support/migration-order';
import { runOnPglite } from './support/pglite-script';
import {
  createTestDatabase,
  describeWithPostgres,
  migrate,
  queryDatabase,
  silentSqlLog,
  startApp,
  testConfig,
  until,
  type TestDatabase,
} from './support';

const DAY_MS = 86_400_000;
/** Reverting UsageLogsPartitioned (back to the plain table) takes it and every later migration with it. */
const UNDO_PARTITIONS = undoStepsThrough('UsageLogsPartitioned');
const START_TIMEOUT_MS = 90_000;

/** The first instant (UTC) of the month `offset` months from the one `instant` falls in. */
function monthStart(instant: Date, offset = 0): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth() + offset, 1));
}

const partitionName = (instant: Date) => monthPartitionOf(instant).name;

async function partitionsOf(query: (sql: string) => Promise<any[]>): Promise<string[]> {
  const rows = await query(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'usage_logs'::regclass ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/** Which partition each row is stored in, by id. */
async function homes(query: (sql: string) => Promise<any[]>): Promise<Record<string, string>> {
  const rows = await query(`SELECT id, tableoid::regclass::text AS home FROM usage_logs`);
  return Object.fromEntries(rows.map((row) => [row.id, row.home]));
}

/** A month partition as an earlier maintenance run would have made it. */
function createMonthSql(instant: Date): string {
  const { name, from, to } = monthPartitionOf(instant);
  return `CREATE TABLE ${name} PARTITION OF usage_logs FOR VALUES FROM ('${from!.toISOString()}') TO ('${to!.toISOString()}')`;
}

describeWithPostgres('usage_logs partitioned by month', () => {
  describe('the migration, on a table with rows', () => {
    let database: TestDatabase;
    let dataSource: AppDataSource;
    const query = (sql: string, params: unknown[] = []) => dataSource.query<any[]>(sql, params);
    const rowsSql = `SELECT id, user_id, api_key_id, endpoint, method, status_code, ip_address, user_agent, response_time_ms,
                            error_type, error_message, created_at FROM usage_logs ORDER BY id`;
    const dailySql = 'SELECT * FROM usage_daily ORDER BY user_id, day, endpoint, method';
    const schemaSql = `
      SELECT 'index ' || indexname || ': ' || regexp_replace(indexdef, ' ON (ONLY )?', ' ON ') AS item FROM pg_indexes WHERE tablename = 'usage_logs'
      UNION ALL SELECT 'constraint ' || conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'usage_logs'::regclass
      UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE tgrelid = 'usage_logs'::regclass AND NOT tgisinternal
      UNION ALL SELECT 'column ' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '-')
        FROM information_schema.columns WHERE table_name = 'usage_logs'
      ORDER BY 1`;
    const now = new Date();
    let userId: string;
    let keyId: string;
    let before: { rows: any[]; daily: any[]; schema: any[] };
    let nullTimeId: string;
    let futureId: string;

    beforeAll(async () => {
      database = await createTestDatabase();
      dataSource = await createAppDataSource(testConfig({ DATABASE_URL: database.url }), silentSqlLog);
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      // Back to the plain table of the previous release: UsageLogsPartitioned and every later migration reverted.
      for (let step = 0; step < UNDO_PARTITIONS; step++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await query(`SELECT relkind FROM pg_class WHERE relname = 'usage_logs'`)).toEqual([{ relkind: 'r' }]);

      [{ id: userId }] = await query(`INSERT INTO users (email) VALUES ('partitions@example.com') RETURNING id`);
      [{ id: keyId }] = await query(`INSERT INTO api_keys (user_id, key_hash, name, prefix) VALUES ($1, 'h', 'k', 'aet_k') RETURNING id`, [
        userId,
      ]);
      // Five months of history, with the key on some rows, 200 rows per month (the roll-up counts them).
      for (const daysAgo of [400, 95, 64, 33, 2]) {
        await query(
          `INSERT INTO usage_logs (user_id, api_key_id, endpoint, method, status_code, response_time_ms, created_at)
             SELECT $1, CASE WHEN g % 2 = 0 THEN $2::uuid END, '/translate', 'POST', CASE WHEN g % 10 = 0 THEN 500 ELSE 200 END, g,
                    now() - make_interval(days => $3) + make_interval(secs => g)
               FROM generate_series(1, 200) AS g`,
          [userId, keyId, daysAgo],
        );
      }
      nullTimeId = randomUUID();
      futureId = randomUUID();
      await query(`INSERT INTO usage_logs (id, user_id, endpoint, method, status_code, created_at) VALUES ($1, $2, '/a', 'GET', 200, NULL)`, [
        nullTimeId,
        userId,
      ]);
      // A clock ten years ahead: no month covers it.
      await query(
        `INSERT INTO usage_logs (id, user_id, endpoint, method, status_code, created_at) VALUES ($1, $2, '/a', 'GET', 200, now() + interval '10 years')`,
        [futureId, userId],
      );
      before = { rows: await query(rowsSql), daily: await query(dailySql), schema: await query(schemaSql) };
      expect(before.rows).toHaveLength(1002);
    });

    afterAll(async () => {
      await dataSource?.destroy();
      await database?.drop();
    });

    it('up: every row once, in the partition of its month; months ahead and a default partition; the roll-up unchanged; no drift', async () => {
      const migrationStarted = new Date();
      // UsageLogsPartitioned and every later migration.
      expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(UNDO_PARTITIONS);
      expect(await query(`SELECT relkind FROM pg_class WHERE relname = 'usage_logs'`)).toEqual([{ relkind: 'p' }]);

      const after = await query(rowsSql);
      expect(after).toHaveLength(before.rows.length);
      // Every row as it was, but the one without a time, which gets the migration's.
      const nullTime = after.find((row) => row.id === nullTimeId);
      expect(nullTime.created_at.getTime()).toBeGreaterThanOrEqual(migrationStarted.getTime() - 1_000);
      expect(after.map((row) => (row.id === nullTimeId ? { ...row, created_at: null } : row))).toEqual(before.rows);
      expect(await query(dailySql)).toEqual(before.daily);

      const expected = new Set<string>(['usage_logs_default']);
      for (const daysAgo of [400, 95, 64, 33, 2]) expected.add(partitionName(new Date(Date.now() - daysAgo * DAY_MS)));
      for (const ahead of [0, 1, 2]) expected.add(partitionName(monthStart(now, ahead)));
      expect(await partitionsOf(query)).toEqual([...expected].sort());

      const home = await homes(query);
      expect(home[futureId]).toBe('usage_logs_default');
      for (const row of after.filter((each) => each.id !== futureId)) expect(home[row.id]).toBe(partitionName(row.created_at));

      const diff = await dataSource.driver.createSchemaBuilder().log();
      expect(diff.upQueries.map((each) => each.query)).toEqual([]);
    });

    it('the same batch written twice is stored once, and counted once by the roll-up', async () => {
      const made = Date.now();
      const lateId = randomUUID();
      const batch: UsageRecord[] = [0, 1, 2].map((i) => ({
        id: randomUUID(),
        userId,
        apiKeyId: i === 0 ? keyId : null,
        endpoint: '/exactly-once',
        method: 'POST',
        statusCode: 200,
        ipAddress: '127.0.0.1',
        userAgent: 'jest',
        responseTimeMs: 5,
        errorType: null,
        errorMessage: null,
        // One record in the future past any month: it must not be written twice either.
        createdAt: i === 2 ? made + 20 * 365 * DAY_MS : made - i,
      }));
      // As the recorder sends a batch whose answer was lost, and sends it again (its plain INSERT
      // meets the stored rows and the batch goes again skipping them); and as the SQL alone does.
      await writeUsageBatch(query, batch);
      await writeUsageBatch(query, batch);
      await writeUsageBatch(query, [...batch.slice(0, 2), { ...batch[2], id: lateId }]);
      await query(INSERT_USAGE_RECORDS, usageBatchParameters(batch));
      const stored = await query(`SELECT id FROM usage_logs WHERE endpoint = '/exactly-once' ORDER BY id`);
      expect(stored.map((row) => row.id)).toEqual([...batch.map((record) => record.id), lateId].sort());
      const [{ requests }] = await query(`SELECT SUM(requests)::int AS requests FROM usage_daily WHERE endpoint = '/exactly-once'`);
      expect(requests).toBe(4);
    });

    it('down: the plain table again, with every row intact and the same indexes, keys and trigger', async () => {
      const rows = await query(rowsSql);
      for (let step = 0; step < UNDO_PARTITIONS; step++) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await query(`SELECT relkind FROM pg_class WHERE relname = 'usage_logs'`)).toEqual([{ relkind: 'r' }]);
      expect(await query(`SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'usage_logs\\_%' AND relkind = 'r'`)).toEqual([{ n: 0 }]);
      expect(await query(rowsSql)).toEqual(rows);
      expect(await query(schemaSql)).toEqual(before.schema);
      // And up again from there.
      expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(UNDO_PARTITIONS);
      expect(await query(rowsSql)).toEqual(rows);
    });
  });

  describe('maintenance, through the real app and manage-db', () => {
    let database: TestDatabase;
    const query = (sql: string, params: unknown[] = []) => queryDatabase(database.url, sql, params);
    const now = new Date();

    beforeEach(async () => {
      database = await createTestDatabase();
      await migrate(database.url);
    });
    afterEach(async () => {
      await database?.drop();
    });

    it('at start-up the app makes the months ahead that are missing, moving their early rows out of the default partition', async () => {
      // As if the database was migrated months ago and no instance ran since.
      for (const ahead of [1, 2]) await query(`DROP TABLE ${partitionName(monthStart(now, ahead))}`);
      const early = randomUUID();
      await query(`INSERT INTO usage_logs (id, endpoint, method, status_code, created_at) VALUES ($1, '/a', 'GET', 200, $2)`, [
        early,
        monthStart(now, 2),
      ]);
      expect((await homes((sql) => query(sql)))[early]).toBe('usage_logs_default');

      const app = await startApp({ DATABASE_URL: database.url }, { timeoutMs: START_TIMEOUT_MS });
      try {
        const wanted = [1, 2].map((ahead) => partitionName(monthStart(now, ahead)));
        await until(
          async () =>
            wanted.every((name) =>
              app.logs.some((line) => line.msg === 'usage_logs partitions created' && (line.created as string[]).includes(name)),
            ),
          30_000,
          'partitions created',
        );
        const partitions = await partitionsOf((sql) => query(sql));
        for (const name of wanted) expect(partitions).toContain(name);
        expect((await homes((sql) => query(sql)))[early]).toBe(partitionName(monthStart(now, 2)));
        expect(await query('SELECT count(*)::int AS n FROM usage_logs_default')).toEqual([{ n: 0 }]);
        // The scheduler is off in tests: the start-up step says nothing under its name.
        expect(app.logs.filter((line) => line.context === 'Maintenance')).toEqual([]);
      } finally {
        await app.stop();
      }
    });

    /** Rows the retention job must drop whole, delete in batches, or keep (retention 45 days). */
    async function seedHistory(): Promise<{ oldMonth: string; cutoffMonth: string }> {
      const old = new Date(Date.now() - 120 * DAY_MS);
      const cutoff = new Date(Date.now() - 45 * DAY_MS);
      await query(createMonthSql(old));
      if (partitionName(cutoff) !== partitionName(old)) await query(createMonthSql(cutoff));
      // 120 days: a whole month past retention, 3,000 rows. Around the cutoff: 6 rows 3 hours past it, 4 three hours short.
      await query(
        `INSERT INTO usage_logs (endpoint, method, status_code, created_at) SELECT '/old', 'GET', 200, $1 FROM generate_series(1, 3000)`,
        [old],
      );
      await query(
        `INSERT INTO usage_logs (endpoint, method, status_code, created_at) SELECT '/expired', 'GET', 200, $1::timestamptz - interval '3 hours' FROM generate_series(1, 6)`,
        [cutoff],
      );
      await query(
        `INSERT INTO usage_logs (endpoint, method, status_code, created_at) SELECT '/kept', 'GET', 200, $1::timestamptz + interval '3 hours' FROM generate_series(1, 4)`,
        [cutoff],
      );
      // No month for these: they wait in the default partition, one long expired, one from a clock far ahead.
      await query(
        `INSERT INTO usage_logs (endpoint, method, status_code, created_at) VALUES ('/expired', 'GET', 200, now() - interval '3000 days'), ('/future', 'GET', 200, now() + interval '3000 days')`,
      );
      return { oldMonth: partitionName(old), cutoffMonth: partitionName(cutoff) };
    }

    async function endpoints(): Promise<Record<string, number>> {
      const rows = await query('SELECT endpoint, count(*)::int AS n FROM usage_logs GROUP BY 1 ORDER BY 1');
      return Object.fromEntries(rows.map((row) => [row.endpoint, row.n]));
    }

    it('the scheduled retention drops whole expired months, deletes the rest of the expired rows in batches, keeps the others', async () => {
      const { oldMonth, cutoffMonth } = await seedHistory();
      const app = await startApp(
        { DATABASE_URL: database.url, USAGE_RETENTION_DAYS: '45', SCHEDULER_ENABLED: 'true', CLEANUP_LOGS_CRON: '* * * * * *' },
        { timeoutMs: START_TIMEOUT_MS },
      );
      try {
        const run = await until(
          () => app.logs.find((line) => line.job === 'cleanup-logs' && line.deleted !== undefined),
          30_000,
          'a cleanup-logs run',
        );
        expect(run.deleted).toBe(3007);
        expect(app.logs.filter((line) => line.msg === 'usage_logs month dropped')).toEqual([
          expect.objectContaining({ partition: oldMonth, rows: 3000 }),
        ]);
        const partitions = await partitionsOf((sql) => query(sql));
        expect(partitions).not.toContain(oldMonth);
        expect(partitions).toContain(cutoffMonth);
        expect(await query(`SELECT count(*)::int AS n FROM pg_class WHERE relname = $1`, [oldMonth])).toEqual([{ n: 0 }]);
        expect(await endpoints()).toEqual({ '/future': 1, '/kept': 4 });
      } finally {
        await app.stop();
      }
    });

    it('manage-db cleanup-logs does the same, and makes the months ahead', async () => {
      const { oldMonth } = await seedHistory();
      const ahead = partitionName(monthStart(now, 2));
      await query(`DROP TABLE ${ahead}`);
      const result = await runManageDb(['cleanup-logs', '--days', '45', '--json'], { DATABASE_URL: database.url });
      expect(result).toEqual({ code: 0, stdout: `${JSON.stringify({ days: 45, deleted: 3007 }, null, 2)}\n`, stderr: '' });
      const partitions = await partitionsOf((sql) => query(sql));
      expect(partitions).not.toContain(oldMonth);
      expect(partitions).toContain(ahead);
      expect(await endpoints()).toEqual({ '/future': 1, '/kept': 4 });
    });
  });

  it('on the embedded database: the migration with rows present, then manage-db drops a month past retention', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aet-pglite-partitions-'));
    const url = `pglite:${dir}`;
    const old = new Date(Date.now() - 120 * DAY_MS);
    const partitionsSql = `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'usage_logs'::regclass ORDER BY 1`;
    try {
      const steps = await runOnPglite(
        [
          { migrate: true },
          ...Array.from({ length: UNDO_PARTITIONS }, () => ({ undoLast: true as const })),
          {
            sql: `INSERT INTO usage_logs (endpoint, method, status_code, created_at) SELECT '/old', 'GET', 200, $1 FROM generate_series(1, 50)`,
            params: [old.toISOString()],
          },
          { sql: `INSERT INTO usage_logs (endpoint, method, status_code) VALUES ('/new', 'GET', 200)` },
          { migrate: true },
          { sql: partitionsSql },
          { sql: 'SELECT endpoint, count(*)::int AS n FROM usage_logs GROUP BY 1 ORDER BY 1' },
        ],
        150_000,
        url,
      );
      const [applied, partitions, rows] = steps.slice(-3);
      expect(applied).toBe(UNDO_PARTITIONS);
      expect(partitions.map((row: { name: string }) => row.name)).toEqual(
        expect.arrayContaining([partitionName(old), partitionName(new Date()), 'usage_logs_default']),
      );
      expect(rows).toEqual([
        { endpoint: '/new', n: 1 },
        { endpoint: '/old', n: 50 },
      ]);

      const result = await runManageDb(['cleanup-logs', '--days', '30', '--json'], { DATABASE_URL: url });
      expect(result).toEqual({ code: 0, stdout: `${JSON.stringify({ days: 30, deleted: 50 }, null, 2)}\n`, stderr: '' });
      const [after, left] = await runOnPglite([{ sql: partitionsSql }, { sql: 'SELECT endpoint FROM usage_logs' }], 150_000, url);
      expect(after.map((row: { name: string }) => row.name)).not.toContain(partitionName(old));
      expect(left).toEqual([{ endpoint: '/new' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
