import { createTestDatabase, describeWithPostgres, migrate, startApp, until, type TestApp, type TestDatabase } from './support';
import { TcpProxy, throughProxy } from './support/tcp-proxy';

const BURST = 50;
const CACHE_MS = 1_000;
const TIMEOUT_MS = 500;

/** Readiness pings the app sent to PostgreSQL, as its SQL log (DATABASE_ECHO) saw them leave. */
function pingsSince(app: TestApp, mark: number): number {
  return app.logs.slice(mark).filter((entry) => entry.context === 'SQL' && entry.msg === 'query' && entry.query === 'SELECT 1').length;
}

async function burst(app: TestApp): Promise<{ statuses: number[]; pings: number }> {
  const mark = app.logs.length;
  const responses = await Promise.all(Array.from({ length: BURST }, () => app.request('/health/ready')));
  await new Promise((resolve) => setTimeout(resolve, 100)); // the last log lines reach us
  return { statuses: responses.map((response) => response.status), pings: pingsSince(app, mark) };
}

describeWithPostgres('readiness under a burst of probes', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  /** Through the proxy, so the database can be taken away. */
  let cached: TestApp;
  /** HEALTH_READY_CACHE_MS=0: shows the counting sees every ping when nothing is shared. */
  let uncached: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    proxy = await TcpProxy.forDatabase(database.url);
    const env = { DATABASE_ECHO: 'true', HEALTH_DB_TIMEOUT_MS: String(TIMEOUT_MS) };
    [cached, uncached] = await Promise.all([
      startApp({ ...env, DATABASE_URL: throughProxy(database.url, proxy), HEALTH_READY_CACHE_MS: String(CACHE_MS) }),
      // Unshared, 50 pings queue for the pool; a loaded machine must not turn that wait into a 503 here.
      startApp({ ...env, DATABASE_URL: database.url, HEALTH_READY_CACHE_MS: '0', HEALTH_DB_TIMEOUT_MS: '10000' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([cached?.stop(), uncached?.stop()]);
    await proxy?.stop();
    await database?.drop();
  });

  it(`answers ${BURST} concurrent probes 200 with one database ping, not one each`, async () => {
    expect((await cached.request('/health/ready')).status).toBe(200); // migrations status cached too
    await new Promise((resolve) => setTimeout(resolve, CACHE_MS + 100)); // the burst must ping afresh

    const { statuses, pings } = await burst(cached);
    expect(statuses).toEqual(Array(BURST).fill(200));
    // One shared ping; a second only if the burst outlasted the cache.
    expect(pings).toBeGreaterThanOrEqual(1);
    expect(pings).toBeLessThanOrEqual(2);
  });

  it('counts every ping when sharing is turned off (the count above is real)', async () => {
    const { statuses, pings } = await burst(uncached);
    expect(statuses).toEqual(Array(BURST).fill(200));
    expect(pings).toBe(BURST);
  });

  it('turns 503 naming the database within cache time + timeout once the database goes away, and recovers', async () => {
    expect((await cached.request('/health/ready')).status).toBe(200);
    proxy.cut();
    const started = Date.now();
    try {
      const down = await until(
        async () => {
          const response = await cached.request('/health/ready');
          return response.status === 503 ? response : false;
        },
        CACHE_MS + TIMEOUT_MS + 1_000,
        'readiness 503',
      );
      expect(Date.now() - started).toBeLessThanOrEqual(CACHE_MS + TIMEOUT_MS + 500);
      expect(down.body.detail).toMatch(/^Not ready: database/);
      expect(down.body.checks.database.status).toBe('down');
      expect((await cached.request('/health/live')).status).toBe(200);
    } finally {
      proxy.restore();
    }
    await until(async () => (await cached.request('/health/ready')).status === 200, CACHE_MS + 5_000, 'readiness 200 again');
  });
});
