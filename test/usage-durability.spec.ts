import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  migrate,
  queryDatabase,
  signUp,
  sleep,
  startApp,
  TEST_JWT_SECRET,
  until,
  type Session,
  type TestApp,
  type TestDatabase,
} from './support';
import { TcpProxy, throughProxy } from './support/tcp-proxy';
import { SERVE_THROUGH_OUTAGE } from './support/usage-logs';

/**
 * Usage records answered during a database outage survive every way the process can end: the
 * shutdown timer, a second signal, SIGKILL. Each test answers requests while the database is cut
 * off, ends the process, restores the database and starts again on the same spool directory: the
 * rows in usage_logs must then be every answered request.
 */
describeWithPostgres('usage records survive every exit during a database outage', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  const spoolDirs: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    proxy = await TcpProxy.forDatabase(database.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await database?.drop();
    for (const dir of spoolDirs) rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => proxy.restore());

  function environment(extra: Record<string, string>): Record<string, string> {
    const spool = mkdtempSync(join(tmpdir(), 'aet-durability-'));
    spoolDirs.push(spool);
    return {
      JWT_SECRET: TEST_JWT_SECRET,
      USAGE_SPOOL_DIR: spool,
      DATABASE_URL: throughProxy(database.url, proxy),
      ...SERVE_THROUGH_OUTAGE,
      ...extra,
    };
  }

  async function rows(userId: string): Promise<number> {
    const result = await queryDatabase(database.url, 'SELECT COUNT(*)::int AS n FROM usage_logs WHERE user_id = $1', [userId]);
    return result[0].n as number;
  }

  /** Signs up, asks once (the user is then cached), cuts the database, answers `count` requests. */
  async function answerDuringOutage(app: TestApp, count: number): Promise<{ session: Session; answered: number }> {
    const session = await signUp(app);
    expect((await app.request('/users/me', bearer(session.access))).status).toBe(200);
    proxy.cut();
    let answered = 0;
    for (let i = 0; i < count; i++) {
      if ((await app.request('/users/me', bearer(session.access))).status === 200) answered++;
    }
    expect(answered).toBe(count);
    return { session, answered: answered + 1 };
  }

  /** The database back, a new process on the same spool: every answered request must be a row. */
  async function expectAllReplayed(env: Record<string, string>, session: Session, answered: number): Promise<void> {
    proxy.restore();
    const next = await startApp({ ...env, DATABASE_URL: database.url });
    try {
      await until(async () => (await rows(session.userId)) >= answered, 15_000, `${answered} usage rows`).catch(() => undefined);
      await sleep(300);
      expect(await rows(session.userId)).toBe(answered);
    } finally {
      await next.stop();
    }
  }

  /** A request whose body never finishes: the drain cannot end while it is open. */
  function holdRequestOpen(app: TestApp): () => void {
    const held = httpRequest(`${app.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '1000' },
    });
    held.on('error', () => undefined);
    held.write('{"email":');
    return () => held.destroy();
  }

  /**
   * Answers requests during an outage with nothing written or spooled yet (no tick, no full batch
   * before the exit), holds one request open so the drain cannot finish, then lets `end` stop the
   * process; every answered request must come back from the spool.
   */
  async function endWithRequestHeldOpen(shutdownTimeoutMs: number, end: (app: TestApp) => Promise<void>): Promise<TestApp> {
    const env = environment({ USAGE_FLUSH_INTERVAL_MS: '60000', USAGE_BATCH_SIZE: '10000', SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs) });
    const app = await startApp(env);
    let release = () => undefined as void;
    let outcome: { session: Session; answered: number };
    try {
      outcome = await answerDuringOutage(app, 40);
      release = holdRequestOpen(app);
      await sleep(200);
      await end(app);
    } finally {
      release();
      await app.stop('SIGKILL');
    }
    await expectAllReplayed(env, outcome.session, outcome.answered);
    return app;
  }

  it('spools the queue when the shutdown timer gives up on a request that never finishes', async () => {
    const app = await endWithRequestHeldOpen(1_000, async (running) => {
      running.process.kill('SIGTERM');
      expect(await running.exited).toBe(1);
    });
    expect(app.logs.some((entry) => /Still busy after 1000 ms: exiting anyway/.test(String(entry.msg)))).toBe(true);
  });

  it('spools the queue when a second signal cuts the drain short', async () => {
    await endWithRequestHeldOpen(60_000, async (running) => {
      running.process.kill('SIGTERM');
      await sleep(500);
      const second = Date.now();
      running.process.kill('SIGINT');
      expect(await Promise.race([running.exited, sleep(10_000).then(() => 'still running')])).toBe(1);
      expect(Date.now() - second).toBeLessThan(5_000);
    });
  });

  it.each(['exception', 'rejection'])(
    'spools the queue when an uncaught exception or unhandled rejection (%s) ends the process',
    async (fault) => {
      const env = environment({
        USAGE_FLUSH_INTERVAL_MS: '60000',
        USAGE_BATCH_SIZE: '10000',
        NODE_OPTIONS: `--require ${join(__dirname, 'fixtures', 'raise-on-sigusr2.cjs')}`,
        TEST_FAULT: fault,
      });
      const app = await startApp(env);
      let outcome: { session: Session; answered: number };
      try {
        outcome = await answerDuringOutage(app, 40);
        app.process.kill('SIGUSR2');
        expect(await Promise.race([app.exited, sleep(10_000).then(() => 'still running')])).toBe(1);
      } finally {
        await app.stop('SIGKILL');
      }
      await expectAllReplayed(env, outcome.session, outcome.answered);
    },
  );

  it('keeps what was answered before the last flush interval through a SIGKILL', async () => {
    const env = environment({ USAGE_FLUSH_INTERVAL_MS: '200' });
    const app = await startApp(env);
    let outcome: { session: Session; answered: number };
    try {
      outcome = await answerDuringOutage(app, 60);
      // Every request finished: a few ticks later all of them are on disk.
      await sleep(1_000);
      app.process.kill('SIGKILL');
      await app.exited;
    } finally {
      await app.stop('SIGKILL');
    }
    await expectAllReplayed(env, outcome.session, outcome.answered);
  });
});
