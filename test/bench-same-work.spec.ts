import { join } from 'node:path';
import { startServer, type RunningServer } from '../bench/servers';
import {
  createTestDatabase,
  describeWithPostgres,
  json,
  migrate,
  queryDatabase,
  signUp,
  startApp,
  until,
  type TestApp,
  type TestDatabase,
} from './support';

/** Built by `npx nest build`, as `npm run bench` runs it. */
const BASELINE_JS = join(__dirname, '..', 'dist', 'bench', 'baseline-server.js');

/**
 * The bench's same-work baseline is ours' limit only if it really does ours' work: it must answer
 * what ours answers and write the usage records ours writes, into the same table.
 */
describeWithPostgres('the bench baseline doing the same work (SAME_WORK=1)', () => {
  let database: TestDatabase;
  let ours: TestApp;
  let baseline: RunningServer;
  let key: string;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    ours = await startApp({ DATABASE_URL: database.url });
    const session = await signUp(ours);
    userId = session.userId;
    const created = await ours.request('/users/me/api-keys', json('POST', { name: 'bench' }, session.access));
    expect(created.status).toBe(201);
    key = created.body.key;
    baseline = await startServer({
      label: 'same-work baseline',
      script: BASELINE_JS,
      env: {
        DATABASE_URL: database.url,
        POOL_MAX: '2',
        POOL_MIN: '0',
        POOL_IDLE_MS: '1000',
        MIGRATION_NAMES: '[]',
        JWT_SECRET: 'unused-here',
        SAME_WORK: '1',
      },
    });
  });
  afterAll(async () => {
    await baseline?.stop();
    await ours?.stop();
    await database?.drop();
  });

  const translate = (server: { baseUrl: string }, apiKey: string) =>
    fetch(`${server.baseUrl}/translate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ error: "ModuleNotFoundError: No module named 'requests'" }),
    });

  it('answers POST /translate with the translation ours gives, and records each request in usage_logs in batches', async () => {
    const expected = (await (await translate(ours, key)).json()) as Record<string, unknown>;
    const answers = await Promise.all(Array.from({ length: 5 }, () => translate(baseline, key)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const { answer_id: ourId, ...translation } = expected;
    const { answer_id: itsId, ...itsTranslation } = (await answers[0].json()) as Record<string, unknown>;
    expect(itsTranslation).toEqual(translation);
    expect([typeof ourId, typeof itsId]).toEqual(['string', 'string']); // signed per answer by both

    // Ours wrote one record (its own request above); the baseline writes its five within a flush interval.
    const rows = await until(
      async () => {
        const found = await queryDatabase(
          database.url,
          `SELECT api_key_id, method, status_code FROM usage_logs WHERE user_id = $1 AND endpoint = '/translate'`,
          [userId],
        );
        return found.length >= 6 ? found : false;
      },
      5_000,
      'six usage records',
    );
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.method === 'POST' && row.status_code === 200)).toBe(true);
    expect(new Set(rows.map((row) => row.api_key_id)).size).toBe(1); // the key's id, as ours records it
  });

  it('refuses an unknown key with 401 and records nothing for it', async () => {
    const before = await queryDatabase(database.url, 'SELECT count(*)::int AS n FROM usage_logs');
    const refused = await translate(baseline, 'aet_not-a-key');
    expect(refused.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // past one flush interval
    expect(await queryDatabase(database.url, 'SELECT count(*)::int AS n FROM usage_logs')).toEqual(before);
  });

  it('answers with the headers ours sends (security headers, request id, no-store), so both write the same bytes', async () => {
    // Per connection or per moment: not part of what the servers choose to send.
    const own = new Set(['date', 'connection', 'keep-alive']);
    const headersOf = async (server: { baseUrl: string }) => {
      const response = await fetch(`${server.baseUrl}/health/live`);
      await response.arrayBuffer();
      return Object.fromEntries([...response.headers].filter(([name]) => !own.has(name) && name !== 'x-request-id'));
    };
    const [fromOurs, fromBaseline] = [await headersOf(ours), await headersOf(baseline)];
    expect(fromOurs['content-security-policy']).toBeDefined();
    expect(fromBaseline).toEqual(fromOurs);
    expect((await fetch(`${baseline.baseUrl}/health/live`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
