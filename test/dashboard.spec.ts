import { startOfNextMonth } from '../src/limits/calendar-month';
import {
  bearer,
  createTestDatabase,
  json,
  login,
  migrate,
  queryDatabase,
  register,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  uniqueEmail,
  type Session,
  type TestApp,
  type TestDatabase,
} from './support';
import { awayFromMidnight, DAY_MS, insertLogs, utcMidnight, type LogRow } from './support/usage-logs';

const FREE_QUOTA = 5;
const PRO_QUOTA = 50;

describe('GET /users/me/dashboard', () => {
  let database: TestDatabase;
  let app: TestApp;
  let now: Date;

  const dashboard = async (session: Session) => {
    const response = await app.request('/users/me/dashboard', bearer(session.access));
    expect(response.status).toBe(200);
    return response.body;
  };
  const log = (
    session: Session,
    createdAt: Date,
    statusCode: number,
    endpoint = '/translate',
    method = 'POST',
    extra: Partial<LogRow> = {},
  ): LogRow => ({
    userId: session.userId,
    createdAt,
    endpoint,
    method,
    statusCode,
    responseTimeMs: 20,
    ...extra,
  });
  /** A user whose row is changed in the database before they first log in (so no cache holds the old row). */
  const signUpWith = async (sql: string, params: unknown[] = []): Promise<Session> => {
    const email = uniqueEmail();
    const created = await register(app, email);
    await queryDatabase(database.url, sql, [created.body.id, ...params]);
    const tokens = await login(app, email);
    return { email, password: '', userId: created.body.id, access: tokens.body.access_token, refresh: tokens.body.refresh_token };
  };

  beforeAll(async () => {
    await awayFromMidnight();
    now = new Date();
    database = await createTestDatabase();
    await migrate(database.url);
    // The usage rows are seeded with SQL; the app's own records of these requests would add to them.
    app = await startApp({
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      QUOTA_FREE: String(FREE_QUOTA),
      QUOTA_PRO: String(PRO_QUOTA),
      USAGE_LOGGING: 'false',
    });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('shows a new user: their profile, free and active, the whole quota left, nothing else yet', async () => {
    const session = await signUp(app);
    const profile = (await app.request('/users/me', bearer(session.access))).body;
    expect(await dashboard(session)).toEqual({
      profile,
      subscription: { tier: 'free', status: 'active', current_period_end: null },
      quota: { limit: FREE_QUOTA, used: 0, remaining: FREE_QUOTA, resets_at: startOfNextMonth(now).toISOString() },
      requests: { today: 0, last_30_days: 0 },
      api_keys: { active: 0, total: 0 },
      recent_errors: [],
    });
    expect(Date.parse(startOfNextMonth(now).toISOString())).toBeGreaterThan(Date.now());
  });

  it('counts against the quota only successful POST /translate calls of this UTC month, and never goes below 0 remaining', async () => {
    const [session, other] = [await signUp(app), await signUp(app)];
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const thisMonth = new Date(Math.max(monthStart.getTime(), now.getTime() - 1_000));
    await insertLogs(database.url, [
      log(session, monthStart, 200),
      log(session, thisMonth, 200),
      log(session, thisMonth, 201),
      log(session, thisMonth, 399),
      log(session, thisMonth, 429),
      log(session, thisMonth, 500),
      log(session, thisMonth, 200, '/translate', 'GET'),
      log(session, thisMonth, 200, '/users/me', 'POST'),
      log(session, new Date(monthStart.getTime() - 1), 200),
      log(session, new Date(monthStart.getTime() - 10 * DAY_MS), 200),
      log(other, thisMonth, 200),
    ]);
    expect((await dashboard(session)).quota).toEqual({
      limit: FREE_QUOTA,
      used: 4,
      remaining: 1,
      resets_at: startOfNextMonth(now).toISOString(),
    });

    // From here on the live counter the limits use answers: a translation shows at once, the refusal past the quota does not count.
    const translate = () => app.request('/translate', json('POST', { error: 'TypeError: x is not a function' }, session.access));
    expect((await translate()).status).toBe(200);
    expect((await translate()).status).toBe(429);
    expect((await dashboard(session)).quota).toMatchObject({ limit: FREE_QUOTA, used: 5, remaining: 0 });
    expect((await dashboard(other)).quota).toMatchObject({ used: 1, remaining: FREE_QUOTA - 1 });
  });

  it('counts requests today and over the last 30 UTC days (today included), whatever their status', async () => {
    const session = await signUp(app);
    const today = utcMidnight(now);
    await insertLogs(database.url, [
      log(session, today, 200, '/users/me', 'GET'),
      log(session, new Date(Math.max(today.getTime(), now.getTime() - 1_000)), 404, '/users/me/api-keys/{key_id}', 'DELETE'),
      log(session, now, 200),
      log(session, new Date(today.getTime() - 1), 200),
      log(session, utcMidnight(now, -29), 500),
      log(session, new Date(utcMidnight(now, -29).getTime() - 1), 200),
    ]);
    expect((await dashboard(session)).requests).toEqual({ today: 3, last_30_days: 5 });
  });

  it("shows the subscription row and the tier's allowance: pro with its period, enterprise unlimited", async () => {
    const periodEnd = new Date(Date.UTC(2031, 0, 15, 12));
    const pro = await signUpWith(
      `WITH tier AS (UPDATE users SET subscription_tier = 'pro' WHERE id = $1)
       INSERT INTO subscriptions (user_id, tier, status, current_period_end, created_at) VALUES
         ($1, 'free', 'canceled', NULL, now() - interval '1 day'), ($1, 'pro', 'past_due', $2, now())`,
      [periodEnd],
    );
    const proBoard = await dashboard(pro);
    expect(proBoard.subscription).toEqual({ tier: 'pro', status: 'past_due', current_period_end: periodEnd.toISOString() });
    expect(proBoard.profile.subscription_tier).toBe('pro');
    expect(proBoard.quota).toMatchObject({ limit: PRO_QUOTA, used: 0, remaining: PRO_QUOTA });

    const enterprise = await signUpWith(`UPDATE users SET subscription_tier = 'enterprise' WHERE id = $1`);
    await insertLogs(database.url, [log(enterprise, new Date(now.getTime() - 1_000), 200)]);
    const enterpriseBoard = await dashboard(enterprise);
    expect(enterpriseBoard.subscription).toEqual({ tier: 'enterprise', status: 'active', current_period_end: null });
    expect(enterpriseBoard.quota).toEqual({ limit: null, used: 1, remaining: null, resets_at: startOfNextMonth(now).toISOString() });
  });

  it('counts API keys, active and in all', async () => {
    const session = await signUp(app);
    const created = [];
    for (const name of ['ci', 'editor']) created.push(await app.request('/users/me/api-keys', json('POST', { name }, session.access)));
    expect(created.map((response) => response.status)).toEqual([201, 201]);
    expect((await app.request(`/users/me/api-keys/${created[0].body.id}`, json('DELETE', undefined, session.access))).status).toBe(204);
    expect((await dashboard(session)).api_keys).toEqual({ active: 1, total: 2 });
  });

  it("lists the 10 latest errors, newest first, only the user's own, messages cut to 1,000 characters", async () => {
    const [session, other] = [await signUp(app), await signUp(app)];
    const base = now.getTime() - 3_600_000;
    const errors = Array.from({ length: 12 }, (_, i) =>
      log(session, new Date(base + i * 60_000), [400, 404, 429, 500][i % 4], i % 2 ? '/translate' : '/users/me', i % 2 ? 'POST' : 'GET', {
        errorType: `Kind${i}`,
        errorMessage: i === 11 ? 'x'.repeat(5_000) : `failure ${i}`,
      }),
    );
    await insertLogs(database.url, [
      ...errors,
      log(session, new Date(base + 30 * 60_000), 200),
      log(session, new Date(base + 40 * 60_000), 399),
      log(other, new Date(base + 50 * 60_000), 500, '/translate', 'POST', { errorType: 'NotYours', errorMessage: 'secret' }),
    ]);
    const recent = (await dashboard(session)).recent_errors;
    expect(recent).toEqual(
      errors
        .slice(2)
        .reverse()
        .map((row) => ({
          created_at: row.createdAt.toISOString(),
          endpoint: row.endpoint,
          method: row.method,
          status_code: row.statusCode,
          error_type: row.errorType,
          error_message: row.errorMessage!.slice(0, 1_000),
        })),
    );
    expect(recent[0].error_message).toHaveLength(1_000);
  });

  it('needs an access token', async () => {
    expect((await app.request('/users/me/dashboard')).status).toBe(401);
  });
});
