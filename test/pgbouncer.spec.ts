import { Client, type Notification } from 'pg';
import { MAINTENANCE_JOBS, MAINTENANCE_LOCK_NAMESPACE } from '../src/maintenance/maintenance-locks';
import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  ensurePgBouncer,
  json,
  migrate,
  queryDatabase,
  signUp,
  sleep,
  startApp,
  TEST_JWT_SECRET,
  throughPgBouncer,
  until,
  type TestApp,
  type TestDatabase,
} from './support';
import { runManageDb } from './support/manage-db-cli';

/** Mirrors MIN_LOCK_HOLD_MS of maintenance-jobs.service.ts (which Jest cannot import: it loads Nest). */
const MIN_LOCK_HOLD_MS = 2_000;
const START_TIMEOUT_MS = 90_000;
const TRANSLATIONS = 200;

/** Polls until `request` answers `status`; how long that took. */
async function msUntilStatus(request: () => Promise<{ status: number }>, status: number, limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await request()).status === status) return Date.now() - started;
    await sleep(25);
  }
  throw new Error(`still not ${status} after ${limitMs} ms`);
}

interface JobLine {
  job: string;
  deleted?: number;
  ms?: number;
  skipped?: string;
  time: string;
}

function jobLines(app: TestApp): JobLine[] {
  return app.logs.filter(
    (line) => line.context === 'Maintenance' && (line.deleted !== undefined || line.skipped !== undefined),
  ) as unknown as JobLine[];
}

async function connected(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * Two instances whose pools go through PgBouncer in transaction mode (DATABASE_URL) while LISTEN,
 * the scheduled jobs' session locks and migrations go straight to PostgreSQL (DATABASE_DIRECT_URL).
 */
describeWithPostgres('two instances behind PgBouncer (transaction pooling)', () => {
  let database: TestDatabase;
  let pooled: string;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    // Rejects with the reason when there is no pooler: every test below then fails saying so.
    await ensurePgBouncer();
    database = await createTestDatabase();
    await migrate(database.url);
    pooled = throughPgBouncer(database.url);
    // Rows past retention for the scheduled clean-up to delete, exactly once.
    await queryDatabase(
      database.url,
      "INSERT INTO usage_logs (endpoint, method, status_code, created_at) SELECT '/translate', 'POST', 200, now() - interval '45 days' FROM generate_series(1, 5000)",
    );
    const env = {
      DATABASE_URL: pooled,
      DATABASE_DIRECT_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      RATE_LIMIT_FREE: '1000000',
      QUOTA_FREE: 'unlimited',
      USAGE_FLUSH_INTERVAL_MS: '200',
      USAGE_RETENTION_DAYS: '30',
      SCHEDULER_ENABLED: 'true',
      CLEANUP_KEYS_CRON: '* * * * * *',
      CLEANUP_LOGS_CRON: '* * * * * *',
      CLEANUP_TOKENS_CRON: '* * * * * *',
      CLEANUP_UNKNOWN_ERRORS_CRON: '* * * * * *',
      CLEANUP_SECURITY_EVENTS_CRON: '* * * * * *',
    };
    [a, b] = await Promise.all([startApp(env, { timeoutMs: START_TIMEOUT_MS }), startApp(env, { timeoutMs: START_TIMEOUT_MS })]);
  }, START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  /** Backend pids of the server connections PgBouncer holds to this test's database (its admin console). */
  async function poolerServerPids(): Promise<Set<number>> {
    const console = await connected(throughPgBouncer(database.url).replace(/\/[^/]*$/, '/pgbouncer'));
    try {
      const { rows } = await console.query('SHOW SERVERS');
      return new Set(rows.filter((row) => row.database === database.name).map((row) => Number(row.remote_pid)));
    } finally {
      await console.end();
    }
  }

  /** Backend pids of this database's sessions by application_name. */
  async function sessionPids(applicationName: string): Promise<number[]> {
    const rows = await queryDatabase(
      database.url,
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
      [applicationName],
    );
    return rows.map((row) => Number(row.pid));
  }

  it('queries go through the pooler, which sets the statement deadline the app cannot send; the LISTEN sessions do not', async () => {
    const client = await connected(pooled);
    try {
      expect((await client.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('5s');
    } finally {
      await client.end();
    }
    expect((await a.request('/health/ready')).status).toBe(200);
    const servers = await poolerServerPids();
    expect(servers.size).toBeGreaterThan(0);
    // One LISTEN session per instance, straight to PostgreSQL.
    const listeners = await sessionPids('ai-error-translator/change-feed');
    expect(listeners).toHaveLength(2);
    expect(listeners.filter((pid) => servers.has(pid))).toEqual([]);
  });

  it('a logout on A is honoured by B within one second', async () => {
    const session = await signUp(a);
    expect((await b.request('/users/me', bearer(session.access))).status).toBe(200);
    expect((await a.request('/auth/logout', json('POST', {}, session.access))).status).toBe(204);
    expect(await msUntilStatus(() => b.request('/users/me', bearer(session.access)), 401, 1_000)).toBeLessThan(1_000);
  });

  it('an API key deactivated on A is refused by B within one second', async () => {
    const session = await signUp(a);
    const created = await a.request('/users/me/api-keys', json('POST', { name: 'pooled' }, session.access));
    expect(created.status).toBe(201);
    const viaKey = { headers: { 'x-api-key': created.body.key as string } };
    expect((await b.request('/users/me/api-keys/current', viaKey)).status).toBe(200); // cached on B
    expect((await a.request(`/users/me/api-keys/${created.body.id}`, json('DELETE', undefined, session.access))).status).toBe(204);
    expect(await msUntilStatus(() => b.request('/users/me/api-keys/current', viaKey), 401, 1_000)).toBeLessThan(1_000);
  });

  it(`usage logging loses nothing: ${TRANSLATIONS} translations through both instances, ${TRANSLATIONS} rows`, async () => {
    const session = await signUp(a);
    const created = await a.request('/users/me/api-keys', json('POST', { name: 'usage' }, session.access));
    expect(created.status).toBe(201);
    const headers = { 'x-api-key': created.body.key as string, 'content-type': 'application/json' };
    const statuses: number[] = [];
    // Ten at a time, alternating instances, so both pools are busy through the pooler at once.
    for (let i = 0; i < TRANSLATIONS; i += 10) {
      const batch = Array.from({ length: 10 }, (_, j) =>
        (j % 2 === 0 ? a : b).request('/translate', { method: 'POST', headers, body: JSON.stringify({ error: `KeyError: 'k${i + j}'` }) }),
      );
      statuses.push(...(await Promise.all(batch)).map((response) => response.status));
    }
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    const rows = async () =>
      Number(
        (
          await queryDatabase(database.url, "SELECT count(*) AS n FROM usage_logs WHERE api_key_id = $1 AND endpoint = '/translate'", [
            created.body.id,
          ])
        )[0].n,
      );
    await until(async () => (await rows()) >= TRANSLATIONS, 10_000, `${TRANSLATIONS} usage rows`);
    await sleep(1_000); // a late duplicate would show up here
    expect(await rows()).toBe(TRANSLATIONS);
  });

  it('the scheduled jobs run on exactly one instance per tick, their locks held on direct sessions', async () => {
    // While the jobs keep ticking, every maintenance lock PostgreSQL holds belongs to a direct
    // session: never to a server connection the pooler would lend to someone else next.
    const holders: number[] = [];
    for (let i = 0; i < 20; i++) {
      const rows = await queryDatabase(
        database.url,
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::bigint::oid AND granted",
        [MAINTENANCE_LOCK_NAMESPACE],
      );
      holders.push(...rows.map((row) => Number(row.pid)));
      await sleep(100);
    }
    expect(holders.length).toBeGreaterThan(0);
    const servers = await poolerServerPids();
    expect(holders.filter((pid) => servers.has(pid))).toEqual([]);

    await until(
      () => [a, b].every((app) => jobLines(app).filter((line) => line.job === 'cleanup-logs').length >= 2),
      15_000,
      'both instances tick cleanup-logs',
    );
    const lines = [...jobLines(a), ...jobLines(b)];
    // The 5,000 rows past retention were deleted once, whichever instance did it.
    const deleted = lines.filter((line) => line.job === 'cleanup-logs').reduce((sum, line) => sum + (line.deleted ?? 0), 0);
    expect(deleted).toBe(5_000);
    expect(
      Number((await queryDatabase(database.url, "SELECT count(*) AS n FROM usage_logs WHERE created_at < now() - interval '30 days'"))[0].n),
    ).toBe(0);
    // One run per tick across both instances: the other one's attempt meets the lock.
    for (const job of MAINTENANCE_JOBS) {
      const starts = lines
        .filter((line) => line.job === job && line.deleted !== undefined)
        .map((line) => Date.parse(line.time) - line.ms!)
        .sort((x, y) => x - y);
      expect(starts.length).toBeGreaterThanOrEqual(1);
      for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(MIN_LOCK_HOLD_MS - 100);
      expect(lines.some((line) => line.job === job && line.skipped === 'lock held')).toBe(true);
    }
  });

  it('what DATABASE_DIRECT_URL prevents: a LISTEN sent through the transaction pooler never hears the NOTIFY', async () => {
    const viaPooler = await connected(pooled);
    const direct = await connected(database.url);
    const notifier = await connected(database.url);
    const heard = { viaPooler: [] as string[], direct: [] as string[] };
    viaPooler.on('notification', (message: Notification) => heard.viaPooler.push(message.payload ?? ''));
    direct.on('notification', (message: Notification) => heard.direct.push(message.payload ?? ''));
    viaPooler.on('error', () => undefined); // PgBouncer may close it on the stray notification
    try {
      // PgBouncer accepts the LISTEN: it runs on whatever server connection the pooler lends for
      // that one transaction, which goes back to the pool at once. The session that listens is no
      // longer this client's. The NOTIFY then reaches a server connection no client holds, and
      // PgBouncer drops it ("got packet 'A' from server when not linked").
      await viaPooler.query('LISTEN pooler_demo');
      await direct.query('LISTEN pooler_demo');
      await notifier.query("SELECT pg_notify('pooler_demo', 'revoked')");
      await until(() => heard.direct.length > 0, 1_000, 'the direct listener hears it');
      await sleep(1_000);
      expect(heard).toEqual({ viaPooler: [], direct: ['revoked'] });
    } finally {
      await Promise.all([viaPooler.end().catch(() => undefined), direct.end(), notifier.end()]);
    }
  });

  it(
    'without DATABASE_DIRECT_URL the feed listens through the pooler: a logout on one instance is still accepted on the other',
    async () => {
      // DATABASE_STATEMENT_TIMEOUT_MS=0: otherwise PgBouncer refuses the pool's connections outright
      // (unsupported startup parameter: statement_timeout) and nothing would start at all.
      const env = { DATABASE_URL: pooled, JWT_SECRET: TEST_JWT_SECRET, DATABASE_STATEMENT_TIMEOUT_MS: '0' };
      const [c, d] = await Promise.all([startApp(env, { timeoutMs: START_TIMEOUT_MS }), startApp(env, { timeoutMs: START_TIMEOUT_MS })]);
      try {
        const session = await signUp(c);
        expect((await d.request('/users/me', bearer(session.access))).status).toBe(200); // cached on d
        expect((await c.request('/auth/logout', json('POST', {}, session.access))).status).toBe(204);
        await sleep(1_500);
        // The revoked token still works on d: the NOTIFY went to a pooled server connection nobody reads.
        expect((await d.request('/users/me', bearer(session.access))).status).toBe(200);
        expect((await c.request('/users/me', bearer(session.access))).status).toBe(401);
      } finally {
        await Promise.all([c.stop(), d.stop()]);
      }
    },
    START_TIMEOUT_MS + 30_000,
  );

  it('manage-db (migrations, locking clean-ups) goes over DATABASE_DIRECT_URL: it works with DATABASE_URL pointing nowhere', async () => {
    const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere', DATABASE_DIRECT_URL: database.url };
    const migrations = await runManageDb(['create-tables'], env);
    expect(migrations).toEqual({ code: 0, stdout: expect.stringMatching(/is already up to date/), stderr: '' });
    const cleanup = await runManageDb(['cleanup-logs', '--days', '30', '--json'], env);
    expect(cleanup.code).toBe(0);
    expect(JSON.parse(cleanup.stdout)).toEqual({ days: 30, deleted: expect.any(Number) });
  });
});
