import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createAppDataSource, type AppDataSource } from '../src/database/app-data-source';
import { INSERT_USAGE_RECORDS, usageBatchParameters } from '../src/usage/usage-log.sql';
import type { UsageRecord } from '../src/usage/usage-record';
import { childEnv, createTestDatabase, silentSqlLog, testConfig, type TestDatabase } from './support';

const ROOT = join(__dirname, '..');
const TYPEORM_CLI = join(ROOT, 'node_modules', 'typeorm', 'cli.js');
/** The migrations of this tree by name (`1795611661485-ApiKeyPrefix.ts` → `ApiKeyPrefix`), in the order they run. */
const MIGRATION_NAMES = readdirSync(join(ROOT, 'migrations'))
  .filter((file) => /^\d{13}-\w+\.ts$/.test(file))
  .sort()
  .map((file) => /^\d{13}-(\w+)\.ts$/.exec(file)![1]);
const LAST_MIGRATION = MIGRATION_NAMES[MIGRATION_NAMES.length - 1];

/** The TypeORM CLI exactly as the `migration:*` npm scripts call it (after their build step). */
function typeormCli(args: string[], env: Record<string, string>, cwd = ROOT) {
  const result = spawnSync(process.execPath, [TYPEORM_CLI, '-d', join(ROOT, 'dist', 'ormconfig.js'), ...args], {
    cwd,
    env: childEnv({ LOG_LEVEL: 'warn', ...env }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

async function schemaDiff(dataSource: AppDataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

async function tablesIn(dataSource: AppDataSource): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await dataSource.query(
    // Partitions (usage_logs_y2026m03…) are storage of their parent table, not tables of the schema.
    `SELECT table_name FROM information_schema.tables t
      WHERE table_schema = 'public'
        AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = format('%I.%I', t.table_schema, t.table_name)::regclass AND c.relispartition)
      ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: AppDataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createAppDataSource(testConfig({ DATABASE_URL: database.url }), silentSqlLog);
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('create the whole schema, and the entities match it exactly (generate would find nothing)', async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tablesIn(dataSource)).toEqual([
      'action_tokens',
      'answer_feedback',
      'api_key_last_use',
      'api_key_usage_daily',
      'api_keys',
      'login_sessions',
      'migrations',
      'processed_stripe_events',
      'refresh_tokens',
      'security_events',
      'subscriptions',
      'token_blacklist',
      'unknown_errors',
      'usage_daily',
      'usage_logs',
      'users',
    ]);
    expect(await schemaDiff(dataSource)).toEqual([]);
  });

  it('revert one by one down to an empty schema, then apply again cleanly', async () => {
    const total = dataSource.migrations.length;
    expect(total).toBeGreaterThan(0);
    for (let i = 0; i < total; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tablesIn(dataSource)).toEqual(['migrations']);
    expect(await dataSource.query('SELECT COUNT(*)::int AS n FROM migrations')).toEqual([{ n: 0 }]);

    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(total);
    expect(await schemaDiff(dataSource)).toEqual([]);
  });

  it('match the seed column for column: types, lengths, NOT NULL and defaults', async () => {
    const rows: Array<Record<string, string | null>> = await dataSource.query(`
      SELECT table_name, column_name, data_type, character_maximum_length::text AS length, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'users'
       ORDER BY ordinal_position`);
    const describe = (row: Record<string, string | null>) =>
      [row.column_name, row.data_type, row.length ?? '-', row.is_nullable === 'NO' ? 'NOT NULL' : 'NULL', row.column_default ?? '-'].join(' | ');
    expect(rows.map(describe)).toEqual([
      'id | uuid | - | NOT NULL | gen_random_uuid()',
      'email | character varying | 255 | NOT NULL | -',
      'hashed_password | character varying | 255 | NULL | -',
      'full_name | character varying | 255 | NULL | -',
      "subscription_tier | character varying | 50 | NULL | 'free'::character varying",
      'stripe_customer_id | character varying | 255 | NULL | -',
      'is_active | boolean | - | NULL | true',
      'is_verified | boolean | - | NULL | false',
      'created_at | timestamp with time zone | - | NULL | now()',
      'updated_at | timestamp with time zone | - | NULL | now()',
      'last_login | timestamp with time zone | - | NULL | -',
      'password_changed_at | timestamp with time zone | - | NULL | -',
      'share_unrecognised_errors | boolean | - | NOT NULL | true',
    ]);
    const notNull: Array<{ column: string }> = await dataSource.query(`
      SELECT table_name || '.' || column_name AS column FROM information_schema.columns
       WHERE table_schema = 'public' AND is_nullable = 'NO'
         AND table_name IN ('api_keys', 'subscriptions', 'token_blacklist', 'usage_logs')
       ORDER BY 1`);
    expect(notNull.map((row) => row.column)).toEqual([
      'api_keys.id',
      'api_keys.key_hash',
      'api_keys.name',
      'api_keys.prefix',
      'subscriptions.cancel_at_period_end',
      'subscriptions.id',
      'subscriptions.tier',
      'token_blacklist.expires_at',
      'token_blacklist.id',
      'token_blacklist.token_jti',
      'token_blacklist.token_type',
      // Forced by partitioning: the primary key (id, created_at) must hold the partition key.
      'usage_logs.created_at',
      'usage_logs.endpoint',
      'usage_logs.id',
      'usage_logs.method',
      'usage_logs.status_code',
    ]);
  });

  it('create the indexes and unique constraints the seed and the design name', async () => {
    const rows: Array<{ indexdef: string }> = await dataSource.query(
      `SELECT regexp_replace(indexdef, '"?(IDX|UQ|PK)_[0-9a-zA-Z_]+"? ', '') AS indexdef
         FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
    );
    const definitions = rows.map((row) =>
      row.indexdef
        .replace(/ USING btree/, '')
        .replace(/public\./, '')
        .replace(/ ON ONLY /, ' ON '),
    );
    expect(definitions).toEqual(
      expect.arrayContaining([
        'CREATE UNIQUE INDEX ON users (email)',
        'CREATE UNIQUE INDEX ON users (stripe_customer_id)',
        'CREATE UNIQUE INDEX ON api_keys (key_hash)',
        'CREATE INDEX ON api_keys (user_id)',
        'CREATE INDEX ON usage_logs (user_id, created_at)',
        'CREATE INDEX ON usage_logs (api_key_id, created_at) WHERE (api_key_id IS NOT NULL)',
        'CREATE INDEX ON subscriptions (status)',
        'CREATE INDEX ON subscriptions (user_id)',
        'CREATE UNIQUE INDEX ON subscriptions (stripe_subscription_id)',
        'CREATE INDEX ON token_blacklist (expires_at)',
        'CREATE UNIQUE INDEX ON token_blacklist (token_jti)',
      ]),
    );
  });

  it('delete a user with their keys and subscriptions, but keep their usage rows anonymised', async () => {
    const [user] = await dataSource.query(`INSERT INTO users (email) VALUES ('gone@example.com') RETURNING id`);
    const [key] = await dataSource.query(
      `INSERT INTO api_keys (user_id, key_hash, name, prefix) VALUES ($1, 'h1', 'k', 'aet_h1') RETURNING id`,
      [user.id],
    );
    await dataSource.query(`INSERT INTO subscriptions (user_id, tier) VALUES ($1, 'pro')`, [user.id]);
    await dataSource.query(
      `INSERT INTO usage_logs (user_id, api_key_id, endpoint, method, status_code) VALUES ($1, $2, '/translate', 'POST', 200)`,
      [user.id, key.id],
    );
    await dataSource.query(`DELETE FROM users WHERE id = $1`, [user.id]);
    expect(await dataSource.query(`SELECT COUNT(*)::int AS n FROM api_keys`)).toEqual([{ n: 0 }]);
    expect(await dataSource.query(`SELECT COUNT(*)::int AS n FROM subscriptions`)).toEqual([{ n: 0 }]);
    expect(await dataSource.query(`SELECT user_id, api_key_id, endpoint FROM usage_logs`)).toEqual([
      { user_id: null, api_key_id: null, endpoint: '/translate' },
    ]);
  });

  /** A usage record of `userId` (and `apiKeyId`) as the recorder sends it. */
  const record = (userId: string, apiKeyId: string | null, endpoint: string): UsageRecord => ({
    id: randomUUID(),
    userId,
    apiKeyId,
    endpoint,
    method: 'POST',
    statusCode: 200,
    ipAddress: null,
    userAgent: null,
    responseTimeMs: 1,
    errorType: null,
    errorMessage: null,
    createdAt: Date.now(),
  });

  it('a usage batch naming a user or key that is gone stores the record without the reference', async () => {
    const [user] = await dataSource.query(`INSERT INTO users (email) VALUES ('kept@example.com') RETURNING id`);
    const [key] = await dataSource.query(
      `INSERT INTO api_keys (user_id, key_hash, name, prefix) VALUES ($1, 'h2', 'k', 'aet_h2') RETURNING id`,
      [user.id],
    );
    const batch = [record(randomUUID(), key.id, '/gone-user'), record(user.id, randomUUID(), '/gone-key'), record(user.id, key.id, '/both')];
    await dataSource.query(INSERT_USAGE_RECORDS, usageBatchParameters(batch));
    const rows = await dataSource.query(
      `SELECT endpoint, user_id = $1 AS user_kept, api_key_id = $2 AS key_kept FROM usage_logs WHERE endpoint IN ('/gone-user', '/gone-key', '/both') ORDER BY endpoint`,
      [user.id, key.id],
    );
    expect(rows).toEqual([
      { endpoint: '/both', user_kept: true, key_kept: true },
      { endpoint: '/gone-key', user_kept: true, key_kept: null },
      { endpoint: '/gone-user', user_kept: null, key_kept: true },
    ]);
  });

  it('a user deleted while a usage batch naming them is being written waits for it, then anonymises its rows too', async () => {
    const [user] = await dataSource.query(`INSERT INTO users (email) VALUES ('racing@example.com') RETURNING id`);
    const [key] = await dataSource.query(
      `INSERT INTO api_keys (user_id, key_hash, name, prefix) VALUES ($1, 'h3', 'k', 'aet_h3') RETURNING id`,
      [user.id],
    );
    const writer = new Client({ connectionString: database.url });
    const deleter = new Client({ connectionString: database.url });
    await Promise.all([writer.connect(), deleter.connect()]);
    try {
      await writer.query('BEGIN');
      await writer.query(INSERT_USAGE_RECORDS, usageBatchParameters([record(user.id, key.id, '/racing'), record(user.id, null, '/racing')]));
      let deleted = false;
      const deleting = deleter.query('DELETE FROM users WHERE id = $1', [user.id]).then(() => (deleted = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The batch holds the user's key-share lock until it commits, as a foreign key check would.
      expect(deleted).toBe(false);
      await writer.query('COMMIT');
      await deleting;
      expect(await dataSource.query(`SELECT user_id, api_key_id FROM usage_logs WHERE endpoint = '/racing'`)).toEqual([
        { user_id: null, api_key_id: null },
        { user_id: null, api_key_id: null },
      ]);
    } finally {
      await Promise.all([writer.end(), deleter.end()]);
    }
  });
});

describe('the migration:* scripts (TypeORM CLI on dist/ormconfig.js)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.drop());

  it('show, run, show, generate-nothing, revert on PostgreSQL', () => {
    const env = { DATABASE_URL: database.url };
    const before = typeormCli(['migration:show'], env);
    for (const name of MIGRATION_NAMES) expect(before.out).toMatch(new RegExp(`\\[ \\] ${name}\\d+`));

    const run = typeormCli(['migration:run'], env);
    expect(run.code).toBe(0);
    for (const name of MIGRATION_NAMES) expect(run.out).toMatch(new RegExp(`Migration ${name}\\d+ has been executed successfully`));
    expect(typeormCli(['migration:show'], env).out).toMatch(new RegExp(`\\[X\\] \\d+ ${LAST_MIGRATION}\\d+`));

    const generate = typeormCli(['migration:generate', join(tmpdir(), 'ShouldNotExist')], env);
    expect(generate.out).toMatch(/No changes in database schema were found/);

    const revert = typeormCli(['migration:revert'], env);
    expect(revert.code).toBe(0);
    expect(revert.out).toMatch(new RegExp(`Migration ${LAST_MIGRATION}\\d+ has been reverted successfully`));
    const after = typeormCli(['migration:show'], env).out;
    for (const name of MIGRATION_NAMES.slice(0, -1)) expect(after).toMatch(new RegExp(`\\[X\\] \\d+ ${name}\\d+`));
    expect(after).toMatch(new RegExp(`\\[ \\] ${LAST_MIGRATION}\\d+`));
  });

  it('run on the embedded database kept in a directory, and remember it across processes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aet-pglite-'));
    try {
      const env = { DATABASE_URL: `pglite:${dir}` };
      expect(typeormCli(['migration:run'], env).code).toBe(0);
      expect(typeormCli(['migration:show'], env).out).toMatch(new RegExp(`\\[X\\] \\d+ ${LAST_MIGRATION}\\d+`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
