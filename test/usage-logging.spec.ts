import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  bearer,
  childEnv,
  createTestDatabase,
  describeWithPostgres,
  json,
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
  type TestResponse,
} from './support';
import { TcpProxy, throughProxy } from './support/tcp-proxy';
import { SERVE_THROUGH_OUTAGE } from './support/usage-logs';

const MANAGE_DB_JS = join(__dirname, '..', 'dist', 'src', 'cli', 'manage-db.js');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const spoolDirs: string[] = [];

function newSpoolDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aet-usage-spool-'));
  spoolDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of spoolDirs) rmSync(dir, { recursive: true, force: true });
});

function countRows(database: TestDatabase, userId: string): Promise<number> {
  return queryDatabase(database.url, 'SELECT COUNT(*)::int AS n FROM usage_logs WHERE user_id = $1', [userId]).then(
    (rows) => rows[0].n as number,
  );
}

async function waitForRows(database: TestDatabase, userId: string, expected: number, limitMs = 10_000): Promise<void> {
  await until(async () => (await countRows(database, userId)) >= expected, limitMs, `${expected} usage rows`);
}

/** Sends `total` GET /users/me, `concurrency` at a time; `onAnswered(n)` runs after each answer. */
async function stream(
  app: TestApp,
  session: Session,
  total: number,
  concurrency: number,
  onAnswered: (answered: number) => Promise<void> | void = () => undefined,
): Promise<Array<number | null>> {
  const statuses: Array<number | null> = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const status = await app.request('/users/me', bearer(session.access)).then(
        (response) => response.status,
        () => null,
      );
      statuses.push(status);
      await onAnswered(statuses.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}

function spoolFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => !name.endsWith('.tmp'));
}

function replayedInLogs(app: TestApp): number {
  return app.logs.reduce((sum, entry) => sum + (typeof entry.replayed === 'number' ? entry.replayed : 0), 0);
}

describeWithPostgres('usage logging: what is recorded', () => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp({
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      TRUST_PROXY: 'true',
      USAGE_FLUSH_INTERVAL_MS: '50',
      USAGE_SPOOL_DIR: newSpoolDir(),
    });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('records each authenticated request: route pattern, method, status, client, timing, API key, problem', async () => {
    const session = await signUp(app);
    const before = Date.now();
    const agent = { 'user-agent': 'usage-spec/1.0', 'x-forwarded-for': '203.0.113.7' };
    const me = await app.request('/users/me', { headers: { ...agent, authorization: `Bearer ${session.access}` } });
    expect(me.status).toBe(200);
    const malformed = await app.request('/users/me/api-keys/not-a-uuid', json('DELETE', undefined, session.access));
    expect(malformed.status).toBe(400);
    const unknown = await app.request('/users/me/api-keys/00000000-0000-4000-8000-000000000000', json('DELETE', undefined, session.access));
    expect(unknown.status).toBe(404);
    const created = await app.request('/users/me/api-keys', json('POST', { name: 'usage' }, session.access));
    expect(created.status).toBe(201);
    const viaKey = { 'x-api-key': created.body.key as string, 'content-type': 'application/json' };
    const translated = await app.request('/translate', { method: 'POST', headers: viaKey, body: JSON.stringify({ error: 'KeyError: 1' }) });
    expect(translated.status).toBe(200);
    const invalid = await app.request('/translate', { method: 'POST', headers: viaKey, body: JSON.stringify({}) });
    expect(invalid.status).toBe(400);
    const longAgent = await app.request('/users/me', {
      headers: { authorization: `Bearer ${session.access}`, 'user-agent': 'A'.repeat(2_000) },
    });
    expect(longAgent.status).toBe(200);

    // Not recorded: no principal (401), probes and docs even with a valid token.
    expect((await app.request('/users/me')).status).toBe(401);
    expect((await app.request('/users/me', bearer('not-a-token'))).status).toBe(401);
    expect((await app.request('/health/live', bearer(session.access))).status).toBe(200);
    expect((await app.request('/health/ready', bearer(session.access))).status).toBe(200);
    expect((await app.request('/docs-json', bearer(session.access))).status).toBe(200);

    await waitForRows(database, session.userId, 7);
    await sleep(200); // anything wrongly recorded would have arrived by now
    const rows = await queryDatabase(
      database.url,
      `SELECT id, api_key_id, endpoint, method, status_code, ip_address, user_agent, response_time_ms,
              error_type, error_message, created_at FROM usage_logs WHERE user_id = $1 ORDER BY created_at, status_code`,
      [session.userId],
    );
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(row.id).toMatch(UUID);
      expect(Number.isInteger(row.response_time_ms) && row.response_time_ms >= 0).toBe(true);
      expect(new Date(row.created_at).getTime()).toBeGreaterThanOrEqual(before - 1_000);
      expect(new Date(row.created_at).getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    }
    const keyId = created.body.id as string;
    const summary = rows.map((row) => [row.method, row.endpoint, row.status_code, row.api_key_id, row.error_type, row.error_message]);
    expect(summary).toEqual([
      ['GET', '/users/me', 200, null, null, null],
      ['DELETE', '/users/me/api-keys/:key_id', 400, null, 'validation-error', malformed.body.detail],
      ['DELETE', '/users/me/api-keys/:key_id', 404, null, 'not-found', unknown.body.detail],
      ['POST', '/users/me/api-keys', 201, null, null, null],
      ['POST', '/translate', 200, keyId, null, null],
      ['POST', '/translate', 400, keyId, 'validation-error', invalid.body.detail],
      ['GET', '/users/me', 200, null, null, null],
    ]);
    // Ids are UUIDv7, ordered as the requests were answered (new rows go to the index's right edge).
    expect(rows.every((row) => (row.id as string)[14] === '7')).toBe(true);
    expect([...rows].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(rows);
    // TRUST_PROXY: the client address is X-Forwarded-For's; the user agent is kept, long ones cut.
    expect(rows[0].ip_address).toBe('203.0.113.7');
    expect(rows[0].user_agent).toBe('usage-spec/1.0');
    expect(rows[6].ip_address).toBe('127.0.0.1');
    expect(rows[6].user_agent).toBe('A'.repeat(512));
  });

  it('records nothing with USAGE_LOGGING=false', async () => {
    const off = await startApp({
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      USAGE_LOGGING: 'false',
      USAGE_FLUSH_INTERVAL_MS: '50',
      USAGE_SPOOL_DIR: newSpoolDir(),
    });
    try {
      const session = await signUp(off);
      for (let i = 0; i < 5; i++) expect((await off.request('/users/me', bearer(session.access))).status).toBe(200);
      // The same user through the logging app is recorded: the database and the user are fine.
      expect((await app.request('/users/me', bearer(session.access))).status).toBe(200);
      await waitForRows(database, session.userId, 1);
      await sleep(300);
      expect(await countRows(database, session.userId)).toBe(1);
    } finally {
      expect(await off.stop()).toBe(0);
    }
  });
});

describeWithPostgres('usage logging: nothing lost, nothing twice', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    proxy = await TcpProxy.forDatabase(database.url);
  });
  afterAll(async () => {
    await proxy?.stop();
    await database?.drop();
  });

  it('keeps every record while the database is cut off mid-stream (spooling as writes fail) and writes each once', async () => {
    const spool = newSpoolDir();
    const app = await startApp({
      ...SERVE_THROUGH_OUTAGE,
      DATABASE_URL: throughProxy(database.url, proxy),
      JWT_SECRET: TEST_JWT_SECRET,
      USAGE_FLUSH_INTERVAL_MS: '50',
      USAGE_BATCH_SIZE: '10',
      USAGE_QUEUE_LIMIT: '40',
      USAGE_SPOOL_DIR: spool,
    });
    try {
      const session = await signUp(app);
      let spooledDuringOutage = 0;
      const statuses = await stream(app, session, 240, 4, async (answered) => {
        if (answered === 60) {
          // Answers from the database arrive late, then the connection dies: batches that were
          // written but never acknowledged are sent again and must not be written twice.
          proxy.latencyMs = 150;
          await sleep(100);
          proxy.cut();
          proxy.latencyMs = 0;
        }
        if (answered === 200) {
          spooledDuringOutage = spoolFiles(spool).length;
          proxy.restore();
        }
      });
      expect(statuses.filter((status) => status === 200)).toHaveLength(240);
      expect(spooledDuringOutage).toBeGreaterThan(0);
      await waitForRows(database, session.userId, 240, 15_000);
      await sleep(300);
      expect(await countRows(database, session.userId)).toBe(240);
      await until(async () => spoolFiles(spool).length === 0, 5_000, 'spool emptied');
      // Which path spools first is a race (a full queue or a failed write): either must say so.
      const spooledLine = /^(database unavailable|usage queue reached \d+): \d+ usage record\(s\) spooled/;
      expect(app.logs.some((entry) => spooledLine.test(String(entry.msg)))).toBe(true);
      expect(replayedInLogs(app)).toBeGreaterThan(0);
    } finally {
      proxy.restore();
      expect(await app.stop()).toBe(0);
    }
  });

  it('writes every answered request when SIGTERM arrives mid-stream', async () => {
    const app = await startApp({
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      // Nothing is written before shutdown: the final flush has to do it all.
      USAGE_FLUSH_INTERVAL_MS: '60000',
      USAGE_BATCH_SIZE: '10000',
      USAGE_SPOOL_DIR: newSpoolDir(),
    });
    let userId: string;
    let statuses: Array<number | null>;
    try {
      const session = await signUp(app);
      userId = session.userId;
      statuses = await stream(app, session, 400, 8, (answered) => {
        if (answered === 150) app.process.kill('SIGTERM');
      });
      expect(await app.exited).toBe(0);
    } finally {
      await app.stop();
    }
    const answered = statuses.filter((status) => status === 200).length;
    expect(answered).toBeGreaterThanOrEqual(150);
    expect(await countRows(database, userId)).toBe(answered);
  });

  it('spools the queue on SIGTERM while the database is away; the next start replays it exactly once', async () => {
    const spool = newSpoolDir();
    const env = { JWT_SECRET: TEST_JWT_SECRET, USAGE_FLUSH_INTERVAL_MS: '50', USAGE_SPOOL_DIR: spool };
    const first = await startApp({ ...env, ...SERVE_THROUGH_OUTAGE, DATABASE_URL: throughProxy(database.url, proxy) });
    let session: Session;
    try {
      session = await signUp(first);
      // Requests before the outage (they also put the user in the cache that serves the rest).
      expect((await stream(first, session, 3, 1)).filter((status) => status === 200)).toHaveLength(3);
      await waitForRows(database, session.userId, 3);
      proxy.cut();
      const statuses = await stream(first, session, 60, 3);
      expect(statuses.filter((status) => status === 200)).toHaveLength(60);
    } finally {
      expect(await first.stop()).toBe(0);
      proxy.restore();
    }
    // Spooled during the outage, tick by tick (and at shutdown whatever came after the last tick).
    expect(first.logs.some((entry) => /database unavailable( at shutdown)?: \d+ usage record\(s\) spooled/.test(String(entry.msg)))).toBe(true);
    const left = spoolFiles(spool);
    const spooled = left.reduce((sum, name) => sum + Number(/-n(\d+)\.jsonl/.exec(name)![1]), 0);
    expect(spooled).toBe(60);
    expect(await countRows(database, session.userId)).toBe(3);
    // A file left by some other process: one good record, and one the database cannot store (a NUL
    // in a text value) that must not hold up the rest.
    const sample = JSON.parse(readFileSync(join(spool, left[0]), 'utf8').split('\n')[0]);
    const extra = [
      { ...sample, id: randomUUID() },
      { ...sample, id: randomUUID(), errorMessage: 'nul \u0000 byte' },
    ];
    writeFileSync(join(spool, 'usage-1-1-abcd-1-n2.jsonl'), extra.map((record) => JSON.stringify(record)).join('\n'));

    // Two processes start on the same spool directory: each file is claimed by one of them.
    const [a, b] = await Promise.all([startApp({ ...env, DATABASE_URL: database.url }), startApp({ ...env, DATABASE_URL: database.url })]);
    try {
      await waitForRows(database, session.userId, 64);
      await until(async () => spoolFiles(spool).length === 0, 5_000, 'spool emptied');
      await sleep(300);
      expect(await countRows(database, session.userId)).toBe(64);
      expect(replayedInLogs(a) + replayedInLogs(b)).toBe(62);
      const refused = [...a.logs, ...b.logs].filter((entry) => /usage record refused by the database, dropped/.test(String(entry.msg)));
      expect(refused.map((entry) => (entry.record as { id: string }).id)).toEqual([extra[1]!.id]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe('usage logging on the embedded database', () => {
  it('writes the records through the same path (seen by manage-db stats after a restart)', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'aet-usage-embedded-'));
    spoolDirs.push(cwd);
    const app = await startApp({ JWT_SECRET: TEST_JWT_SECRET, USAGE_SPOOL_DIR: join(cwd, 'spool') }, { cwd, timeoutMs: 90_000 });
    let responses: TestResponse[];
    try {
      const session = await signUp(app);
      responses = await Promise.all(Array.from({ length: 5 }, () => app.request('/users/me', bearer(session.access))));
    } finally {
      expect(await app.stop()).toBe(0);
    }
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    const { stdout } = await promisify(execFile)(process.execPath, [MANAGE_DB_JS, 'stats', '--json'], {
      cwd,
      env: childEnv({ LOG_LEVEL: 'silent' }),
    });
    expect(JSON.parse(stdout).api_calls_last_24h).toBe(5);
  }, 180_000);
});
