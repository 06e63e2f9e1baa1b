import { createTestDatabase, describeWithPostgres, migrate, startApp, type TestDatabase } from './support';
import { TcpProxy, throughProxy } from './support/tcp-proxy';

describeWithPostgres('graceful shutdown on SIGTERM', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    proxy = await TcpProxy.forDatabase(database.url);
  });
  afterAll(async () => {
    await proxy.stop();
    await database.drop();
  });

  it('lets in-flight requests finish against the open pool, refuses new ones, then exits 0', async () => {
    const app = await startApp({ DATABASE_URL: throughProxy(database.url, proxy) });
    proxy.latencyMs = 300; // each readiness check now takes several round trips of 300 ms
    const started = Date.now();
    const inFlight = app.request('/health/ready');
    await new Promise((resolve) => setTimeout(resolve, 150));
    app.process.kill('SIGTERM');

    // The check started before the signal runs to completion against the still-open pool; it
    // then reports "shutting down" so that a load balancer stops sending traffic here.
    const response = await inFlight;
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(response.status).toBe(503);
    expect(response.body.detail).toBe('Not ready: shutting down');
    expect(response.body.checks.database.status).toBe('up');
    expect(response.body.checks.migrations.status).toBe('up');

    const code = await app.exited;
    expect(code).toBe(0);
    await expect(fetch(`${app.baseUrl}/health/live`)).rejects.toThrow();
    expect(app.logs.some((entry) => /SIGTERM received: draining in-flight requests/.test(String(entry.msg)))).toBe(true);
    proxy.latencyMs = 0;
  });

  it('gives up after SHUTDOWN_TIMEOUT_MS when a request never finishes, and says so', async () => {
    const app = await startApp({ DATABASE_URL: throughProxy(database.url, proxy), SHUTDOWN_TIMEOUT_MS: '500', HEALTH_DB_TIMEOUT_MS: '60000' });
    proxy.latencyMs = 5_000;
    const inFlight = app.request('/health/ready').catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const killedAt = Date.now();
    app.process.kill('SIGTERM');
    expect(await app.exited).toBe(1);
    expect(Date.now() - killedAt).toBeLessThan(3_000);
    expect(app.logs.some((entry) => /Still busy after 500 ms: exiting anyway/.test(String(entry.msg)))).toBe(true);
    await inFlight;
    proxy.latencyMs = 0;
  });
});
