import { request as httpRequest, type IncomingMessage } from 'node:http';
import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  json,
  login,
  migrate,
  PROBLEMS,
  queryDatabase,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  type Session,
  type TestApp,
  type TestDatabase,
} from './support';

const LARGE_ROWS = 50_000;
/** Each large-export row carries a 1 kB user agent, so the document is about 65 MB. */
const FAT_AGENT = 'agent/'.padEnd(1_000, 'x');

/** Seeds `rows` usage rows for the user, `spacingMs` apart going back from now (0: all at one instant). */
async function seedUsage(databaseUrl: string, userId: string, rows: number, spacingMs: number, agent = 'seeded-agent/1.0'): Promise<void> {
  await queryDatabase(
    databaseUrl,
    `INSERT INTO usage_logs (user_id, endpoint, method, status_code, ip_address, user_agent, response_time_ms, created_at)
     SELECT $1, '/translate', 'POST', CASE WHEN g % 10 = 0 THEN 500 ELSE 200 END, '198.51.100.4', $4, g % 97,
            date_trunc('milliseconds', now()) - make_interval(secs => g * $3::float8 / 1000)
     FROM generate_series(1, $2::int) g`,
    [userId, rows, spacingMs, agent],
  );
}

function exportOf(app: TestApp, session: Session, query = '') {
  return app.request(`/users/me/export${query}`, bearer(session.access));
}

/** Opens the export as a raw HTTP response, to read it at the pace the test chooses. */
function openExport(app: TestApp, session: Session): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${app.baseUrl}/users/me/export`, { headers: { authorization: `Bearer ${session.access}` } }, resolve);
    request.on('error', reject);
    request.end();
  });
}

async function heapUsed(app: TestApp): Promise<number> {
  const text = (await app.request('/metrics')).text;
  return Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)![1]);
}

describeWithPostgres('GET /users/me/export', () => {
  jest.setTimeout(120_000);
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp(
      { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, METRICS_ENABLED: 'true', SECURITY_EVENTS_FLUSH_INTERVAL_MS: '100' },
      { timeoutMs: 90_000 },
    );
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('is everything stored about the user, and never a secret', async () => {
    const session = await signUp(app);
    const created = await app.request('/users/me/api-keys', json('POST', { name: 'ci' }, session.access));
    expect(created.status).toBe(201);
    const second = await login(app, session.email);
    const third = await login(app, session.email);
    expect((await app.request('/auth/logout', json('POST', {}, third.body.access_token))).status).toBe(204);
    await seedUsage(database.url, session.userId, 3, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // one security-events flush
    const someoneElse = await signUp(app);
    await seedUsage(database.url, someoneElse.userId, 2, 60_000);

    const response = await exportOf(app, session);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const document = response.body;
    expect(Object.keys(document)).toEqual([
      'format',
      'exported_at',
      'usage_logs_days',
      'profile',
      'subscriptions',
      'api_keys',
      'sessions',
      'usage_daily',
      'api_key_usage_daily',
      'usage_logs',
      'answer_feedback',
      'security_events',
    ]);
    expect(document.format).toBe('aet-account-export/1');
    expect(document.profile).toMatchObject({ id: session.userId, email: session.email, stripe_customer_id: null });
    expect(document.api_keys).toEqual([
      expect.objectContaining({ id: created.body.id, name: 'ci', prefix: created.body.prefix, is_active: true }),
    ]);
    // Three logins on record, each session its family; the third, logged out, with its end.
    const thirdFamily = JSON.parse(Buffer.from(third.body.access_token.split('.')[1], 'base64url').toString()).fam;
    expect(document.sessions).toHaveLength(3);
    expect(document.sessions.filter((s: { ended_at: string | null }) => s.ended_at === null)).toHaveLength(2);
    expect(document.sessions.find((s: { id: string }) => s.id === thirdFamily)?.ended_at).toEqual(expect.any(String));
    // The security log, written in batches: sign-up, three logins, the key, the logout.
    expect(document.security_events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['sign_up', 'login_succeeded', 'api_key_created', 'logout']),
    );
    // The seeded rows (the requests above are logged too, as they land).
    expect(document.usage_daily).toContainEqual(expect.objectContaining({ endpoint: '/translate', method: 'POST', requests: 3 }));
    const seeded = document.usage_logs.filter((row: { user_agent: string }) => row.user_agent === 'seeded-agent/1.0');
    expect(seeded).toHaveLength(3);
    expect(seeded[0]).toMatchObject({ endpoint: '/translate', ip_address: '198.51.100.4', status_code: 200 });
    const times = document.usage_logs.map((row: { created_at: string }) => row.created_at);
    expect(times).toEqual([...times].sort());

    const [stored] = await queryDatabase(database.url, 'SELECT hashed_password FROM users WHERE id = $1', [session.userId]);
    const [key] = await queryDatabase(database.url, 'SELECT key_hash FROM api_keys WHERE id = $1', [created.body.id]);
    for (const secret of [stored.hashed_password, key.key_hash, created.body.key, session.refresh, second.body.refresh_token]) {
      expect(response.text).not.toContain(secret);
    }
    expect(response.text).not.toMatch(/hash|password/i);
  });

  it('limits the raw usage rows to the last `days` days (the roll-up stays whole)', async () => {
    const session = await signUp(app);
    await seedUsage(database.url, session.userId, 10, 12 * 3_600_000); // every 12 h over 5 days
    const response = await exportOf(app, session, '?days=2');
    expect(response.status).toBe(200);
    expect(response.body.usage_logs_days).toBe(2);
    expect(response.body.usage_logs).toHaveLength(3); // 12 h, 24 h, 36 h ago
    const daily = response.body.usage_daily.reduce((sum: number, row: { requests: number }) => sum + row.requests, 0);
    expect(daily).toBe(10);
  });

  it.each(['0', '-1', '1.5', 'abc', '36501', '1e2', ''])('refuses days=%p with a 400 problem', async (days) => {
    const session = await signUp(app);
    const response = await exportOf(app, session, `?days=${days}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: `${PROBLEMS}validation-error`, errors: [{ field: 'days' }] });
  });

  it('needs a session (401) and refuses API keys on this route', async () => {
    expect((await app.request('/users/me/export')).status).toBe(401);
    const session = await signUp(app);
    const key = (await app.request('/users/me/api-keys', json('POST', { name: 'k' }, session.access))).body.key;
    expect((await app.request('/users/me/export', { headers: { 'x-api-key': key } })).status).toBe(401);
  });

  it('pages rows that share one timestamp without repeating or losing any (keyset on created_at and id)', async () => {
    const session = await signUp(app);
    await seedUsage(database.url, session.userId, 2_500, 0);
    const rows = (await exportOf(app, session)).body.usage_logs as Array<{ id: string }>;
    expect(rows).toHaveLength(2_500);
    expect(new Set(rows.map((row) => row.id)).size).toBe(2_500);
  });

  it(`streams a large export (${LARGE_ROWS} rows) in chunks, with memory bounded while the client reads slowly`, async () => {
    const session = await signUp(app);
    await seedUsage(database.url, session.userId, LARGE_ROWS, 5, FAT_AGENT);
    for (let i = 0; i < 3; i += 1) await heapUsed(app); // settle the metrics path
    const baseline = await heapUsed(app);

    const response = await openExport(app, session);
    expect(response.statusCode).toBe(200);
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect(response.headers['content-length']).toBeUndefined();

    // Take one chunk, then stop reading: a streaming server stops at the socket's buffers.
    const chunks: Buffer[] = [];
    const first = new Promise<void>((resolve) =>
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (chunks.length === 1) {
          response.pause();
          resolve();
        }
      }),
    );
    const ended = new Promise((resolve) => response.once('end', resolve));
    await first;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const whilePaused = await heapUsed(app);
    // The document is about 65 MB (and the rows as objects several times that): a server that
    // built it first would hold all of it now.
    expect(whilePaused - baseline).toBeLessThan(40 * 1024 * 1024);

    response.resume();
    await ended;
    const body = Buffer.concat(chunks);
    expect(body.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(chunks.length).toBeGreaterThan(100);
    const document = JSON.parse(body.toString('utf8'));
    expect(document.usage_logs).toHaveLength(LARGE_ROWS);
    expect(new Set(document.usage_logs.map((row: { id: string }) => row.id)).size).toBe(LARGE_ROWS);
  }, 170_000);
});
