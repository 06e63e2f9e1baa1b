import * as bcrypt from 'bcrypt';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, describeWithPostgres, GOOD_PASSWORD, TEST_JWT_SECRET, type TestDatabase } from './support';
import { type CliResult, runManageDb as manageDb } from './support/manage-db-cli';

/** The compiled CLI (`npm test` builds it first), run as `npm run manage-db` runs it. */
const UNREACHABLE_URL = 'postgres://postgres@127.0.0.1:1/x';
/** PGlite creates its data directory on first start: several seconds on a busy machine. */
const EMBEDDED_TEST_TIMEOUT_MS = 180_000;
const TABLES = [
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
];

/**
 * Every migration in this tree, in the order TypeORM runs them: `1795606785891-InitialSchema.ts`
 * holds the class `InitialSchema1795606785891`, which is the name check and create-tables print.
 */
const MIGRATIONS = readdirSync(join(__dirname, '..', 'migrations'))
  .filter((file) => /^\d{13}-\w+\.ts$/.test(file))
  .sort()
  .map((file) => {
    const [, timestamp, name] = /^(\d{13})-(\w+)\.ts$/.exec(file)!;
    return `${name}${timestamp}`;
  });
/** "1 migration", "2 migrations": as the CLI words it. */
const MIGRATION_COUNT = `${MIGRATIONS.length} migration${MIGRATIONS.length === 1 ? '' : 's'}`;
const PENDING_COUNT = `${MIGRATIONS.length} pending migration${MIGRATIONS.length === 1 ? '' : 's'}`;
const ALICE_PASSWORD = 'Correct-Horse-Battery-9';
/** The configuration refuses NODE_ENV=production without a JWT_SECRET, even for manage-db. */
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET };

/** An error is exactly one line on stderr, without a stack trace. */
function expectOneLineError(result: CliResult, pattern: RegExp): void {
  expect(result.stderr).toMatch(/^manage-db: [^\n]+\n$/);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function tablesIn(url: string): Promise<string[]> {
  const rows = await query<{ tablename: string }>(
    url,
    // Partitions (usage_logs_y2026m03…) are storage of usage_logs, not tables of their own.
    `SELECT t.tablename FROM pg_tables t
       JOIN pg_class c ON c.relname = t.tablename AND c.relnamespace = t.schemaname::regnamespace
      WHERE t.schemaname = current_schema() AND NOT c.relispartition
      ORDER BY t.tablename`,
  );
  return rows.map((row) => row.tablename);
}

/** The `  [x] name` / `  [ ] name` lines of check's report, in order. */
function migrationLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^ {2}\[.\] /.test(line));
}

interface TokenCounts {
  blacklist: number;
  refresh: number;
  action: number;
}

/** Rows of the three token tables, by key: token_jti, id and token_hash. */
interface TokenKeys {
  blacklist: string[];
  refresh: string[];
  action: string[];
}

const PAST = ['1 minute', '1 day', '30 days'];
const FUTURE = ['1 hour', '7 days', '30 days'];

/**
 * Inserts rows into token_blacklist, refresh_tokens and action_tokens for the given users:
 * `expired` ones (expires_at a minute to a month ago) and `live` ones (an hour to a month ahead).
 * Some of each are used or revoked, which must not matter: only expiry does. Returns the keys
 * of the live rows.
 */
async function seedTokens(url: string, userIds: string[], counts: { expired: TokenCounts; live: TokenCounts }): Promise<TokenKeys> {
  const live: TokenKeys = { blacklist: [], refresh: [], action: [] };
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const state of ['expired', 'live'] as const) {
      const offsets = state === 'expired' ? PAST : FUTURE;
      const expiresAt = (i: number) => `NOW() ${state === 'expired' ? '-' : '+'} INTERVAL '${offsets[i % offsets.length]}'`;
      const userFor = (i: number) => userIds[i % userIds.length];
      for (let i = 0; i < counts[state].blacklist; i++) {
        const jti = `${state}-${randomUUID()}`;
        await client.query(`INSERT INTO token_blacklist (token_jti, token_type, revoked_by, expires_at) VALUES ($1, $2, $3, ${expiresAt(i)})`, [
          jti,
          i % 2 === 0 ? 'access' : 'refresh',
          userFor(i),
        ]);
        if (state === 'live') live.blacklist.push(jti);
      }
      const familyId = randomUUID();
      for (let i = 0; i < counts[state].refresh; i++) {
        const id = randomUUID();
        await client.query(
          `INSERT INTO refresh_tokens (id, user_id, family_id, used_at, revoked_at, expires_at)
           VALUES ($1, $2, $3, ${i % 3 === 1 ? 'NOW()' : 'NULL'}, ${i % 3 === 2 ? 'NOW()' : 'NULL'}, ${expiresAt(i)})`,
          [id, userFor(i), familyId],
        );
        if (state === 'live') live.refresh.push(id);
      }
      for (let i = 0; i < counts[state].action; i++) {
        const tokenHash = createHash('sha256').update(randomUUID()).digest('hex');
        await client.query(
          `INSERT INTO action_tokens (user_id, purpose, token_hash, used_at, expires_at)
           VALUES ($1, $2, $3, ${i % 2 === 1 ? 'NOW()' : 'NULL'}, ${expiresAt(i)})`,
          [userFor(i), i % 2 === 0 ? 'verify_email' : 'reset_password', tokenHash],
        );
        if (state === 'live') live.action.push(tokenHash);
      }
    }
  } finally {
    await client.end();
  }
  return live;
}

/** What is left in the three token tables, each list sorted (in JS: no collation surprises). */
async function remainingTokens(url: string): Promise<TokenKeys> {
  const keys = async (sql: string) => (await query<{ key: string }>(url, sql)).map((row) => row.key);
  return sortedKeys({
    blacklist: await keys('SELECT token_jti AS key FROM token_blacklist'),
    refresh: await keys('SELECT id::text AS key FROM refresh_tokens'),
    action: await keys('SELECT token_hash AS key FROM action_tokens'),
  });
}

function sortedKeys(keys: TokenKeys): TokenKeys {
  const sorted = (list: string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { blacklist: sorted(keys.blacklist), refresh: sorted(keys.refresh), action: sorted(keys.action) };
}

describe('manage-db', () => {
  describe('command line', () => {
    it('help, --help and help COMMAND print the usage and exit 0', async () => {
      for (const args of [['help'], ['--help'], ['-h']]) {
        const result = await manageDb(args);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        for (const command of [
          'create-tables',
          'check',
          'create-user',
          'user-info',
          'set-tier',
          'subscriptions',
          'renewals',
          'stats',
          'cleanup-tokens',
          'cleanup-keys',
          'drop-tables',
        ]) {
          expect(result.stdout).toContain(`  ${command}`);
        }
      }
      const one = await manageDb(['help', 'create-user']);
      expect(one.code).toBe(0);
      expect(one.stdout).toMatch(/^Usage: manage-db create-user EMAIL PASSWORD \["FULL NAME"\]\n/);

      const viaFlag = await manageDb(['user-info', '--help']);
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toMatch(/^Usage: manage-db user-info EMAIL \[--json\]\n/);
    });

    it('no command prints the usage on stderr and exits 2', async () => {
      const result = await manageDb([]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^Usage: npm run manage-db -- <command>/);
    });

    it('an unknown command exits 2 with one line', async () => {
      const result = await manageDb(['frobnicate']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe("manage-db: Unknown command 'frobnicate'. Run manage-db help.\n");
    });

    it.each([
      [['create-user', 'a@example.com'], /usage: manage-db create-user EMAIL PASSWORD \["FULL NAME"\]$/m],
      [['create-user', 'a@example.com', 'pw', 'Name', 'extra'], /usage: manage-db create-user EMAIL PASSWORD/],
      [['user-info'], /usage: manage-db user-info EMAIL \[--json\]$/m],
      [['user-info', 'a@example.com', 'b@example.com'], /usage: manage-db user-info EMAIL/],
      [['check', 'now'], /usage: manage-db check \[--json\]$/m],
      [['cleanup-tokens', 'now'], /usage: manage-db cleanup-tokens \[--json\]$/m],
      [['cleanup-tokens', '--yes'], /cleanup-tokens does not take --yes/],
      [['cleanup-keys', 'now'], /usage: manage-db cleanup-keys \[--json\]$/m],
      [['cleanup-keys', '--force'], /cleanup-keys does not take --force/],
      [['stats', '--bogus'], /Unknown option '--bogus'/],
      [['create-tables', '--json'], /create-tables does not take --json/],
      [['create-user', 'a@example.com', 'pw', '--yes'], /create-user does not take --yes/],
      [['help', 'check', 'stats'], /usage: manage-db help \[COMMAND\]$/m],
      [['help', 'frobnicate'], /Unknown command 'frobnicate'/],
      [['create-user', 'not-an-email', 'pw'], /"not-an-email" is not a valid email address$/m],
      [['create-user', 'a@example.com', '  '], /the password must not be empty$/m],
    ])('%j is a usage error: exit 2, one line on stderr', async (args, message) => {
      // Pointed at an unreachable server: usage errors must be reported before any connection attempt.
      const result = await manageDb(args, { DATABASE_URL: UNREACHABLE_URL });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expectOneLineError(result, message);
    });

    it('an invalid configuration exits 1 with the variable named', async () => {
      const result = await manageDb(['check'], { DATABASE_URL: 'mysql://localhost/x' });
      expect(result.code).toBe(1);
      expectOneLineError(result, /DATABASE_URL/);

      const rounds = await manageDb(['stats'], { BCRYPT_ROUNDS: 'many' });
      expect(rounds.code).toBe(1);
      expectOneLineError(rounds, /BCRYPT_ROUNDS/);
    });

    it('check exits 1 when the database is unreachable, with one line naming the reason', async () => {
      const result = await manageDb(['check'], { DATABASE_URL: UNREACHABLE_URL });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^connection:\s+FAILED$/m);
      expectOneLineError(result, /^manage-db: cannot connect to the database: .*ECONNREFUSED/);

      const json = await manageDb(['check', '--json'], { DATABASE_URL: UNREACHABLE_URL });
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ connected: false, ok: false, error: expect.stringMatching(/ECONNREFUSED/) });
      expectOneLineError(json, /cannot connect to the database/);
    });

    it('other commands fail the same way when the database is unreachable', async () => {
      const result = await manageDb(['stats'], { DATABASE_URL: UNREACHABLE_URL });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expectOneLineError(result, /^manage-db: cannot connect to the database: .*ECONNREFUSED/);
    });

    it('drop-tables refuses without a terminal or --yes, and under NODE_ENV=production without --force', async () => {
      const unconfirmed = await manageDb(['drop-tables'], { DATABASE_URL: UNREACHABLE_URL });
      expect(unconfirmed.code).toBe(1);
      expectOneLineError(unconfirmed, /needs confirmation: run it in a terminal, or pass --yes/);

      const production = await manageDb(['drop-tables', '--yes'], { DATABASE_URL: UNREACHABLE_URL, ...PRODUCTION });
      expect(production.code).toBe(1);
      expectOneLineError(production, /refusing to drop tables with NODE_ENV=production; add --force/);
    });
  });

  describeWithPostgres('on PostgreSQL', () => {
    let database: TestDatabase;
    let url: string;
    let env: Record<string, string>;
    /** How the CLI names this database in its messages. */
    let label: string;
    let userId: string;
    let bobId: string;
    /** Token rows that have not expired: cleanup-tokens must leave every one of them. */
    const live: TokenKeys = { blacklist: [], refresh: [], action: [] };
    const keepLive = (keys: TokenKeys) => {
      for (const table of ['blacklist', 'refresh', 'action'] as const) live[table].push(...keys[table]);
    };

    beforeAll(async () => {
      database = await createTestDatabase();
      url = database.url;
      env = { DATABASE_URL: url };
      label = `database "${database.name}" at ${new URL(url).host}`;
    });
    afterAll(async () => database?.drop());

    it('check on a fresh database reports every migration pending, exits 1 and changes nothing', async () => {
      expect(MIGRATIONS[0]).toMatch(/^InitialSchema\d{13}$/);
      const result = await manageDb(['check'], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(new RegExp(`^database:\\s+database "${database.name}" at 127\\.0\\.0\\.1:\\d+$`, 'm'));
      expect(result.stdout).toMatch(/^connection:\s+ok, SELECT 1 in \d+(\.\d+)? ms \(PostgreSQL \d+/m);
      expect(result.stdout).toMatch(new RegExp(`^migrations:\\s+0 applied, ${MIGRATIONS.length} pending$`, 'm'));
      expect(migrationLines(result.stdout)).toEqual(MIGRATIONS.map((name) => `  [ ] ${name}`));
      expect(result.stderr).toBe(`manage-db: ${PENDING_COUNT}: ${MIGRATIONS.join(', ')}; run: npm run manage-db -- create-tables\n`);
      // Read-only: not even TypeORM's migrations table is created.
      expect(await tablesIn(url)).toEqual([]);
    });

    it('create-tables applies the migrations in order, then is already up to date', async () => {
      const first = await manageDb(['create-tables'], env);
      expect(first.code).toBe(0);
      expect(first.stderr).toBe('');
      expect(first.stdout).toBe(
        `${MIGRATIONS.map((name) => `Applied ${name}\n`).join('')}${label} is up to date (${MIGRATION_COUNT} applied now).\n`,
      );
      expect(await tablesIn(url)).toEqual(TABLES);
      expect(await query(url, 'SELECT name FROM migrations ORDER BY timestamp')).toEqual(MIGRATIONS.map((name) => ({ name })));
      expect(
        await query(
          url,
          "SELECT column_name FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'password_changed_at'",
        ),
      ).toHaveLength(1);

      const again = await manageDb(['create-tables'], env);
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(`${label} is already up to date (${MIGRATION_COUNT} applied).\n`);
      expect(await query(url, 'SELECT name FROM migrations')).toHaveLength(MIGRATIONS.length);
    });

    it('check exits 0 once migrated, in text and in JSON', async () => {
      const result = await manageDb(['check'], env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^migrations:\\s+${MIGRATIONS.length} applied, 0 pending$`, 'm'));
      expect(migrationLines(result.stdout)).toEqual(MIGRATIONS.map((name) => `  [x] ${name}`));

      const json = await manageDb(['check', '--json'], env);
      expect(json.code).toBe(0);
      const report = JSON.parse(json.stdout);
      expect(report).toMatchObject({ connected: true, ok: true, migrations: { pending: [], unknown: [] } });
      expect(report.migrations.applied).toEqual(MIGRATIONS);
      expect(report.latency_ms).toEqual(expect.any(Number));
    });

    it('stats on an empty database: no users, no calls, error rate n/a', async () => {
      const result = await manageDb(['stats'], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^active users:\s+0$/m);
      expect(result.stdout).toMatch(/^API calls \(last 24 h\):\s+0$/m);
      expect(result.stdout).toMatch(/^error rate \(last 24 h\):\s+n\/a$/m);
    });

    it('create-user stores the user with a lower-cased email and a bcrypt hash', async () => {
      const result = await manageDb(['create-user', 'Alice@Example.com', ALICE_PASSWORD, 'Alice Example'], env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const match = /^Created user alice@example\.com \(id ([0-9a-f-]{36})\)\n$/.exec(result.stdout);
      expect(match).not.toBeNull();
      userId = match![1]!;

      const [row] = await query<{ id: string; email: string; full_name: string; hashed_password: string; subscription_tier: string }>(
        url,
        'SELECT id, email, full_name, hashed_password, subscription_tier FROM users',
      );
      expect(row).toMatchObject({ id: userId, email: 'alice@example.com', full_name: 'Alice Example', subscription_tier: 'free' });
      expect(row.hashed_password).toMatch(/^\$2b\$04\$/); // BCRYPT_ROUNDS=4 from childEnv
      expect(await bcrypt.compare(ALICE_PASSWORD, row.hashed_password)).toBe(true);
    });

    it('create-user with a taken email (any case) exits 1 and adds no row', async () => {
      const result = await manageDb(['create-user', 'ALICE@example.com', GOOD_PASSWORD], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expectOneLineError(result, /^manage-db: a user with email alice@example\.com already exists$/m);
      expect(await query(url, 'SELECT COUNT(*)::int AS count FROM users')).toEqual([{ count: 1 }]);
    });

    it.each([
      ['shorter than 10 characters', 'dave@example.com', 'Sh0rt-pw'],
      ['with a single kind of character', 'dave@example.com', 'abcdefghijklmnop'],
      ['that is a common password', 'dave@example.com', 'password123'],
      ["containing the email's local part", 'dave.miller@example.com', 'Dave.Miller-2030'],
      ['over 72 bytes (bcrypt ignores the rest)', 'dave@example.com', `Aa1-${'é'.repeat(40)}`],
    ])('create-user refuses a password %s: one line naming the problem, no row', async (_name, email, password) => {
      const result = await manageDb(['create-user', email, password], env);
      expect([1, 2]).toContain(result.code);
      expect(result.stdout).toBe('');
      expectOneLineError(result, /password/i);
      // Not the exception's class name: the operator has to learn which rule failed.
      expect(result.stderr).not.toMatch(/Exception|Bad Request/);
      expect(await query(url, 'SELECT COUNT(*)::int AS count FROM users')).toEqual([{ count: 1 }]);
    });

    it('create-user without a full name leaves it empty', async () => {
      const result = await manageDb(['create-user', 'bob@example.com', GOOD_PASSWORD], env);
      expect(result.code).toBe(0);
      const [row] = await query<{ id: string; full_name: string | null }>(
        url,
        "SELECT id, full_name FROM users WHERE email = 'bob@example.com'",
      );
      expect(row).toEqual({ id: expect.any(String), full_name: null });
      bobId = row.id;
      await query(url, "UPDATE users SET is_active = false WHERE email = 'bob@example.com'");
    });

    it('user-info shows a new user: free tier, no subscription, no keys, no usage', async () => {
      const result = await manageDb(['user-info', 'alice@example.com'], env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      const lines = result.stdout.split('\n');
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`^id:\\s+${userId}$`)),
          expect.stringMatching(/^email:\s+alice@example\.com$/),
          expect.stringMatching(/^full name:\s+Alice Example$/),
          expect.stringMatching(/^tier:\s+free$/),
          expect.stringMatching(/^active:\s+yes$/),
          expect.stringMatching(/^verified:\s+no$/),
          expect.stringMatching(/^created:\s+\d{4}-\d\d-\d\dT/),
          expect.stringMatching(/^last login:\s+never$/),
          expect.stringMatching(/^subscription:\s+none$/),
          expect.stringMatching(/^api keys:\s+0 active \/ 0 total$/),
          expect.stringMatching(/^requests:\s+0 \(0 errors\)$/),
          expect.stringMatching(/^last request:\s+never$/),
        ]),
      );
    });

    it('user-info reports the subscription, key counts and usage totals from the database', async () => {
      await query(
        url,
        `INSERT INTO subscriptions (user_id, tier, status, current_period_end, created_at) VALUES
           ($1, 'free', 'canceled', NULL, NOW() - INTERVAL '60 days'),
           ($1, 'pro', 'active', '2031-01-31T00:00:00Z', NOW())`,
        [userId],
      );
      await query(
        url,
        `INSERT INTO api_keys (user_id, key_hash, name, prefix, is_active, expires_at) VALUES
           ($1, 'hash-1', 'ci', 'aet_hash1', true, NULL),
           ($1, 'hash-2', 'old', 'aet_hash2', false, NULL),
           ($1, 'hash-3', 'expired', 'aet_hash3', true, NOW() - INTERVAL '1 day')`,
        [userId],
      );
      await query(
        url,
        `INSERT INTO usage_logs (user_id, endpoint, method, status_code, created_at) VALUES
           ($1, '/translate', 'POST', 200, NOW() - INTERVAL '3 days'),
           ($1, '/translate', 'POST', 500, '2030-06-01T12:00:00Z'),
           (NULL, '/translate', 'POST', 200, NOW())`,
        [userId],
      );
      await query(url, "UPDATE users SET subscription_tier = 'pro', last_login = '2030-05-01T08:00:00Z' WHERE id = $1", [userId]);

      const result = await manageDb(['user-info', 'alice@example.com'], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^tier:\s+pro$/m);
      expect(result.stdout).toMatch(/^last login:\s+2030-05-01T08:00:00\.000Z$/m);
      expect(result.stdout).toMatch(/^subscription:\s+pro \(active\), period ends 2031-01-31T00:00:00\.000Z$/m);
      expect(result.stdout).toMatch(/^api keys:\s+1 active \/ 3 total$/m);
      expect(result.stdout).toMatch(/^requests:\s+2 \(1 errors\)$/m);
      expect(result.stdout).toMatch(/^last request:\s+2030-06-01T12:00:00\.000Z$/m);

      const json = await manageDb(['user-info', ' Alice@Example.COM ', '--json'], env);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual({
        user: {
          id: userId,
          email: 'alice@example.com',
          full_name: 'Alice Example',
          subscription_tier: 'pro',
          is_active: true,
          is_verified: false,
          created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          last_login: '2030-05-01T08:00:00.000Z',
        },
        subscription: { tier: 'pro', status: 'active', current_period_end: '2031-01-31T00:00:00.000Z' },
        api_keys: { active: 1, total: 3 },
        usage: { total_requests: 2, error_count: 1, last_request_at: '2030-06-01T12:00:00.000Z' },
      });
    });

    it('user-info for an unknown email exits 1 with one line', async () => {
      const result = await manageDb(['user-info', 'nobody@example.com'], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expectOneLineError(result, /^manage-db: no user with email nobody@example\.com$/m);
    });

    it('stats counts active users and the last 24 hours of calls, with the error rate', async () => {
      await query(url, 'DELETE FROM usage_logs');
      await query(
        url,
        `INSERT INTO usage_logs (user_id, endpoint, method, status_code, created_at) VALUES
           ($1, '/translate', 'POST', 200, NOW() - INTERVAL '1 hour'),
           ($1, '/translate', 'POST', 200, NOW() - INTERVAL '2 hours'),
           ($1, '/translate', 'POST', 429, NOW() - INTERVAL '3 hours'),
           ($1, '/translate', 'POST', 500, NOW() - INTERVAL '25 hours')`,
        [userId],
      );
      const result = await manageDb(['stats'], env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^active users:\s+1$/m); // bob was deactivated
      expect(result.stdout).toMatch(/^API calls \(last 24 h\):\s+3$/m);
      expect(result.stdout).toMatch(/^error rate \(last 24 h\):\s+33\.3%$/m);

      const json = await manageDb(['stats', '--json'], env);
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual({ active_users: 1, api_calls_last_24h: 3, error_rate_last_24h: 33.33 });
    });

    it('cleanup-tokens deletes the expired rows of the three token tables, and only those', async () => {
      // Counts differ per table, so a count printed on the wrong line shows.
      keepLive(
        await seedTokens(url, [userId, bobId], {
          expired: { blacklist: 2, refresh: 3, action: 1 },
          live: { blacklist: 1, refresh: 2, action: 2 },
        }),
      );
      const result = await manageDb(['cleanup-tokens'], env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout.split('\n')).toEqual([
        expect.stringMatching(/^expired blacklist entries deleted:\s+2$/),
        expect.stringMatching(/^expired refresh tokens deleted:\s+3$/),
        expect.stringMatching(/^expired mailed tokens deleted:\s+1$/),
        '',
      ]);
      expect(await remainingTokens(url)).toEqual(sortedKeys(live));

      const again = await manageDb(['cleanup-tokens'], env);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(
        /^expired blacklist entries deleted:\s+0\nexpired refresh tokens deleted:\s+0\nexpired mailed tokens deleted:\s+0\n$/,
      );
      expect(await remainingTokens(url)).toEqual(sortedKeys(live));
    });

    it('cleanup-tokens --json reports the counts as JSON', async () => {
      keepLive(
        await seedTokens(url, [userId, bobId], {
          expired: { blacklist: 1, refresh: 1, action: 2 },
          live: { blacklist: 1, refresh: 1, action: 1 },
        }),
      );
      const result = await manageDb(['cleanup-tokens', '--json'], env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({ blacklisted: 1, refresh_tokens: 1, action_tokens: 2 });
      expect(await remainingTokens(url)).toEqual(sortedKeys(live));
      expect(await query(url, 'SELECT COUNT(*)::int AS count FROM users')).toEqual([{ count: 2 }]);

      const again = await manageDb(['cleanup-tokens', '--json'], env);
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toEqual({ blacklisted: 0, refresh_tokens: 0, action_tokens: 0 });
    });

    it('cleanup-keys deactivates the active keys past their expiry, and only those, keeping every row', async () => {
      await query(url, 'DELETE FROM api_keys');
      await query(
        url,
        `INSERT INTO api_keys (user_id, key_hash, name, prefix, is_active, expires_at) VALUES
           ($1, 'k-expired-1', 'expired a minute ago', 'aet_k1', true, NOW() - INTERVAL '1 minute'),
           ($2, 'k-expired-2', 'expired last month', 'aet_k2', true, NOW() - INTERVAL '30 days'),
           ($1, 'k-expired-off', 'expired, already off', 'aet_k3', false, NOW() - INTERVAL '1 day'),
           ($1, 'k-live', 'expires next week', 'aet_k4', true, NOW() + INTERVAL '7 days'),
           ($2, 'k-forever', 'never expires', 'aet_k5', true, NULL),
           ($2, 'k-off', 'deactivated', 'aet_k6', false, NULL)`,
        [userId, bobId],
      );
      const states = async () =>
        Object.fromEntries(
          (await query<{ key_hash: string; is_active: boolean }>(url, 'SELECT key_hash, is_active FROM api_keys')).map((row) => [
            row.key_hash,
            row.is_active,
          ]),
        );

      const result = await manageDb(['cleanup-keys'], env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^expired API keys deactivated:\s+2\n$/);
      expect(await states()).toEqual({
        'k-expired-1': false,
        'k-expired-2': false,
        'k-expired-off': false,
        'k-live': true,
        'k-forever': true,
        'k-off': false,
      });

      const again = await manageDb(['cleanup-keys', '--json'], env);
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toEqual({ deactivated: 0 });

      await query(url, "UPDATE api_keys SET expires_at = NOW() - INTERVAL '1 second' WHERE key_hash = 'k-live'");
      const json = await manageDb(['cleanup-keys', '--json'], env);
      expect(json.code).toBe(0);
      expect(json.stderr).toBe('');
      expect(JSON.parse(json.stdout)).toEqual({ deactivated: 1 });
      expect((await states())['k-live']).toBe(false);
      expect(await query(url, 'SELECT COUNT(*)::int AS count FROM api_keys')).toEqual([{ count: 6 }]);
    });

    it('drop-tables without --yes and without a terminal refuses and drops nothing', async () => {
      const result = await manageDb(['drop-tables'], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expectOneLineError(result, /drop-tables needs confirmation/);
      expect(await tablesIn(url)).toEqual(TABLES);
    });

    it('drop-tables under NODE_ENV=production refuses without --force, even with --yes', async () => {
      const result = await manageDb(['drop-tables', '--yes'], { ...env, ...PRODUCTION });
      expect(result.code).toBe(1);
      expectOneLineError(result, /NODE_ENV=production/);
      expect(await tablesIn(url)).toEqual(TABLES);
      expect(await query(url, 'SELECT COUNT(*)::int AS count FROM users')).toEqual([{ count: 2 }]);
    });

    it('drop-tables --yes drops every table, the migrations table included, and create-tables rebuilds', async () => {
      // A table no migration knows about goes too: the whole schema is cleared.
      await query(url, 'CREATE TABLE stray (id int)');
      const result = await manageDb(['drop-tables', '--yes'], env);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(`Dropped ${TABLES.length + 1} tables from ${label}: ${[...TABLES, 'stray'].sort().join(', ')}\n`);
      expect(await tablesIn(url)).toEqual([]);

      const nothing = await manageDb(['drop-tables', '--yes'], env);
      expect(nothing.code).toBe(0);
      expect(nothing.stdout).toMatch(/^Nothing to drop: .* has no tables\.\n$/);

      expect((await manageDb(['check'], env)).code).toBe(1);
      expect((await manageDb(['create-tables'], env)).code).toBe(0);
      expect(await tablesIn(url)).toEqual(TABLES);
      expect((await manageDb(['check'], env)).code).toBe(0);
    });

    it('drop-tables under NODE_ENV=production goes ahead with --force --yes', async () => {
      const result = await manageDb(['drop-tables', '--yes', '--force'], { ...env, ...PRODUCTION });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Dropped ${TABLES.length} tables from `));
      expect(await tablesIn(url)).toEqual([]);
    });

    it('commands that need the schema say how to create it when it is missing', async () => {
      const result = await manageDb(['stats'], env);
      expect(result.code).toBe(1);
      expectOneLineError(
        result,
        /^manage-db: stats failed: relation "(users|usage_logs)" does not exist \(the schema is missing; run: npm run manage-db -- create-tables\)$/m,
      );

      const cleanup = await manageDb(['cleanup-tokens'], env);
      expect(cleanup.code).toBe(1);
      expect(cleanup.stdout).toBe('');
      expectOneLineError(
        cleanup,
        /^manage-db: cleanup-tokens failed: relation "(token_blacklist|refresh_tokens|action_tokens)" does not exist \(the schema is missing; run: npm run manage-db -- create-tables\)$/m,
      );
    });
  });

  describe('on the embedded database (pglite:<directory>)', () => {
    let dataDir: string;
    let env: Record<string, string>;

    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'aet-manage-db-'));
      env = { DATABASE_URL: `pglite:${dataDir}` };
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it(
      'starts unmigrated: check exits 1 with every migration pending',
      async () => {
        const result = await manageDb(['check'], env);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain(`database:   the embedded database in ${dataDir}`);
        expect(result.stdout).toMatch(new RegExp(`^migrations:\\s+0 applied, ${MIGRATIONS.length} pending$`, 'm'));
        expect(migrationLines(result.stdout)).toEqual(MIGRATIONS.map((name) => `  [ ] ${name}`));
        expectOneLineError(result, new RegExp(`^manage-db: ${PENDING_COUNT}: ${MIGRATIONS.join(', ')};`));
      },
      EMBEDDED_TEST_TIMEOUT_MS,
    );

    it(
      'create-tables migrates the directory, and later processes see the schema',
      async () => {
        const created = await manageDb(['create-tables'], env);
        expect(created.code).toBe(0);
        expect(created.stdout).toBe(
          `${MIGRATIONS.map((name) => `Applied ${name}\n`).join('')}the embedded database in ${dataDir} is up to date (${MIGRATION_COUNT} applied now).\n`,
        );

        const check = await manageDb(['check'], env);
        expect(check.code).toBe(0);
        expect(check.stdout).toMatch(new RegExp(`^migrations:\\s+${MIGRATIONS.length} applied, 0 pending$`, 'm'));
        expect(migrationLines(check.stdout)).toEqual(MIGRATIONS.map((name) => `  [x] ${name}`));
      },
      EMBEDDED_TEST_TIMEOUT_MS,
    );

    it(
      'create-user, user-info, stats, cleanup-tokens and cleanup-keys work against the same directory',
      async () => {
        const created = await manageDb(['create-user', 'carol@example.com', GOOD_PASSWORD, 'Carol'], env);
        expect(created.code).toBe(0);
        expect(created.stdout).toMatch(/^Created user carol@example\.com \(id [0-9a-f-]{36}\)\n$/);

        const duplicate = await manageDb(['create-user', 'carol@example.com', GOOD_PASSWORD], env);
        expect(duplicate.code).toBe(1);
        expectOneLineError(duplicate, /^manage-db: a user with email carol@example\.com already exists$/m);

        const info = await manageDb(['user-info', 'carol@example.com', '--json'], env);
        expect(info.code).toBe(0);
        expect(JSON.parse(info.stdout)).toMatchObject({
          user: { email: 'carol@example.com', full_name: 'Carol', subscription_tier: 'free' },
          subscription: null,
          api_keys: { active: 0, total: 0 },
        });

        const stats = await manageDb(['stats', '--json'], env);
        expect(stats.code).toBe(0);
        expect(JSON.parse(stats.stdout)).toEqual({ active_users: 1, api_calls_last_24h: 0, error_rate_last_24h: null });

        const cleanup = await manageDb(['cleanup-tokens', '--json'], env);
        expect(cleanup.code).toBe(0);
        expect(cleanup.stderr).toBe('');
        expect(JSON.parse(cleanup.stdout)).toEqual({ blacklisted: 0, refresh_tokens: 0, action_tokens: 0 });

        const keys = await manageDb(['cleanup-keys', '--json'], env);
        expect(keys.code).toBe(0);
        expect(JSON.parse(keys.stdout)).toEqual({ deactivated: 0 });
      },
      EMBEDDED_TEST_TIMEOUT_MS,
    );

    it(
      'drop-tables --yes empties it, and check reports the migrations pending again',
      async () => {
        const dropped = await manageDb(['drop-tables', '--yes'], env);
        expect(dropped.code).toBe(0);
        expect(dropped.stdout).toMatch(new RegExp(`^Dropped ${TABLES.length} tables from the embedded database in `));

        const check = await manageDb(['check'], env);
        expect(check.code).toBe(1);
        expect(check.stdout).toMatch(new RegExp(`^migrations:\\s+0 applied, ${MIGRATIONS.length} pending$`, 'm'));
      },
      EMBEDDED_TEST_TIMEOUT_MS,
    );
  });
});
