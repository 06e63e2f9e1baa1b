import { execFile } from 'node:child_process';
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
  startApp,
  TEST_JWT_SECRET,
  type TestApp,
  type TestDatabase,
} from './support';

const MANAGE_DB_JS = join(__dirname, '..', 'dist', 'src', 'cli', 'manage-db.js');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

describeWithPostgres('manage-db billing commands: set-tier, subscriptions, renewals', () => {
  let database: TestDatabase;
  let app: TestApp;

  const manageDb = async (...args: string[]): Promise<CliResult> => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [MANAGE_DB_JS, ...args], {
        env: childEnv({ DATABASE_URL: database.url }),
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp({ DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, API_KEY_CAP_FREE: '1', API_KEY_CAP_PRO: '3' });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('records a subscription row without Stripe ids and the running server follows the new tier at once', async () => {
    const session = await signUp(app);
    const createKey = () => app.request('/users/me/api-keys', json('POST', { name: 'k' }, session.access));
    expect((await app.request('/users/me', bearer(session.access))).body.subscription_tier).toBe('free');
    expect((await createKey()).status).toBe(201);
    expect((await createKey()).status).toBe(409);

    const result = await manageDb('set-tier', session.email.toUpperCase(), 'Pro');
    expect(result).toEqual({ code: 0, stdout: `user: ${session.email}\ntier: free -> pro\n`, stderr: '' });
    const rows = await queryDatabase(database.url, 'SELECT * FROM subscriptions WHERE user_id = $1', [session.userId]);
    expect(rows).toEqual([
      expect.objectContaining({ tier: 'pro', status: 'active', stripe_subscription_id: null, stripe_price_id: null, canceled_at: null }),
    ]);
    // The server cached the user before; the change feed told it to drop that copy.
    expect((await app.request('/users/me', bearer(session.access))).body.subscription_tier).toBe('pro');
    expect((await createKey()).status).toBe(201);

    const back = await manageDb('set-tier', session.email, 'free', '--json');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual({ email: session.email, previous_tier: 'pro', tier: 'free' });
    const history = await queryDatabase(
      database.url,
      'SELECT tier, status, canceled_at FROM subscriptions WHERE user_id = $1 ORDER BY created_at',
      [session.userId],
    );
    expect(history).toEqual([
      { tier: 'pro', status: 'canceled', canceled_at: expect.any(Date) },
      { tier: 'free', status: 'active', canceled_at: null },
    ]);
    expect((await app.request('/users/me', bearer(session.access))).body.subscription_tier).toBe('free');
  });

  it('refuses an unknown tier (exit 2) and an unknown email (exit 1) without changing anything', async () => {
    const session = await signUp(app);
    const badTier = await manageDb('set-tier', session.email, 'gold');
    expect(badTier).toEqual({ code: 2, stdout: '', stderr: 'manage-db: "gold" is not a tier: use one of free, pro, enterprise\n' });
    const nobody = await manageDb('set-tier', 'nobody@example.com', 'pro');
    expect(nobody).toEqual({ code: 1, stdout: '', stderr: 'manage-db: no user with email nobody@example.com\n' });
    expect(await queryDatabase(database.url, 'SELECT 1 FROM subscriptions WHERE user_id = $1', [session.userId])).toEqual([]);
  });

  it('subscriptions STATUS and renewals DAYS list what billing and the dashboard query', async () => {
    const [a, b, c] = await Promise.all([signUp(app), signUp(app), signUp(app)]);
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
    const insert = (userId: string, id: string, tier: string, status: string, end: Date, cancel = false) =>
      queryDatabase(
        database.url,
        `INSERT INTO subscriptions (user_id, stripe_subscription_id, stripe_price_id, tier, status, current_period_end, cancel_at_period_end)
         VALUES ($1, $2, 'price_x', $3, $4, $5, $6)`,
        [userId, id, tier, status, end, cancel],
      );
    await insert(a.userId, 'sub_cli_a', 'pro', 'active', inDays(2));
    await insert(b.userId, 'sub_cli_b', 'enterprise', 'past_due', inDays(5));
    await insert(c.userId, 'sub_cli_c', 'pro', 'active', inDays(20), true);
    await insert(c.userId, 'sub_cli_c_old', 'pro', 'canceled', inDays(1));

    const week = await manageDb('renewals', '7', '--json');
    expect(week.code).toBe(0);
    expect(JSON.parse(week.stdout).map((row: { stripe_subscription_id: string }) => row.stripe_subscription_id)).toEqual([
      'sub_cli_a',
      'sub_cli_b',
    ]);
    const month = await manageDb('renewals', '30');
    expect(month.stdout).toMatch(/^3 subscriptions ending within 30 days\n/);
    expect(month.stdout).toContain(`${c.userId}  pro  active  ends `);
    expect(month.stdout).toContain(`${a.userId}  pro  active  renews `);

    const pastDue = await manageDb('subscriptions', 'past_due', '--json');
    expect(JSON.parse(pastDue.stdout)).toEqual([
      {
        user_id: b.userId,
        tier: 'enterprise',
        status: 'past_due',
        current_period_end: expect.any(String),
        cancel_at_period_end: false,
        stripe_subscription_id: 'sub_cli_b',
      },
    ]);

    expect(await manageDb('renewals', '0')).toMatchObject({ code: 2, stderr: 'manage-db: DAYS must be a whole number from 1 to 366\n' });
    expect((await manageDb('subscriptions', 'active; drop table users')).code).toBe(2);
  });
});
