import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { MAINTENANCE_JOBS, maintenanceLockKey, type MaintenanceJob } from '../src/maintenance/maintenance-locks';
/** Mirrors MIN_LOCK_HOLD_MS of maintenance-jobs.service.ts (which Jest cannot import: it loads Nest). */
const MIN_LOCK_HOLD_MS = 2_000;
import {
  childEnv,
  createTestDatabase,
  describeWithPostgres,
  migrate,
  queryDatabase,
  sleep,
  startApp,
  TEST_JWT_SECRET,
  until,
  type TestApp,
  type TestDatabase,
} from './support';

const MANAGE_DB_JS = join(__dirname, '..', 'dist', 'src', 'cli', 'manage-db.js');
const EVERY_SECOND = '* * * * * *';
/** Services start slowly on a machine the other suites share. */
const START_TIMEOUT_MS = 90_000;

interface JobLine {
  job: MaintenanceJob;
  deleted?: number;
  ms?: number;
  skipped?: string;
  time: string;
}

/** The one JSON line each scheduled run writes: `{job, deleted, ms}` or `{job, skipped}`. */
function jobLines(app: TestApp, from = 0): JobLine[] {
  return app.logs
    .slice(from)
    .filter((line) => line.context === 'Maintenance' && (line.deleted !== undefined || line.skipped !== undefined)) as unknown as JobLine[];
}

/** When a run began: its line is written as its work ends, `ms` after the start. */
function startOf(line: JobLine): number {
  return Date.parse(line.time) - line.ms!;
}

function count(lines: JobLine[], job: MaintenanceJob, kind: 'ran' | 'skipped'): number {
  return lines.filter((line) => line.job === job && (kind === 'ran' ? line.deleted !== undefined : line.skipped === 'lock held')).length;
}

/** Rows each job must act on, and rows it must leave alone. */
async function seed(url: string): Promise<void> {
  const [user] = await queryDatabase(url, "INSERT INTO users (email) VALUES ('owner-' || gen_random_uuid() || '@example.com') RETURNING id");
  await queryDatabase(
    url,
    `INSERT INTO api_keys (user_id, key_hash, name, prefix, expires_at) VALUES
       ($1, md5(random()::text), 'expired', 'aet_exp', now() - interval '1 minute'),
       ($1, md5(random()::text), 'live', 'aet_liv', now() + interval '1 day'),
       ($1, md5(random()::text), 'forever', 'aet_for', NULL)`,
    [user.id],
  );
  await queryDatabase(
    url,
    `INSERT INTO token_blacklist (token_jti, token_type, expires_at) VALUES
       ('expired-' || gen_random_uuid(), 'access', now() - interval '1 second'),
       ('live-' || gen_random_uuid(), 'access', now() + interval '1 hour')`,
  );
  // USAGE_RETENTION_DAYS=30 in these tests: 31 days is past it, 29 days is not.
  await queryDatabase(
    url,
    `INSERT INTO usage_logs (user_id, endpoint, method, status_code, created_at)
       SELECT $1, '/translate', 'POST', 200, now() - (d || ' days')::interval FROM unnest(ARRAY[400, 31, 31, 29, 1, 0]) AS d`,
    [user.id],
  );
}

interface RowState {
  keys: Array<{ name: string; is_active: boolean }>;
  tokens: string[];
  logAges: number[];
}

async function rowState(url: string): Promise<RowState> {
  const keys = await queryDatabase(url, 'SELECT name, is_active FROM api_keys ORDER BY name');
  const tokens = await queryDatabase(url, "SELECT split_part(token_jti, '-', 1) AS kind FROM token_blacklist ORDER BY 1");
  const logs = await queryDatabase(
    url,
    'SELECT round(extract(epoch FROM now() - created_at) / 86400)::int AS days FROM usage_logs ORDER BY 1 DESC',
  );
  return { keys, tokens: tokens.map((row) => row.kind), logAges: logs.map((row) => row.days) };
}

const UNTOUCHED: RowState = {
  keys: [
    { name: 'expired', is_active: true },
    { name: 'forever', is_active: true },
    { name: 'live', is_active: true },
  ],
  tokens: ['expired', 'live'],
  logAges: [400, 31, 31, 29, 1, 0],
};

const CLEANED: RowState = {
  keys: [
    { name: 'expired', is_active: false },
    { name: 'forever', is_active: true },
    { name: 'live', is_active: true },
  ],
  tokens: ['live'],
  logAges: [29, 1, 0],
};

describeWithPostgres('scheduled clean-ups', () => {
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    await seed(database.url);
    env = {
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      USAGE_RETENTION_DAYS: '30',
      SCHEDULER_ENABLED: 'true',
      CLEANUP_KEYS_CRON: EVERY_SECOND,
      CLEANUP_LOGS_CRON: EVERY_SECOND,
      CLEANUP_TOKENS_CRON: EVERY_SECOND,
      CLEANUP_UNKNOWN_ERRORS_CRON: EVERY_SECOND,
      CLEANUP_SECURITY_EVENTS_CRON: EVERY_SECOND,
    };
  });

  afterAll(async () => {
    await database?.drop();
  });

  it(
    'SCHEDULER_ENABLED=false schedules and runs nothing',
    async () => {
      const app = await startApp({ ...env, SCHEDULER_ENABLED: 'false' }, { timeoutMs: START_TIMEOUT_MS });
      try {
        await sleep(2_500);
        expect(jobLines(app)).toEqual([]);
        expect(app.logs.filter((line) => line.context === 'Maintenance')).toEqual([]);
        expect(await rowState(database.url)).toEqual(UNTOUCHED);
      } finally {
        await app.stop();
      }
    },
    START_TIMEOUT_MS + 30_000,
  );

  describe('two instances on one database, every second', () => {
    let apps: TestApp[] = [];
    let holder: Client;

    beforeAll(async () => {
      // The test takes every job's lock first: both instances must find it held.
      holder = new Client({ connectionString: database.url });
      await holder.connect();
      for (const job of MAINTENANCE_JOBS) await holder.query('SELECT pg_advisory_lock($1, $2)', maintenanceLockKey(job));
      apps = await Promise.all([startApp(env, { timeoutMs: START_TIMEOUT_MS }), startApp(env, { timeoutMs: START_TIMEOUT_MS })]);
    }, START_TIMEOUT_MS + 30_000);

    afterAll(async () => {
      await Promise.all(apps.map((app) => app.stop()));
      await holder?.end().catch(() => undefined);
    });

    it('while another session holds the locks, both instances skip every run, log it, and touch nothing', async () => {
      await until(
        () => apps.every((app) => MAINTENANCE_JOBS.every((job) => count(jobLines(app), job, 'skipped') >= 2)),
        15_000,
        'both instances skip each job twice',
      );
      for (const app of apps) {
        expect(jobLines(app).filter((line) => line.skipped === undefined)).toEqual([]);
        expect(jobLines(app)[0]).toEqual(expect.objectContaining({ skipped: 'lock held', job: expect.any(String), time: expect.any(String) }));
      }
      expect(await rowState(database.url)).toEqual(UNTOUCHED);
    });

    it('once the locks are free, expired keys are deactivated, expired tokens purged, logs past retention deleted, the rest kept', async () => {
      const marks = apps.map((app) => app.logs.length);
      for (const job of MAINTENANCE_JOBS) await holder.query('SELECT pg_advisory_unlock($1, $2)', maintenanceLockKey(job));
      await until(async () => JSON.stringify(await rowState(database.url)) === JSON.stringify(CLEANED), 10_000, 'clean-up');
      expect(await rowState(database.url)).toEqual(CLEANED);

      const lines = apps.flatMap((app, index) => jobLines(app, marks[index]));
      const deleted = (job: MaintenanceJob) => lines.filter((line) => line.job === job).reduce((sum, line) => sum + (line.deleted ?? 0), 0);
      // Each row was acted on exactly once, whichever instance did it.
      expect({ keys: deleted('cleanup-keys'), logs: deleted('cleanup-logs'), tokens: deleted('cleanup-tokens') }).toEqual({
        keys: 1,
        logs: 3,
        tokens: 1,
      });
      for (const line of lines.filter((entry) => entry.deleted !== undefined)) {
        expect(line).toEqual(expect.objectContaining({ deleted: expect.any(Number), ms: expect.any(Number) }));
      }
      // One run per tick across both instances: a run keeps the lock for MIN_LOCK_HOLD_MS, so the
      // other instance's attempt at the same tick is refused rather than running the job again.
      await sleep(3_000);
      const all = apps.flatMap((app, index) => jobLines(app, marks[index]));
      for (const job of MAINTENANCE_JOBS) {
        const starts = all
          .filter((line) => line.job === job && line.deleted !== undefined)
          .map(startOf)
          .sort((a, b) => a - b);
        expect(starts.length).toBeGreaterThanOrEqual(2);
        for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(MIN_LOCK_HOLD_MS - 100);
        expect(count(all, job, 'skipped')).toBeGreaterThanOrEqual(1);
      }
    });

    it('a long run on one instance makes the other skip: 100,000 old logs deleted by one run, in batches', async () => {
      const marks = apps.map((app) => app.logs.length);
      await queryDatabase(
        database.url,
        "INSERT INTO usage_logs (endpoint, method, status_code, created_at) SELECT '/translate', 'POST', 500, now() - interval '45 days' FROM generate_series(1, 100000)",
      );
      await until(
        async () =>
          (await queryDatabase(database.url, "SELECT 1 FROM usage_logs WHERE created_at < now() - interval '30 days' LIMIT 1")).length === 0,
        30_000,
        'deletion',
      );
      await sleep(1_200); // the ticks after the run, so every line about it is in

      const perApp = apps.map((app, index) => jobLines(app, marks[index]).filter((line) => line.job === 'cleanup-logs'));
      const runs = perApp.flat().filter((line) => (line.deleted ?? 0) > 0);
      expect(runs.map((line) => line.deleted)).toEqual([100_000]);
      // The instance that did not delete was refused the lock while the other deleted.
      const other = perApp.find((lines) => !lines.includes(runs[0]))!;
      const runStart = startOf(runs[0]);
      const lockFreed = Math.max(Date.parse(runs[0].time), runStart + MIN_LOCK_HOLD_MS);
      expect(
        other.some((line) => line.skipped === 'lock held' && Date.parse(line.time) >= runStart - 5 && Date.parse(line.time) <= lockFreed + 5),
      ).toBe(true);
      expect(await rowState(database.url)).toEqual(CLEANED);
    });
  });

  describe('manage-db cleanup-logs', () => {
    function manageDb(args: string[], extra: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
      return new Promise((resolve) => {
        execFile(
          process.execPath,
          [MANAGE_DB_JS, ...args],
          { env: childEnv({ DATABASE_URL: database.url, ...extra }) },
          (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        );
      });
    }

    async function logAges(): Promise<number[]> {
      return (await rowState(database.url)).logAges;
    }

    beforeEach(async () => {
      await queryDatabase(database.url, 'DELETE FROM usage_logs');
    });

    it.each([
      [['--days=0'], /--days must be a whole number from 1 to 36500, not '0'/],
      [['--days', '36501'], /--days must be a whole number from 1 to 36500, not '36501'/],
      [['--days=-1'], /--days must be a whole number from 1 to 36500, not '-1'/],
      [['--days', '7.5'], /--days must be a whole number from 1 to 36500/],
      [['--days', 'seven'], /--days must be a whole number from 1 to 36500/],
      [['--days='], /--days must be a whole number from 1 to 36500, not ''/],
      [['--days'], /argument missing/],
      [['--days', '-1'], /argument is ambiguous/],
    ])('%j is a usage error: exit 2, one line, nothing deleted', async (args, message) => {
      await queryDatabase(
        database.url,
        "INSERT INTO usage_logs (endpoint, method, status_code, created_at) VALUES ('/translate', 'POST', 200, now() - interval '40000 days')",
      );
      const result = await manageDb(['cleanup-logs', ...args]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^manage-db: [^\n]+\n$/);
      expect(result.stderr).toMatch(message);
      expect(await logAges()).toEqual([40000]);
    });

    it('--days is refused by the commands that do not take it, and help lists cleanup-logs', async () => {
      const keys = await manageDb(['cleanup-keys', '--days', '3']);
      expect(keys.code).toBe(2);
      expect(keys.stderr).toBe('manage-db: cleanup-keys does not take --days; usage: manage-db cleanup-keys [--json]\n');
      const help = await manageDb(['help', 'cleanup-logs']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: manage-db cleanup-logs \[--days N\] \[--json\]\n/);
    });

    it('--days N deletes the logs older than N days, in batches past 5,000 rows, and keeps the others', async () => {
      await queryDatabase(
        database.url,
        `INSERT INTO usage_logs (endpoint, method, status_code, created_at)
           SELECT '/translate', 'POST', 200, now() - interval '8 days' FROM generate_series(1, 12345)
           UNION ALL SELECT '/translate', 'POST', 200, now() - interval '6 days'`,
      );
      const result = await manageDb(['cleanup-logs', '--days', '7']);
      expect(result).toEqual({ code: 0, stdout: 'usage logs older than 7 days deleted: 12345\n', stderr: '' });
      expect(await logAges()).toEqual([6]);

      const again = await manageDb(['cleanup-logs', '--days', '7', '--json']);
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toEqual({ days: 7, deleted: 0 });
    });

    it('without --days it keeps USAGE_RETENTION_DAYS', async () => {
      await queryDatabase(
        database.url,
        "INSERT INTO usage_logs (endpoint, method, status_code, created_at) VALUES ('/translate', 'POST', 200, now() - interval '6 days')",
      );
      const result = await manageDb(['cleanup-logs', '--json'], { USAGE_RETENTION_DAYS: '5' });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ days: 5, deleted: 1 });
      expect(await logAges()).toEqual([]);
    });
  });
});
