import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  json,
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
import { FakeStripeServer, signedDelivery, stripeEvent } from './support/fake-stripe-server';

const WEBHOOK_SECRET = 'whsec_billing_spec_secret';
const PRICE_PRO = 'price_pro_billing_spec';
const SUCCESS_URL = 'https://app.example.test/billing/done?session_id={CHECKOUT_SESSION_ID}';
const CANCEL_URL = 'https://app.example.test/pricing';
const RETURN_URL = 'https://app.example.test/account';

function checkout(app: TestApp, session: Session, body: unknown = { tier: 'pro' }) {
  return app.request('/billing/checkout', json('POST', body, session.access));
}

function portal(app: TestApp, session: Session) {
  return app.request('/billing/portal', json('POST', undefined, session.access));
}

function expectProblem(response: { status: number; headers: Headers; body: any }, status: number, type: string, detail?: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, type });
  if (detail) expect(response.body.detail).toMatch(detail);
  expect(JSON.stringify(response.body)).not.toMatch(/ at .*\.js:\d+/);
}

describeWithPostgres('billing: checkout, portal, subscription', () => {
  let database: TestDatabase;
  let fake: FakeStripeServer;
  let app: TestApp;
  let billingOff: TestApp;

  const userRow = async (id: string) => (await queryDatabase(database.url, 'SELECT * FROM users WHERE id = $1', [id]))[0];

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    fake = await FakeStripeServer.start();
    const common = { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET };
    [app, billingOff] = await Promise.all([
      startApp({
        ...common,
        STRIPE_SECRET_KEY: 'sk_test_billing_spec',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_PRICE_PRO: PRICE_PRO,
        // No STRIPE_PRICE_ENTERPRISE: that plan is not for sale here.
        STRIPE_API_URL: fake.url,
        BILLING_SUCCESS_URL: SUCCESS_URL,
        BILLING_CANCEL_URL: CANCEL_URL,
        BILLING_PORTAL_RETURN_URL: RETURN_URL,
      }),
      startApp(common),
    ]);
  });
  afterAll(async () => {
    await Promise.all([app?.stop(), billingOff?.stop()]);
    await fake?.close();
    await database?.drop();
  });

  describe('POST /billing/checkout', () => {
    it('creates the Stripe customer once, keeps it on the user, and answers the URL of a subscription Checkout session', async () => {
      const session = await signUp(app);
      const response = await checkout(app, session);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ url: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/) });

      const [customerCall] = fake.requests.filter((r) => r.path === '/v1/customers' && r.params.email === session.email);
      expect(customerCall.idempotencyKey).toBe(`aet-customer-${session.userId}`);
      expect(customerCall.params['metadata[user_id]']).toBe(session.userId);
      expect(customerCall.headers.authorization).toBe('Bearer sk_test_billing_spec');
      const customerId = (await userRow(session.userId)).stripe_customer_id;
      expect(fake.customers.get(customerId)).toMatchObject({ email: session.email });

      const sessionCall = fake.requestsTo('POST', '/v1/checkout/sessions').find((r) => r.params.customer === customerId)!;
      expect(sessionCall.params).toMatchObject({
        mode: 'subscription',
        client_reference_id: session.userId,
        'line_items[0][price]': PRICE_PRO,
        'line_items[0][quantity]': '1',
        success_url: SUCCESS_URL,
        cancel_url: CANCEL_URL,
        'subscription_data[metadata][user_id]': session.userId,
      });

      // A second checkout (the first was abandoned) reuses the customer.
      const before = fake.requestsTo('POST', '/v1/customers').length;
      expect((await checkout(app, session)).status).toBe(200);
      expect(fake.requestsTo('POST', '/v1/customers')).toHaveLength(before);
      expect(fake.requestsTo('POST', '/v1/checkout/sessions').filter((r) => r.params.customer === customerId)).toHaveLength(2);
    });

    it('two concurrent first checkouts make one Stripe customer', async () => {
      const session = await signUp(app);
      fake.customerDelayMs = 300;
      try {
        const answers = await Promise.all([checkout(app, session), checkout(app, session), checkout(app, session)]);
        expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      } finally {
        fake.customerDelayMs = 0;
      }
      const made = [...fake.customers.values()].filter((customer) => customer.email === session.email);
      expect(made).toHaveLength(1);
      expect(fake.requestsTo('POST', '/v1/customers').filter((r) => r.params.email === session.email)).toHaveLength(1);
      expect((await userRow(session.userId)).stripe_customer_id).toBe(made[0].id);
    });

    it.each([
      [{ tier: 'free' }, 'tier must be one of: pro, enterprise'],
      [{ tier: 'gold' }, 'tier must be one of: pro, enterprise'],
      [{ tier: 'PRO' }, 'tier must be one of: pro, enterprise'],
      [{}, 'tier must be one of: pro, enterprise'],
      [{ tier: 'pro', price: 'price_cheap' }, 'property price should not exist'],
    ])('refuses %j with 400 and calls Stripe not at all', async (body, message) => {
      const session = await signUp(app);
      const calls = fake.requests.length;
      const response = await checkout(app, session, body);
      expectProblem(response, 400, `${PROBLEMS}validation-error`);
      expect(response.body.errors.map((error: { message: string }) => error.message)).toContain(message);
      expect(fake.requests).toHaveLength(calls);
    });

    it('a plan with no Stripe price configured: 503 billing-not-configured naming the plan', async () => {
      const session = await signUp(app);
      const response = await checkout(app, session, { tier: 'enterprise' });
      expectProblem(response, 503, `${PROBLEMS}billing-not-configured`, /enterprise plan: it has no Stripe price/);
    });

    it('409 already-subscribed while a Stripe subscription is in force, whatever was set by hand', async () => {
      const session = await signUp(app);
      await queryDatabase(
        database.url,
        `INSERT INTO subscriptions (user_id, stripe_subscription_id, stripe_price_id, tier, status) VALUES ($1, $2, $3, 'pro', 'active')`,
        [session.userId, `sub_${session.userId.slice(0, 8)}`, PRICE_PRO],
      );
      // A newer hand-set tier does not hide the Stripe subscription still billing.
      await queryDatabase(
        database.url,
        `INSERT INTO subscriptions (user_id, tier, status, created_at) VALUES ($1, 'enterprise', 'active', NOW() + INTERVAL '1 minute')`,
        [session.userId],
      );
      const refused = await checkout(app, session);
      expectProblem(refused, 409, `${PROBLEMS}already-subscribed`, /portal/);
      expect(refused.body.detail).toMatch(/already have a pro subscription/);
    });

    it('Stripe failing: 502 payment-provider-error, and nothing half-done stays behind', async () => {
      const session = await signUp(app);
      fake.failNext('/v1/customers', 400);
      expectProblem(await checkout(app, session), 502, `${PROBLEMS}payment-provider-error`);
      expect((await userRow(session.userId)).stripe_customer_id).toBeNull();
      fake.failNext('/v1/checkout/sessions', 402);
      expectProblem(await checkout(app, session), 502, `${PROBLEMS}payment-provider-error`);
      expect((await checkout(app, session)).status).toBe(200);
    });

    it('needs an access token', async () => {
      expect((await app.request('/billing/checkout', json('POST', { tier: 'pro' }))).status).toBe(401);
    });
  });

  describe('POST /billing/portal', () => {
    it('409 no-billing-account for a user who never subscribed', async () => {
      const session = await signUp(app);
      expectProblem(await portal(app, session), 409, `${PROBLEMS}no-billing-account`, /never subscribed/);
    });

    it("answers the URL of a portal session for the user's customer, returning to the configured page", async () => {
      const session = await signUp(app);
      expect((await checkout(app, session)).status).toBe(200);
      const customerId = (await userRow(session.userId)).stripe_customer_id;
      const response = await portal(app, session);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ url: expect.stringMatching(/^https:\/\/billing\.stripe\.com\/p\/session\/bps_/) });
      const call = fake.requestsTo('POST', '/v1/billing_portal/sessions').find((r) => r.params.customer === customerId);
      expect(call!.params.return_url).toBe(RETURN_URL);
    });
  });

  describe('GET /billing/subscription', () => {
    it('a user who never subscribed is on free with no subscription', async () => {
      const session = await signUp(app);
      const response = await app.request('/billing/subscription', bearer(session.access));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        tier: 'free',
        status: null,
        current_period_start: null,
        current_period_end: null,
        cancel_at_period_end: false,
        canceled_at: null,
      });
    });
  });

  describe('without a webhook secret', () => {
    it('the webhook answers 503 billing-not-configured', async () => {
      const noSecret = await startApp({
        DATABASE_URL: database.url,
        JWT_SECRET: TEST_JWT_SECRET,
        STRIPE_SECRET_KEY: 'sk_test_billing_spec',
        STRIPE_API_URL: fake.url,
      });
      try {
        const { body, signature } = signedDelivery(stripeEvent('invoice.paid', { id: 'in_1', object: 'invoice' }), WEBHOOK_SECRET);
        const response = await noSecret.request('/billing/webhook', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'stripe-signature': signature },
          body,
        });
        expectProblem(response, 503, `${PROBLEMS}billing-not-configured`, /webhook signing secret/);
      } finally {
        await noSecret.stop();
      }
    });
  });

  describe('billing off (no STRIPE_SECRET_KEY)', () => {
    it('every billing route answers 503 "billing is not configured", the webhook included', async () => {
      const session = await signUp(billingOff);
      const calls = fake.requests.length;
      const { body, signature } = signedDelivery(stripeEvent('invoice.paid', { id: 'in_1', object: 'invoice' }), WEBHOOK_SECRET);
      const answers = await Promise.all([
        billingOff.request('/billing/checkout', json('POST', { tier: 'pro' }, session.access)),
        billingOff.request('/billing/portal', json('POST', undefined, session.access)),
        billingOff.request('/billing/subscription', bearer(session.access)),
        billingOff.request('/billing/webhook', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'stripe-signature': signature },
          body,
        }),
      ]);
      for (const answer of answers) {
        expectProblem(answer, 503, `${PROBLEMS}billing-not-configured`);
        expect(answer.body.detail).toBe('billing is not configured');
      }
      expect(fake.requests).toHaveLength(calls);
    });

    it('everyone is on free', async () => {
      const session = await signUp(billingOff);
      const me = await billingOff.request('/users/me', bearer(session.access));
      expect(me.body.subscription_tier).toBe('free');
    });
  });
});
