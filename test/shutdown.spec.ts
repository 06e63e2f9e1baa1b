import { Agent, request as httpRequest } from 'node:http';
import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  migrate,
  signUp,
  sleep,
  startApp,
  TEST_JWT_SECRET,
  type TestApp,
  type TestDatabase,
} from './support';
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
    // The migrations check alone takes several round trips of 300 ms: its time limit must not be what
    // answers (it failed once in CI at the default 1 s on a slow machine).
    const app = await startApp({ DATABASE_URL: throughProxy(database.url, proxy), HEALTH_DB_TIMEOUT_MS: '5000' });
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

  it('answers every request that arrives on a keep-alive connection during the drain: no resets', async () => {
    const app = await startApp({ DATABASE_URL: database.url });
    const outcome = await loadWhileStopping(app, 20, 400);
    expect(await app.exited).toBe(0);
    expect(outcome.answered).toBeGreaterThan(40);
    expect(outcome.serverErrors).toBe(0);
    // Refused connections are fine (the request was never sent); a reset of a sent request is not.
    expect(outcome.errors.filter((code) => code !== 'ECONNREFUSED')).toEqual([]);
  });

  it('with SHUTDOWN_DELAY_MS, reports unready but keeps serving for that long, then exits 0', async () => {
    const app = await startApp({ DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, SHUTDOWN_DELAY_MS: '1500' });
    const session = await signUp(app);
    const signalled = Date.now();
    app.process.kill('SIGTERM');
    await sleep(200);
    const ready = await app.request('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.detail).toBe('Not ready: shutting down');
    const me = await app.request('/users/me', bearer(session.access));
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(session.userId);
    const code = await app.exited;
    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(1_400);
    expect(app.logs.some((entry) => /SIGTERM received: not ready, still serving for 1500 ms/.test(String(entry.msg)))).toBe(true);
  });
});

/**
 * `connections` keep-alive connections each send GET /health/live in a loop; SIGTERM after
 * `afterMs`. Each loop stops at its first error (a refused connection ends it: the server is gone).
 */
async function loadWhileStopping(
  app: TestApp,
  connections: number,
  afterMs: number,
): Promise<{ answered: number; serverErrors: number; errors: string[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const errors: string[] = [];
  let answered = 0;
  let serverErrors = 0;
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const request = httpRequest(`${app.baseUrl}/health/live`, { agent }, (response) => {
        response.resume();
        response.on('end', () => {
          answered++;
          if ((response.statusCode ?? 0) >= 500) serverErrors++;
          resolve();
        });
      });
      request.on('error', reject);
      request.end();
    });
  const loop = async () => {
    for (;;) {
      try {
        await once();
      } catch (error) {
        errors.push((error as NodeJS.ErrnoException).code ?? (error as Error).message);
        return;
      }
    }
  };
  const loops = Array.from({ length: connections }, loop);
  await sleep(afterMs);
  app.process.kill('SIGTERM');
  await Promise.all(loops);
  agent.destroy();
  return { answered, serverErrors, errors };
}
