import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  json,
  login,
  migrate,
  msUntilStatus,
  PROBLEMS,
  queryDatabase,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  type Session,
  type TestApp,
  type TestDatabase,
  type TestResponse,
} from './support';
import { FakeStripeServer } from './support/fake-stripe-server';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';

const PRICE_PRO = 'price_pro_account_deletion_spec';

function deleteAccount(app: TestApp, session: Session, body: unknown = { password: session.password }): Promise<TestResponse> {
  return app.request('/users/me', json('DELETE', body, session.access));
}

function expectProblem(response: TestResponse, status: number, type: string): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, type });
}

describeWithPostgres('DELETE /users/me', () => {
  jest.setTimeout(300_000);
  let database: TestDatabase;
  let fake: FakeStripeServer;
  let sink: SmtpSink;
  let first: TestApp;
  let second: TestApp;
  let billingOff: TestApp;

  const count = async (sql: string, params: unknown[]) => Number((await queryDatabase(database.url, sql, params))[0].n);
  const userExists = async (id: string) => (await count('SELECT count(*) AS n FROM users WHERE id = $1', [id])) === 1;

  /** A user with a key, a second login, usage rows and (optionally) a Stripe subscription in force. */
  async function richUser(app: TestApp, subscribed: boolean) {
    const session = await signUp(app);
    const key = await app.request('/users/me/api-keys', json('POST', { name: 'ci' }, session.access));
    expect(key.status).toBe(201);
    const otherLogin = await login(app, session.email);
    expect(otherLogin.status).toBe(200);
    await queryDatabase(
      database.url,
      `INSERT INTO usage_logs (user_id, endpoint, method, status_code, ip_address, user_agent, response_time_ms, error_message, created_at)
       SELECT $1, '/translate', 'POST', 200, '203.0.113.9', 'curl/8', 12, 'secret stack trace', now() - make_interval(mins => g)
       FROM generate_series(1, 5) g`,
      [session.userId],
    );
    let subscriptionId: string | null = null;
    if (subscribed) {
      const customer = `cus_${session.userId.slice(0, 8)}`;
      subscriptionId = fake.putSubscription({ customer, price: PRICE_PRO }).id as string;
      await queryDatabase(database.url, `UPDATE users SET stripe_customer_id = $2, subscription_tier = 'pro' WHERE id = $1`, [
        session.userId,
        customer,
      ]);
      await queryDatabase(
        database.url,
        `INSERT INTO subscriptions (user_id, stripe_subscription_id, stripe_price_id, tier, status, current_period_end)
         VALUES ($1, $2, $3, 'pro', 'active', now() + interval '30 days')`,
        [session.userId, subscriptionId, PRICE_PRO],
      );
    }
    return {
      session,
      apiKey: key.body.key as string,
      other: otherLogin.body as { access_token: string; refresh_token: string },
      subscriptionId,
    };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    [fake, sink] = await Promise.all([FakeStripeServer.start(), startSmtpSink()]);
    const common = { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, SMTP_URL: sink.url };
    const billing = { STRIPE_SECRET_KEY: 'sk_test_account_deletion', STRIPE_PRICE_PRO: PRICE_PRO, STRIPE_API_URL: fake.url };
    // One at a time, with time to spare: the CI machines are shared.
    first = await startApp({ ...common, ...billing }, { timeoutMs: 90_000 });
    second = await startApp({ ...common, ...billing }, { timeoutMs: 90_000 });
    billingOff = await startApp(common, { timeoutMs: 90_000 });
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop(), billingOff?.stop()]);
    await Promise.all([fake?.close(), sink?.stop()]);
    await database?.drop();
  });

  it('refuses a wrong password with a 403 problem and deletes nothing', async () => {
    const { session } = await richUser(first, false);
    expectProblem(await deleteAccount(first, session, { password: 'not-the-password-1' }), 403, `${PROBLEMS}invalid-credentials`);
    expect(await userExists(session.userId)).toBe(true);
    expect((await first.request('/users/me', bearer(session.access))).status).toBe(200);
  });

  it('refuses a missing or malformed password (400) and unknown fields', async () => {
    const { session } = await richUser(first, false);
    expectProblem(await deleteAccount(first, session, {}), 400, `${PROBLEMS}validation-error`);
    expectProblem(await deleteAccount(first, session, { password: 42 }), 400, `${PROBLEMS}validation-error`);
    expectProblem(await deleteAccount(first, session, { password: session.password, force: true }), 400, `${PROBLEMS}validation-error`);
    expect((await first.request('/users/me', json('DELETE', undefined, session.access))).status).toBe(400);
    expect(await userExists(session.userId)).toBe(true);
  });

  it('needs a session: no token is a 401', async () => {
    const response = await first.request('/users/me', json('DELETE', { password: 'whatever-it-is-1' }));
    expectProblem(response, 401, `${PROBLEMS}invalid-token`);
  });

  it('leaves the account intact when Stripe fails to cancel, and says so (502)', async () => {
    const { session, subscriptionId } = await richUser(first, true);
    // The SDK retries twice: fail every attempt.
    for (let i = 0; i < 3; i += 1) fake.failNext(`/v1/subscriptions/${subscriptionId}`, 500);
    const response = await deleteAccount(first, session);
    expectProblem(response, 502, `${PROBLEMS}payment-provider-error`);
    expect(await userExists(session.userId)).toBe(true);
    expect(await count('SELECT count(*) AS n FROM api_keys WHERE user_id = $1', [session.userId])).toBe(1);
    expect(fake.subscriptions.get(subscriptionId!)!.status).toBe('active');
    expect((await first.request('/users/me', bearer(session.access))).status).toBe(200);
  });

  it('leaves the account intact when billing is off here but a Stripe subscription is in force (503)', async () => {
    const { session } = await richUser(first, true);
    expectProblem(await deleteAccount(billingOff, session), 503, `${PROBLEMS}billing-not-configured`);
    expect(await userExists(session.userId)).toBe(true);
  });

  it('cancels the subscription through Stripe, deletes everything owned, anonymises usage rows, ends every token on both instances within 1 s, and mails a confirmation', async () => {
    const { session, apiKey, other, subscriptionId } = await richUser(first, true);
    const id = session.userId;
    // Warm the second instance's caches: the user row and the API key.
    expect((await second.request('/users/me', bearer(other.access_token))).status).toBe(200);
    expect((await second.request('/users/me/api-keys/current', { headers: { 'x-api-key': apiKey } })).status).toBe(200);
    const mailed = sink.waitFor((message) => message.to.includes(session.email) && /account was deleted/.test(message.subject));

    const response = await deleteAccount(first, session);
    expect(response.status).toBe(204);

    const cancels = fake.requestsTo('DELETE', `/v1/subscriptions/${subscriptionId}`);
    expect(cancels.length).toBeGreaterThanOrEqual(1);
    expect(fake.subscriptions.get(subscriptionId!)!.status).toBe('canceled');

    const elapsed = await Promise.all([
      msUntilStatus(() => second.request('/users/me', bearer(other.access_token)), 401, 1_000),
      msUntilStatus(() => second.request('/users/me', bearer(session.access)), 401, 1_000),
      msUntilStatus(() => second.request('/users/me/api-keys/current', { headers: { 'x-api-key': apiKey } }), 401, 1_000),
    ]);
    for (const ms of elapsed) expect(ms).toBeLessThan(1_000);
    expect((await first.request('/users/me', bearer(session.access))).status).toBe(401);
    expect((await second.request('/auth/refresh', json('POST', { refresh_token: other.refresh_token }))).status).toBe(401);
    expect((await login(second, session.email)).status).toBe(401);

    expect(await userExists(id)).toBe(false);
    for (const table of ['api_keys', 'refresh_tokens', 'action_tokens', 'subscriptions', 'usage_daily', 'answer_feedback']) {
      expect(await count(`SELECT count(*) AS n FROM ${table} WHERE user_id = $1`, [id])).toBe(0);
    }
    // Raw usage rows stay for service-wide figures, with nothing that tells whose they were.
    const kept = await queryDatabase(
      database.url,
      `SELECT user_id, ip_address, user_agent, error_message FROM usage_logs WHERE endpoint = '/translate' AND user_agent IS NULL AND response_time_ms = 12`,
    );
    expect(kept.length).toBeGreaterThanOrEqual(5);
    expect(kept.every((row) => row.user_id === null && row.ip_address === null && row.error_message === null)).toBe(true);
    expect(await count(`SELECT count(*) AS n FROM usage_logs WHERE error_message = 'secret stack trace' AND user_id IS NULL`, [])).toBe(0);

    const mail = await mailed;
    expect(mail.text).toMatch(/was deleted at \d{4}-\d\d-\d\d \d\d:\d\d UTC/);

    // The email is free again.
    expect((await first.request('/users', json('POST', { email: session.email, password: session.password }))).status).toBe(201);
  });

  it('deletes an account without a subscription without calling Stripe', async () => {
    const { session } = await richUser(first, false);
    const before = fake.requests.length;
    expect((await deleteAccount(first, session)).status).toBe(204);
    expect(fake.requests.length).toBe(before);
    expect(await userExists(session.userId)).toBe(false);
  });
});
