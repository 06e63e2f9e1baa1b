import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  json,
  migrate,
  queryDatabase,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  until,
  type Session,
  type TestApp,
  type TestDatabase,
} from './support';
import { runManageDb } from './support/manage-db-cli';
import { startReplica, type StreamingReplica } from './support/replica';

/**
 * The replica's log as statements: `<application_name> LOG:  statement: …` or `… execute <unnamed>: …`,
 * a multi-line statement's lines (tab-indented) joined to it, from `offset` on.
 */
async function allStatements(replica: StreamingReplica, offset = 0): Promise<string[]> {
  const entries: string[] = [];
  for (const line of (await replica.log()).slice(offset).split('\n')) {
    if (line.startsWith('\t') && entries.length > 0) entries[entries.length - 1] += ` ${line.trim()}`;
    else entries.push(line);
  }
  // The test's own probes (application_name aet-test) are not the app's.
  return entries.filter((entry) => /\bLOG: {2}(statement|execute [^:]*):/.test(entry) && !entry.startsWith('aet-test '));
}

/** The statements the app's replica sessions ran (application_name ai-error-translator-replica). */
async function replicaStatements(replica: StreamingReplica, offset = 0): Promise<string[]> {
  return (await allStatements(replica, offset)).filter((entry) => entry.startsWith('ai-error-translator-replica '));
}

async function readiness(app: TestApp) {
  const started = Date.now();
  const response = await app.request('/health/ready');
  return { ...response, ms: Date.now() - started };
}

/**
 * A real streaming replica of the local PostgreSQL (pg_basebackup -R, hot standby on its own port,
 * every statement logged with its application_name), and the real app over HTTP pointed at both.
 */
describeWithPostgres('read replicas (a real streaming replica)', () => {
  let replica: StreamingReplica;
  let database: TestDatabase;
  let app: TestApp;
  let session: Session;

  beforeAll(async () => {
    replica = await startReplica();
    database = await createTestDatabase();
    await migrate(database.url);
    // The database was created and migrated on the primary after the base backup: streaming brings it over.
    await replica.caughtUp();
    app = await startApp({
      DATABASE_URL: database.url,
      DATABASE_REPLICA_URLS: replica.url(database.name),
      DATABASE_REPLICA_CHECK_INTERVAL_MS: '200',
      DATABASE_REPLICA_MAX_LAG_MS: '1000',
      JWT_SECRET: TEST_JWT_SECRET,
      USAGE_FLUSH_INTERVAL_MS: '100',
    });
    await until(async () => (await app.request('/health/ready')).body?.details?.replicas?.status === 'up', 10_000, 'replica reported up');
    session = await signUp(app);
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await replica?.remove();
    await database?.drop();
  });

  it('replicates a database created on the primary after the base backup, schema and all', async () => {
    const onReplica = await replica.query('SELECT 1 FROM pg_database WHERE datname = $1', [database.name]);
    expect(onReplica).toHaveLength(1);
    const [primary] = await queryDatabase(database.url, 'SELECT count(*)::int AS n FROM migrations');
    const [copy] = await queryDatabase(replica.url(database.name), 'SELECT count(*)::int AS n, pg_is_in_recovery() AS standby FROM migrations');
    expect(copy).toEqual({ n: primary.n, standby: true });
  });

  it('reports the replica in /health/ready with its lag', async () => {
    const ready = await readiness(app);
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ok');
    expect(ready.body.details.replicas).toEqual({
      status: 'up',
      replicas: [{ name: 'replica 1', state: 'up', lag_ms: expect.any(Number) }],
    });
  });

  it('reads usage analytics and the dashboard history on the replica; writes and own-write reads stay on the primary', async () => {
    const offset = (await replica.log()).length;
    for (let i = 0; i < 3; i++) {
      const translated = await app.request(
        '/translate',
        json('POST', { error: "ModuleNotFoundError: No module named 'requests'" }, session.access),
      );
      expect(translated.status).toBe(200);
    }
    await until(
      async () =>
        (
          await queryDatabase(database.url, 'SELECT count(*)::int AS n FROM usage_logs WHERE user_id = $1 AND endpoint = $2', [
            session.userId,
            '/translate',
          ])
        )[0].n === 3,
      10_000,
      'usage rows written on the primary',
    );
    await replica.caughtUp();
    // The app's view comes from its background check: wait for one made after the replay.
    await until(
      async () => (await app.request('/health/ready')).body?.details?.replicas?.replicas?.[0]?.lag_ms === 0,
      10_000,
      'replica seen caught up',
    );

    const usage = await app.request('/users/me/usage?days=7', bearer(session.access));
    expect(usage.status).toBe(200);
    // What the replica answered is what the primary holds: the translate requests replicated.
    expect(usage.body.by_endpoint).toEqual(
      expect.arrayContaining([expect.objectContaining({ endpoint: '/translate', method: 'POST', requests: 3 })]),
    );
    const dashboard = await app.request('/users/me/dashboard', bearer(session.access));
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.requests.today).toBeGreaterThanOrEqual(3);

    const seen = await replicaStatements(replica, offset);
    expect(seen.some((line) => line.includes('FROM usage_daily') && line.includes('latency_histogram'))).toBe(true); // GET /users/me/usage
    expect(seen.some((line) => line.includes('FROM usage_daily') && line.includes('on_last_day'))).toBe(true); // dashboard counts
    expect(seen.some((line) => line.includes('FROM usage_logs') && line.includes('status_code >= 400'))).toBe(true); // dashboard recent errors

    // Nothing but those reads and the lag check ever reaches the replica: no write, no login, no
    // quota count (the 429 must agree with what was just written), no user or key lookup.
    const statements = await allStatements(replica, offset);
    expect(statements.length).toBeGreaterThan(0);
    for (const line of statements) {
      expect(line).toMatch(/^ai-error-translator-replica /);
      expect(line).not.toMatch(/\b(INSERT|UPDATE|DELETE|LISTEN|NOTIFY|pg_advisory|FROM "?users"?|FROM "?api_keys"?|requests - errors)\b/i);
    }
    expect(await replica.log().then((log) => log.slice(offset))).not.toMatch(/cannot execute .* in a read-only transaction/);
  });

  it('runs manage-db stats on the replica, and says so on stderr', async () => {
    await replica.caughtUp();
    const offset = (await replica.log()).length;
    const result = await runManageDb(['stats', '--json'], { DATABASE_URL: database.url, DATABASE_REPLICA_URLS: replica.url(database.name) });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/reading from replica 127\.0\.0\.1:\d+\/\w+ \(\d+ ms behind the primary\)/);
    expect(JSON.parse(result.stdout)).toEqual(
      expect.objectContaining({ active_users: expect.any(Number), api_calls_last_24h: expect.any(Number) }),
    );
    expect((await replicaStatements(replica, offset)).some((line) => line.includes('FROM "usage_logs"'))).toBe(true);
  });

  it('skips a replica that falls too far behind (replay paused) and serves from the primary', async () => {
    await replica.query('SELECT pg_wal_replay_pause()');
    try {
      // Writes on the primary that the paused replica receives but does not replay.
      await until(
        async () => {
          await queryDatabase(database.url, 'CREATE TABLE IF NOT EXISTS lag_probe (at timestamptz); INSERT INTO lag_probe VALUES (now())');
          const ready = await app.request('/health/ready');
          return ready.body?.details?.replicas?.replicas?.[0]?.state === 'lagging' ? ready : false;
        },
        15_000,
        'replica reported lagging',
      ).then((ready) => {
        expect(ready.status).toBe(200);
        expect(ready.body.status).toBe('degraded');
        expect(ready.body.details.replicas.message).toMatch(
          /replica 1 lagging \(\d+ ms behind the primary \(DATABASE_REPLICA_MAX_LAG_MS=1000\)\); lag-tolerant reads use the primary/,
        );
      });
      const offset = (await replica.log()).length;
      const usage = await app.request('/users/me/usage?days=7', bearer(session.access));
      expect(usage.status).toBe(200);
      expect(usage.body.total_requests).toBeGreaterThanOrEqual(3);
      expect((await replicaStatements(replica, offset)).filter((line) => line.includes('FROM usage_daily'))).toEqual([]);
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()');
    }
    await until(
      async () => (await app.request('/health/ready')).body?.details?.replicas?.status === 'up',
      10_000,
      'replica up again after catching up',
    );
  });

  it('keeps answering from the primary, without a 5xx, when the replica dies; readiness stays 200 (degraded) and fast', async () => {
    await replica.kill();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await app.request('/users/me/usage?days=30', bearer(session.access))).status);
      statuses.push((await app.request('/users/me/dashboard', bearer(session.access))).status);
    }
    expect(statuses).toEqual(Array(10).fill(200));
    const ready = await until(
      async () => {
        const probe = await readiness(app);
        return probe.body?.details?.replicas?.status === 'degraded' ? probe : false;
      },
      10_000,
      'replica reported down',
    );
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('degraded');
    expect(ready.body.details.replicas.replicas[0]).toEqual(expect.objectContaining({ state: 'down', lag_ms: null }));
    // The message is public: the replica's address is redacted.
    expect(JSON.stringify(ready.body)).not.toMatch(/127\.0\.0\.1/);
    // Reported from the background check's last result: a dead replica costs readiness nothing.
    expect(ready.ms).toBeLessThan(500);

    const cli = await runManageDb(['stats', '--json'], { DATABASE_URL: database.url, DATABASE_REPLICA_URLS: replica.url(database.name) });
    expect(cli.code).toBe(0);
    expect(cli.stderr).toMatch(/skipping replica .*; reading from the primary|no replica serves; reading from the primary/s);
  });
});
