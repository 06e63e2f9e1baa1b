import { TcpProxy, throughProxy } from './support/tcp-proxy';
import { adminQuery, createTestDatabase, describeWithPostgres, migrate, startApp, type TestApp, type TestDatabase } from './support';

async function appConnections(database: string): Promise<number> {
  const [row] = (await adminQuery(
    `SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'ai-error-translator'`,
    [database],
  )) as Array<{ n: number }>;
  return row.n;
}

describeWithPostgres('the database connection pool', () => {
  let database: TestDatabase;
  let app: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    // A slow link makes every query hold its connection, so the load below surely fills the pool.
    proxy = await TcpProxy.forDatabase(database.url);
    app = await startApp({
      DATABASE_URL: throughProxy(database.url, proxy),
      DATABASE_POOL_SIZE: '2',
      DATABASE_MAX_OVERFLOW: '2',
      DATABASE_IDLE_TIMEOUT_MS: '1000',
      HEALTH_DB_TIMEOUT_MS: '10000',
      // Readiness probes are the load here: each must take its own connection, not share one ping.
      HEALTH_READY_CACHE_MS: '0',
    });
  });
  afterAll(async () => {
    await app.stop();
    await proxy.stop();
    await database.drop();
  });

  it('opens at most POOL_SIZE + MAX_OVERFLOW connections under load and closes the extra ones when idle', async () => {
    proxy.latencyMs = 30;
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.request('/health/ready')));
    proxy.latencyMs = 0;
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(await appConnections(database.name)).toBe(4);

    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await appConnections(database.name)).toBe(2);
  });

  it('replaces connections the server terminated without failing the next request', async () => {
    await Promise.all(Array.from({ length: 10 }, () => app.request('/health/ready')));
    const killed = await adminQuery(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'ai-error-translator'`,
      [database.name],
    );
    expect(killed.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const responses = await Promise.all(Array.from({ length: 5 }, () => app.request('/health/ready')));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
  });
});

describe('SQL logging', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
  });
  afterAll(async () => database.drop());

  it.each([
    [{ DATABASE_ECHO: 'true' }, true],
    [{ LOG_LEVEL: 'debug' }, true],
    [{}, false],
  ])('with %j logs statements: %s', async (env, expected) => {
    const app = await startApp({ DATABASE_URL: database.url, ...env });
    try {
      expect((await app.request('/health/ready')).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const queries = app.logs.filter((entry) => entry.context === 'SQL' && entry.msg === 'query');
      expect(queries.length > 0).toBe(expected);
      if (expected) expect(queries.map((entry) => entry.query)).toContain('SELECT 1');
    } finally {
      await app.stop();
    }
  });
});
