import {
  bearer,
  describeWithPostgres,
  GOOD_PASSWORD,
  login,
  PROBLEMS,
  register,
  signUp,
  uniqueEmail,
  until,
  type Session,
  type TestApp,
  type TestResponse,
} from './support';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { childEnv } from './support/test-app';
import { startProxiedPair, type ProxiedPair } from './support/proxied-pair';
import { throughProxy, type TcpProxy } from './support/tcp-proxy';

const MANAGE_DB_JS = join(__dirname, '..', 'dist', 'src', 'cli', 'manage-db.js');

/** The database-bound requests a client makes, each with a fresh user so no cache can answer. */
function databaseBoundRequests(app: TestApp, known: Session, uncached: Session): Array<[string, () => Promise<TestResponse>]> {
  return [
    ['login', () => login(app, known.email)],
    ['sign-up', () => register(app, uniqueEmail('outage'), GOOD_PASSWORD)],
    ['usage', () => app.request('/users/me/usage', bearer(known.access))],
    ['dashboard', () => app.request('/users/me/dashboard', bearer(known.access))],
    ['JWT, uncached user', () => app.request('/users/me', bearer(uncached.access))],
  ];
}

function expectUnavailable(name: string, response: TestResponse): void {
  expect({ name, status: response.status, type: response.body?.type }).toEqual({
    name,
    status: 503,
    type: `${PROBLEMS}service-unavailable`,
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(response.text).not.toMatch(/ECONNREFUSED|Connection terminated|at .*\.js:\d+/);
}

const logText = (app: TestApp) => app.logs.map((entry) => JSON.stringify(entry));

describeWithPostgres('when PostgreSQL is unavailable', () => {
  let pair: ProxiedPair;
  let proxy: TcpProxy;
  let app: TestApp;
  /** A second instance on the same database, never cut: it creates the users. */
  let helper: TestApp;

  beforeAll(async () => {
    pair = await startProxiedPair();
    ({ proxy, proxied: app, direct: helper } = pair);
  });
  afterAll(async () => pair.stop());

  it('answers 503 problems with Retry-After while it refuses connections, logs the outage once, and recovers', async () => {
    const known = await signUp(helper);
    const uncached = await signUp(helper);
    expect((await app.request('/users/me', bearer(known.access))).status).toBe(200);
    const logsBefore = app.logs.length;

    proxy.cut();
    try {
      for (let round = 0; round < 3; round += 1) {
        for (const [name, request] of databaseBoundRequests(app, known, uncached)) expectUnavailable(name, await request());
      }
      const outageLogs = app.logs.slice(logsBefore);
      // The outage itself, once (the usage recorder may say on its own line that it spooled).
      expect(outageLogs.filter((entry) => entry.context === 'Database' && /database unavailable/i.test(String(entry.msg)))).toHaveLength(1);
      expect(outageLogs.map((entry) => JSON.stringify(entry)).filter((line) => /Unhandled error|"stack"|query failed/.test(line))).toEqual([]);
    } finally {
      proxy.restore();
    }
    await until(async () => (await login(app, known.email)).status === 200, 10_000, 'login after the database is back');
    for (const [name, request] of databaseBoundRequests(app, known, uncached)) {
      const response = await request();
      expect({ name, ok: response.status < 300 }).toEqual({ name, ok: true });
    }
    await until(() => logText(app).some((line) => /database available again/.test(line)), 5_000, 'recovery logged');
  });

  it('answers 503 within about the timeout, instead of hanging, while it stops answering', async () => {
    const known = await signUp(helper);
    proxy.stall(); // every byte held, nothing closed: a hung server or a black-holed network
    try {
      const started = Date.now();
      const responses = await Promise.all(
        databaseBoundRequests(app, known, known).map(async ([name, request]) => [name, await request()] as const),
      );
      const elapsed = Date.now() - started;
      for (const [name, response] of responses) expectUnavailable(name, response);
      // Timeouts of 1 s (plus the client's 1 s grace); without them these would wait for ever.
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      proxy.resume();
    }
    await until(async () => (await login(app, known.email)).status === 200, 10_000, 'login after the database answers again');
  });

  it('gives the CLI no statement timeout: manage-db finishes although each answer takes longer than DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    proxy.latencyMs = 1_200; // the service's client would give up after 100 + 1000 ms
    try {
      const env = childEnv({ DATABASE_URL: throughProxy(pair.database.url, proxy), DATABASE_STATEMENT_TIMEOUT_MS: '100' });
      const { stdout } = await promisify(execFile)(process.execPath, [MANAGE_DB_JS, 'check'], { env, timeout: 50_000 });
      expect(stdout).toMatch(/^migrations: \d+ applied, 0 pending$/m);
    } finally {
      proxy.latencyMs = 0;
    }
  });
});
