import { Agent, request as httpRequest } from 'node:http';
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
  type TestResponse,
} from './support';
import { FakeStripeServer, signedDelivery, stripeEvent, stripeId, type SubscriptionSpec } from './support/fake-stripe-server';

const WEBHOOK_SECRET = 'whsec_webhook_spec_secret';
const PRICE_PRO = 'price_pro_webhook_spec';
const PRICE_ENTERPRISE = 'price_enterprise_webhook_spec';
const DAY = 86_400;

type Json = Record<string, unknown>;

/** Now, in Stripe's unit (seconds). */
const now = () => Math.floor(Date.now() / 1000);
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

describeWithPostgres('billing: the Stripe webhook', () => {
  let database: TestDatabase;
  let fake: FakeStripeServer;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    fake = await FakeStripeServer.start();
    app = await startApp({
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      STRIPE_SECRET_KEY: 'sk_test_webhook_spec',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_PRICE_PRO: PRICE_PRO,
      STRIPE_PRICE_ENTERPRISE: PRICE_ENTERPRISE,
      STRIPE_API_URL: fake.url,
      API_KEY_CAP_FREE: '1',
      API_KEY_CAP_PRO: '2',
      API_KEY_CAP_ENTERPRISE: '3',
    });
  });
  afterAll(async () => {
    await app?.stop();
    await fake?.close();
    await database?.drop();
  });

  /** Posts `event` as Stripe would: the exact JSON bytes, signed by the SDK's test helper. */
  function deliver(
    event: Json,
    options: { secret?: string; timestamp?: number; tamper?: (body: string) => string } = {},
  ): Promise<TestResponse> {
    const { body, signature } = signedDelivery(event, options.secret ?? WEBHOOK_SECRET, options.timestamp);
    return app.request('/billing/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      body: options.tamper ? options.tamper(body) : body,
    });
  }

  async function expectOutcome(event: Json, outcome: string): Promise<void> {
    const response = await deliver(event);
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: { received: true, outcome } });
  }

  /** A user who went through checkout: they have a Stripe customer. */
  async function customerUser(): Promise<Session & { customerId: string }> {
    const session = await signUp(app);
    const started = await app.request('/billing/checkout', json('POST', { tier: 'pro' }, session.access));
    expect(started.status).toBe(200);
    const [row] = await queryDatabase(database.url, 'SELECT stripe_customer_id FROM users WHERE id = $1', [session.userId]);
    return { ...session, customerId: row.stripe_customer_id };
  }

  /** Stripe's state of a subscription changes (what retrievals answer from now on). */
  function stripeHolds(user: { customerId: string; userId: string }, spec: Partial<SubscriptionSpec> & { id: string }): Json {
    return fake.putSubscription({ customer: user.customerId, price: PRICE_PRO, metadata: { user_id: user.userId }, ...spec });
  }

  function completedCheckout(user: { customerId: string; userId: string }, subscriptionId: string, created?: number): Json {
    return stripeEvent(
      'checkout.session.completed',
      {
        id: stripeId('cs_test'),
        object: 'checkout.session',
        mode: 'subscription',
        status: 'complete',
        customer: user.customerId,
        client_reference_id: user.userId,
        subscription: subscriptionId,
      },
      { created },
    );
  }

  /** An invoice event, naming its subscription the current way or (legacy) at the top level. */
  function invoiceEvent(type: string, user: { customerId: string }, subscriptionId: string, legacy = false): Json {
    const invoice: Json = {
      id: stripeId('in'),
      object: 'invoice',
      customer: user.customerId,
      status: type === 'invoice.paid' ? 'paid' : 'open',
    };
    if (legacy) invoice.subscription = subscriptionId;
    else invoice.parent = { type: 'subscription_details', subscription_details: { subscription: subscriptionId, metadata: {} } };
    return stripeEvent(type, invoice);
  }

  async function tierOf(session: Session): Promise<{ db: string; me: string; billing: Json }> {
    const [row] = await queryDatabase(database.url, 'SELECT subscription_tier FROM users WHERE id = $1', [session.userId]);
    const me = await app.request('/users/me', bearer(session.access));
    const billing = await app.request('/billing/subscription', bearer(session.access));
    expect(billing.status).toBe(200);
    return { db: row.subscription_tier, me: me.body.subscription_tier, billing: billing.body };
  }

  const subscriptionRows = (stripeSubscriptionId: string) =>
    queryDatabase(database.url, 'SELECT * FROM subscriptions WHERE stripe_subscription_id = $1', [stripeSubscriptionId]);
  const processed = (eventId: string) => queryDatabase(database.url, 'SELECT * FROM processed_stripe_events WHERE id = $1', [eventId]);
  const retrievals = (subscriptionId: string) => fake.requestsTo('GET', `/v1/subscriptions/${subscriptionId}`).length;
  const createKey = (session: Session) => app.request('/users/me/api-keys', json('POST', { name: 'k' }, session.access));

  it('happy path: a completed checkout puts the user on pro at once, with the period from Stripe, and the key cap follows', async () => {
    const user = await customerUser();
    expect((await createKey(user)).status).toBe(201);
    expect((await createKey(user)).status).toBe(409); // free allows 1 key here

    const start = now() - 60;
    const subscriptionId = stripeId('sub');
    stripeHolds(user, { id: subscriptionId, periodStart: start, periodEnd: start + 30 * DAY });
    const event = completedCheckout(user, subscriptionId);
    await expectOutcome(event, 'applied');

    const tiers = await tierOf(user);
    expect(tiers.db).toBe('pro');
    expect(tiers.me).toBe('pro'); // the cached user was dropped: no stale tier
    expect(tiers.billing).toEqual({
      tier: 'pro',
      status: 'active',
      current_period_start: iso(start),
      current_period_end: iso(start + 30 * DAY),
      cancel_at_period_end: false,
      canceled_at: null,
    });
    const [row] = await subscriptionRows(subscriptionId);
    expect(row).toMatchObject({ user_id: user.userId, stripe_price_id: PRICE_PRO, tier: 'pro', status: 'active', cancel_at_period_end: false });
    expect(await processed(event.id as string)).toEqual([expect.objectContaining({ type: 'checkout.session.completed', outcome: 'applied' })]);
    expect((await createKey(user)).status).toBe(201); // pro allows 2

    // Stripe also sends customer.subscription.created: same state, still one row.
    await expectOutcome(stripeEvent('customer.subscription.created', fake.subscriptions.get(subscriptionId)!), 'applied');
    expect(await subscriptionRows(subscriptionId)).toHaveLength(1);
  });

  it('upgrade: customer.subscription.updated to the enterprise price moves the user to enterprise', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    stripeHolds(user, { id: subscriptionId });
    await expectOutcome(completedCheckout(user, subscriptionId), 'applied');
    expect((await tierOf(user)).me).toBe('pro');

    const upgraded = stripeHolds(user, { id: subscriptionId, price: PRICE_ENTERPRISE });
    await expectOutcome(stripeEvent('customer.subscription.updated', upgraded), 'applied');
    const tiers = await tierOf(user);
    expect([tiers.db, tiers.me, tiers.billing.tier]).toEqual(['enterprise', 'enterprise', 'enterprise']);
    const rows = await subscriptionRows(subscriptionId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tier: 'enterprise', stripe_price_id: PRICE_ENTERPRISE });
    for (let i = 0; i < 3; i += 1) expect((await createKey(user)).status).toBe(201); // enterprise allows 3
    expect((await createKey(user)).status).toBe(409);
  });

  it('cancel at period end keeps the tier until Stripe deletes the subscription, then drops to free', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    const start = now() - DAY;
    stripeHolds(user, { id: subscriptionId, periodStart: start });
    await expectOutcome(completedCheckout(user, subscriptionId), 'applied');

    const canceling = stripeHolds(user, { id: subscriptionId, periodStart: start, cancelAtPeriodEnd: true, canceledAt: now() });
    await expectOutcome(stripeEvent('customer.subscription.updated', canceling), 'applied');
    let tiers = await tierOf(user);
    expect(tiers.me).toBe('pro');
    expect(tiers.billing).toMatchObject({
      tier: 'pro',
      status: 'active',
      cancel_at_period_end: true,
      current_period_end: iso(start + 30 * DAY),
    });

    // The period is over: Stripe ends the subscription.
    const ended = stripeHolds(user, { id: subscriptionId, periodStart: start, status: 'canceled', canceledAt: now() });
    await expectOutcome(stripeEvent('customer.subscription.deleted', ended), 'applied');
    tiers = await tierOf(user);
    expect([tiers.db, tiers.me]).toEqual(['free', 'free']);
    expect(tiers.billing).toMatchObject({ tier: 'free', status: 'canceled', canceled_at: expect.any(String) });
    expect((await subscriptionRows(subscriptionId))[0]).toMatchObject({ tier: 'pro', status: 'canceled' });
  });

  it('payment failure: past_due keeps the tier (grace), unpaid drops to free, a paid invoice restores it', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    stripeHolds(user, { id: subscriptionId });
    await expectOutcome(completedCheckout(user, subscriptionId), 'applied');

    stripeHolds(user, { id: subscriptionId, status: 'past_due' });
    await expectOutcome(invoiceEvent('invoice.payment_failed', user, subscriptionId), 'applied');
    let tiers = await tierOf(user);
    expect(tiers.me).toBe('pro');
    expect(tiers.billing).toMatchObject({ tier: 'pro', status: 'past_due' });

    const unpaid = stripeHolds(user, { id: subscriptionId, status: 'unpaid' });
    await expectOutcome(stripeEvent('customer.subscription.updated', unpaid), 'applied');
    tiers = await tierOf(user);
    expect([tiers.db, tiers.me, tiers.billing.status]).toEqual(['free', 'free', 'unpaid']);

    // The card is updated and the invoice paid (named the pre-2025 way, at the invoice's top level).
    stripeHolds(user, { id: subscriptionId, status: 'active' });
    await expectOutcome(invoiceEvent('invoice.paid', user, subscriptionId, true), 'applied');
    expect((await tierOf(user)).me).toBe('pro');
  });

  it('duplicate delivery: a redelivered event changes nothing, even delivered twice at once', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    stripeHolds(user, { id: subscriptionId });
    const event = completedCheckout(user, subscriptionId);
    await expectOutcome(event, 'applied');

    // Were the redelivery processed, it would read this new state and drop the user to free.
    stripeHolds(user, { id: subscriptionId, status: 'canceled', canceledAt: now() });
    const calls = retrievals(subscriptionId);
    await expectOutcome(event, 'duplicate');
    expect(retrievals(subscriptionId)).toBe(calls);
    expect((await tierOf(user)).db).toBe('pro');
    expect(await processed(event.id as string)).toHaveLength(1);

    const deleted = stripeEvent('customer.subscription.deleted', fake.subscriptions.get(subscriptionId)!);
    const both = await Promise.all([deliver(deleted), deliver(deleted)]);
    expect(both.map((answer) => answer.status)).toEqual([200, 200]);
    expect(both.map((answer) => answer.body.outcome).sort()).toEqual(['applied', 'duplicate']);
    expect((await tierOf(user)).me).toBe('free');
  });

  it('out-of-order delivery: an event older than the state held is skipped; a stale payload never wins over Stripe', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    const t = now();
    const active = stripeHolds(user, { id: subscriptionId });
    const olderUpdate = stripeEvent('customer.subscription.updated', active, { created: t - 30 });
    const ended = stripeHolds(user, { id: subscriptionId, status: 'canceled', canceledAt: t });
    await expectOutcome(stripeEvent('customer.subscription.deleted', ended, { created: t }), 'applied');
    expect((await tierOf(user)).db).toBe('free');

    // The older "active" update arrives late: not applied, Stripe not even asked.
    const calls = retrievals(subscriptionId);
    await expectOutcome(olderUpdate, 'stale');
    expect(retrievals(subscriptionId)).toBe(calls);
    const tiers = await tierOf(user);
    expect([tiers.db, tiers.me, tiers.billing.status]).toEqual(['free', 'free', 'canceled']);
    expect(await processed(olderUpdate.id as string)).toEqual([expect.objectContaining({ outcome: 'stale' })]);

    // Same second, payload says active, Stripe says canceled: Stripe's current state is applied.
    const other = await customerUser();
    const otherId = stripeId('sub');
    const payload = stripeHolds(other, { id: otherId });
    stripeHolds(other, { id: otherId, status: 'canceled', canceledAt: now() });
    await expectOutcome(stripeEvent('customer.subscription.created', payload), 'applied');
    expect((await tierOf(other)).billing).toMatchObject({ tier: 'free', status: 'canceled' });
  });

  it('bad signatures: 400 invalid-webhook-signature, nothing recorded, Stripe not called', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    stripeHolds(user, { id: subscriptionId });
    const event = completedCheckout(user, subscriptionId);
    const calls = fake.requests.length;
    const attempts = [
      await deliver(event, { secret: 'whsec_someone_else' }),
      await deliver(event, { tamper: (body) => body.replace(user.userId, '00000000-0000-4000-8000-000000000000') }),
      await deliver(event, { timestamp: now() - 600 }), // beyond the SDK's five-minute tolerance
      await app.request('/billing/webhook', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) }),
      await app.request('/billing/webhook', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=deadbeef' },
        body: JSON.stringify(event),
      }),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe(`${PROBLEMS}invalid-webhook-signature`);
    }
    expect(attempts[3].body.detail).toBe('The Stripe-Signature header is missing.');
    expect(fake.requests).toHaveLength(calls);
    expect(await processed(event.id as string)).toEqual([]);
    expect((await tierOf(user)).db).toBe('free');
    // The genuine delivery still works.
    await expectOutcome(event, 'applied');
  });

  it('a signed timestamp beyond the tolerance in the future is refused; a little clock skew either way is not', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    stripeHolds(user, { id: subscriptionId });
    const event = completedCheckout(user, subscriptionId);
    const calls = fake.requests.length;
    for (const ahead of [3600, 301]) {
      const future = await deliver(event, { timestamp: now() + ahead });
      expect({ status: future.status, type: future.body.type }).toEqual({ status: 400, type: `${PROBLEMS}invalid-webhook-signature` });
      expect(future.body.detail).toBe('The Stripe-Signature timestamp is more than 300 seconds in the future.');
    }
    expect(fake.requests).toHaveLength(calls);
    expect(await processed(event.id as string)).toEqual([]);
    // Stripe's clock a minute ahead of ours, or a delivery a few minutes late: both fine.
    // Created in the same second as `event`: a later `created` would make `event` stale (a flake when
    // the clock crossed a second between the two).
    const late = completedCheckout(user, subscriptionId, event.created as number);
    const lateDelivery = await deliver(late, { timestamp: now() - 240 });
    expect(lateDelivery.body).toEqual({ received: true, outcome: 'applied' });
    const skewed = await deliver(event, { timestamp: now() + 60 });
    expect(skewed.body).toEqual({ received: true, outcome: 'applied' });
  });

  it('a signed but malformed event is acknowledged as ignored (no 500, no retry storm), logged in one line, and changes nothing', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    stripeHolds(user, { id: subscriptionId });
    const good = completedCheckout(user, subscriptionId);
    const calls = fake.requests.length;
    const logsBefore = app.logs.length;
    const malformed: Json[] = [
      { ...good, id: stripeId('evt'), created: 'yesterday' },
      { ...good, id: stripeId('evt'), created: 1e15 },
      { ...good, id: stripeId('evt'), data: null },
      { ...good, id: stripeId('evt'), data: {} },
      { ...good, id: stripeId('evt'), data: { object: 'sub_123' } },
      { ...good, id: 12345 },
      { ...good, id: stripeId('evt'), type: ['checkout.session.completed'] },
      completedCheckout(user, { id: 42 } as unknown as string),
      stripeEvent('customer.subscription.updated', { id: ['sub_1', 'sub_2'], object: 'subscription' }),
      stripeEvent('invoice.paid', { id: stripeId('in'), object: 'invoice', parent: { subscription_details: { subscription: { id: {} } } } }),
    ];
    for (const event of malformed) {
      const response = await deliver(event);
      expect({ event, status: response.status, body: response.body }).toEqual({
        event,
        status: 200,
        body: { received: true, outcome: 'ignored' },
      });
      if (typeof event.id === 'string') expect(await processed(event.id)).toEqual([]);
    }
    expect(fake.requests).toHaveLength(calls);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logs = app.logs.slice(logsBefore);
    const warnings = logs.filter((line) => line.level === 40 && /^Stripe event .* ignored: /.test(String(line.msg)));
    expect(warnings).toHaveLength(malformed.length);
    expect(logs.filter((line) => (line.level as number) >= 50 || 'stack' in line || 'err' in line)).toEqual([]);
    expect((await tierOf(user)).db).toBe('free');
    await expectOutcome(good, 'applied');
  });

  it('an unknown price id is acknowledged and recorded but grants nothing, with a warning', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    stripeHolds(user, { id: subscriptionId, price: 'price_not_ours' });
    const event = completedCheckout(user, subscriptionId);
    await expectOutcome(event, 'ignored');
    const tiers = await tierOf(user);
    expect([tiers.db, tiers.me, tiers.billing.status]).toEqual(['free', 'free', null]);
    expect(await subscriptionRows(subscriptionId)).toEqual([]);
    expect(await processed(event.id as string)).toEqual([expect.objectContaining({ outcome: 'ignored' })]);
    expect(app.logs.some((line) => line.level === 40 && String(line.msg).includes('price_not_ours'))).toBe(true);
  });

  it('reads the billing period from the subscription itself on pre-2025 API versions', async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    const start = now() - 3 * DAY;
    stripeHolds(user, { id: subscriptionId, periodStart: start, periodEnd: start + 365 * DAY, legacyPeriods: true, price: PRICE_ENTERPRISE });
    await expectOutcome(completedCheckout(user, subscriptionId), 'applied');
    expect((await tierOf(user)).billing).toMatchObject({
      tier: 'enterprise',
      current_period_start: iso(start),
      current_period_end: iso(start + 365 * DAY),
    });
  });

  it('events it does not act on, and subscriptions Stripe does not know, are acknowledged without effect', async () => {
    const other = stripeEvent('customer.created', { id: stripeId('cus'), object: 'customer' });
    await expectOutcome(other, 'ignored');
    expect(await processed(other.id as string)).toEqual([]);

    const user = await customerUser();
    const ghost = completedCheckout(user, stripeId('sub'));
    await expectOutcome(ghost, 'ignored');
    expect(await processed(ghost.id as string)).toEqual([expect.objectContaining({ outcome: 'ignored' })]);
    expect((await tierOf(user)).db).toBe('free');

    const oneOff = stripeEvent('checkout.session.completed', {
      id: stripeId('cs_test'),
      object: 'checkout.session',
      mode: 'payment',
      customer: user.customerId,
      subscription: null,
    });
    await expectOutcome(oneOff, 'ignored');
  });

  it('keeps a keep-alive connection usable after refusing a body it did not read (415, then 413)', async () => {
    // One socket for all three, as a client's connection pool would reuse it.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const oversized = `"${'A'.repeat(1024 * 1024 + 10)}"`;
    const post = (body: string, contentType: string) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest(
          `${app.baseUrl}/billing/webhook`,
          { method: 'POST', agent, headers: { 'content-type': contentType }, timeout: 5_000 },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          },
        );
        request.on('timeout', () => request.destroy(new Error('no answer within 5 s')));
        request.on('error', reject);
        request.end(body);
      });
    try {
      expect(await post(oversized, 'text/plain')).toBe(415);
      expect(await post(oversized, 'application/json')).toBe(413);
      expect(await post('{}', 'application/json')).toBe(400);
    } finally {
      agent.destroy();
    }
  });

  it("Stripe unreachable while applying: 502 and nothing recorded, so Stripe's redelivery applies it", async () => {
    const user = await customerUser();
    const subscriptionId = stripeId('sub');
    stripeHolds(user, { id: subscriptionId });
    const event = completedCheckout(user, subscriptionId);
    fake.failNext(`/v1/subscriptions/${subscriptionId}`, 400);
    const failed = await deliver(event);
    expect(failed.status).toBe(502);
    expect(failed.body.type).toBe(`${PROBLEMS}payment-provider-error`);
    expect(await processed(event.id as string)).toEqual([]);
    await expectOutcome(event, 'applied');
    expect((await tierOf(user)).me).toBe('pro');
  });
});
