import { createTestDatabase, describeWithPostgres, migrate, PROBLEMS, sleep, startApp, until, type TestApp, type TestDatabase } from './support';
import { TcpProxy, throughProxy } from './support/tcp-proxy';

/** Before this, the process gave up and exited after about 9 s of unreachable database. */
const OLD_GIVE_UP_MS = 9_000;

describeWithPostgres('a database that is down at start', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    proxy = await TcpProxy.forDatabase(database.url);
    proxy.cut();
    app = await startApp({ DATABASE_URL: throughProxy(database.url, proxy) });
  });
  afterAll(async () => {
    await app.stop();
    await proxy.stop();
    await database.drop();
  });

  it('is live and not ready, naming the database but not where it is, and refuses other routes with 503', async () => {
    expect((await app.request('/health/live')).status).toBe(200);
    const ready = await app.request('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toContain('application/problem+json');
    expect(ready.body).toMatchObject({ type: `${PROBLEMS}service-unavailable`, status: 503 });
    expect(ready.body.detail).toMatch(/database/);
    expect(ready.text).not.toContain(String(proxy.port));
    expect(ready.text).not.toContain('127.0.0.1');
    const login = await app.request('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(login.status).toBe(503);
    expect(login.headers.get('retry-after')).toBe('5');
  });

  it('keeps waiting rather than exiting, and becomes ready by itself once the database appears', async () => {
    await sleep(OLD_GIVE_UP_MS + 2_000);
    expect(app.process.exitCode).toBeNull();
    expect((await app.request('/health/live')).status).toBe(200);
    proxy.restore();
    await until(async () => (await app.request('/health/ready').catch(() => ({ status: 0 }))).status === 200, 20_000);
    const signUp = await app.request('/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'late-database@example.com', password: 'Correct-Horse-9', full_name: 'Late' }),
    });
    expect(signUp.status).toBe(201);
  }, 45_000);
});

describeWithPostgres('SIGTERM while waiting for the database', () => {
  it('exits 0 at once', async () => {
    const proxy = await TcpProxy.forDatabase('postgres://postgres@127.0.0.1:5432/postgres');
    proxy.cut();
    const app = await startApp({ DATABASE_URL: throughProxy('postgres://postgres@127.0.0.1:5432/postgres', proxy) });
    try {
      const started = Date.now();
      expect(await app.stop()).toBe(0);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await proxy.stop();
    }
  });
});
