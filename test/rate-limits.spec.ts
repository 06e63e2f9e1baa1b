import Redis from 'ioredis';
import { register } from 'prom-client';
import { takeToken, type BucketState } from '../src/limits/token-bucket';
import { bearer, describeWithPostgres, PROBLEMS, signUp, TEST_JWT_SECRET, until, type TestApp, type TestResponse } from './support';
import { header, newApiKey, REDIS_URL, setTier, SLOW, tierSeen, translate, useLimitsSuite } from './support/limits';
import { TcpProxy } from './support/tcp-proxy';

const LIMITS = { RATE_LIMIT_FREE: '5', RATE_LIMIT_PRO: '8', RATE_LIMIT_ENTERPRISE: '60', JWT_SECRET: TEST_JWT_SECRET };

function remaining(response: TestResponse): number {
  return Number(header(response, 'ratelimit-remaining'));
}

/** What the bucket in Redis holds as used, rounded up as the headers show it. */
async function usedInRedis(redis: Redis, budget: string): Promise<number | null> {
  const level = await redis.hget(`aet:rl:${budget}`, 'level');
  return level === null ? null : Math.ceil(Number(level) - 1e-6);
}

function current(app: TestApp, key: string): Promise<TestResponse> {
  return app.request('/users/me/api-keys/current', { headers: { 'x-api-key': key } });
}

describeWithPostgres('rate limits per minute by tier', () => {
  const suite = useLimitsSuite(LIMITS);
  const { start } = suite;

  describe('with Redis, shared by two instances', () => {
    let first: TestApp;
    let second: TestApp;
    beforeAll(async () => {
      [first, second] = await Promise.all([start({ REDIS_URL }), start({ REDIS_URL })]);
    }, SLOW);

    it('counts down RateLimit-Remaining, then answers 429 rate-limited with Retry-After', async () => {
      const session = await signUp(first);
      const seen: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await translate(first, session);
        expect(response.status).toBe(200);
        expect(header(response, 'ratelimit-limit')).toBe('5');
        const reset = Number(header(response, 'ratelimit-reset'));
        expect(reset).toBeGreaterThanOrEqual(1);
        expect(reset).toBeLessThanOrEqual(60);
        seen.push(remaining(response));
      }
      expect(seen).toEqual([4, 3, 2, 1, 0]);

      const refused = await translate(first, session);
      expect(refused.status).toBe(429);
      expect(header(refused, 'content-type')).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ type: `${PROBLEMS}rate-limited`, status: 429, limit: 5, scope: 'user' });
      expect(refused.body.detail).toMatch(/^Rate limit exceeded: your account may make 5 requests per minute/);
      expect(header(refused, 'ratelimit-remaining')).toBe('0');
      const retryAfter = Number(header(refused, 'retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(String(retryAfter)).toBe(header(refused, 'ratelimit-reset'));
      // Routes outside the product API are not limited and carry no RateLimit headers.
      const profile = await first.request('/users/me', bearer(session.access));
      expect(profile.status).toBe(200);
      expect(header(profile, 'ratelimit-limit')).toBeNull();
    });

    it('gives each API key its own budget, separate from the user’s (JWT) budget', async () => {
      const session = await signUp(first);
      const [keyA, keyB] = [await newApiKey(first, session, 'a'), await newApiKey(first, session, 'b')];
      for (let i = 0; i < 5; i += 1) expect((await translate(first, session)).status).toBe(200);
      expect((await translate(first, session)).status).toBe(429);

      // Both product routes draw on the same per-key budget.
      const viaCurrent = await current(first, keyA);
      expect(viaCurrent.status).toBe(200);
      expect(remaining(viaCurrent)).toBe(4);
      for (let i = 0; i < 4; i += 1) expect((await translate(first, { key: keyA })).status).toBe(200);
      const refused = await translate(first, { key: keyA });
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ type: `${PROBLEMS}rate-limited`, scope: 'api_key' });
      expect(refused.body.detail).toContain('this API key may make 5 requests per minute');

      const other = await translate(first, { key: keyB });
      expect(other.status).toBe(200);
      expect(remaining(other)).toBe(4);
    });

    it('shares one limit between the instances', async () => {
      const session = await signUp(first);
      const answers: number[] = [];
      for (let i = 0; i < 6; i += 1) answers.push((await translate(i % 2 === 0 ? first : second, session)).status);
      expect(answers).toEqual([200, 200, 200, 200, 200, 429]);
      expect((await translate(second, session)).status).toBe(429);
      expect((await translate(first, session)).status).toBe(429);
    });

    it('applies a tier change at once, on every instance, to what was already used this minute', async () => {
      const session = await signUp(first);
      for (let i = 0; i < 5; i += 1) expect((await translate(first, session)).status).toBe(200);
      expect((await translate(second, session)).status).toBe(429);

      await setTier(suite.database.url, session.userId, 'pro');
      await Promise.all([tierSeen(first, session, 'pro'), tierSeen(second, session, 'pro')]);
      // 5 used (the refused request took nothing): pro's 8 leave 3 more.
      const upgraded = [await translate(second, session), await translate(first, session), await translate(second, session)];
      expect(upgraded.map((response) => response.status)).toEqual([200, 200, 200]);
      expect(upgraded.map((response) => header(response, 'ratelimit-limit'))).toEqual(['8', '8', '8']);
      expect(upgraded.map(remaining)).toEqual([2, 1, 0]);
      expect((await translate(second, session)).status).toBe(429);

      await setTier(suite.database.url, session.userId, 'free');
      await tierSeen(first, session, 'free');
      const downgraded = await translate(first, session);
      expect(downgraded.status).toBe(429);
      expect(header(downgraded, 'ratelimit-limit')).toBe('5');
    });

    it('keeps each budget in Redis under its own key, expiring once drained', async () => {
      const session = await signUp(first);
      const key = await newApiKey(first, session);
      const keyId = (await current(first, key)).body.id as string;
      await Promise.all([translate(first, { key }), translate(second, { key }), translate(first, session)]);
      expect(await usedInRedis(suite.redis, `key:${keyId}`)).toBe(3);
      expect(await usedInRedis(suite.redis, `user:${session.userId}`)).toBe(1);
      // 3 used drain at 5 a minute in 36 s; the key lives a second longer.
      const ttl = await suite.redis.pttl(`aet:rl:key:${keyId}`);
      expect(ttl).toBeGreaterThan(30_000);
      expect(ttl).toBeLessThanOrEqual(37_000);
    });

    it('refills continuously: a refused client waits Retry-After seconds, not the rest of a minute', async () => {
      const session = await signUp(first);
      await setTier(suite.database.url, session.userId, 'enterprise');
      await tierSeen(first, session, 'enterprise');
      let refused: TestResponse | null = null;
      for (let i = 0; i < 200 && !refused; i += 1) {
        const response = await translate(first, session);
        if (response.status === 429) refused = response;
      }
      expect(refused).not.toBeNull();
      // 60 a minute is one a second.
      expect(header(refused!, 'retry-after')).toBe('1');
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const again = await translate(first, session);
      expect(again.status).toBe(200);
      expect(remaining(again)).toBeLessThanOrEqual(1);
    });
  });

  describe('without Redis', () => {
    it(
      'limits each instance on its own',
      async () => {
        const [left, right] = await Promise.all([start({}), start({})]);
        const session = await signUp(left);
        for (let i = 0; i < 5; i += 1) {
          expect((await translate(left, session)).status).toBe(200);
          expect((await translate(right, session)).status).toBe(200);
        }
        expect((await translate(left, session)).status).toBe(429);
        expect((await translate(right, session)).status).toBe(429);
      },
      SLOW,
    );
  });

  describe('when Redis goes away', () => {
    let proxy: TcpProxy;
    let app: TestApp;
    beforeAll(async () => {
      proxy = await new TcpProxy(new URL(REDIS_URL).hostname, Number(new URL(REDIS_URL).port || 6379)).start();
      app = await start({ REDIS_URL: `redis://127.0.0.1:${proxy.port}`, HEALTH_DB_TIMEOUT_MS: '500' });
    }, SLOW);
    afterAll(async () => proxy?.stop());

    it('keeps serving with per-instance limits, without added latency, and readiness says so', async () => {
      const session = await signUp(app);
      // Until its Redis client has connected (through the proxy, slower on a loaded machine) the app counts per
      // instance, as designed: the shared count is what this starts from.
      await until(async () => ((await app.request('/health/ready')).body.details.redis.status === 'up' ? true : null), 10_000);
      for (let i = 0; i < 3; i += 1) expect((await translate(app, session)).status).toBe(200);
      expect(await usedInRedis(suite.redis, `user:${session.userId}`)).toBe(3);

      proxy.cut();
      const started = Date.now();
      const during: TestResponse[] = [];
      for (let i = 0; i < 6; i += 1) during.push(await translate(app, session));
      const elapsed = Date.now() - started;
      // The per-instance fallback starts its own count: 5 allowed, the 6th refused.
      expect(during.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 429]);
      expect(during.map(remaining)).toEqual([4, 3, 2, 1, 0, 0]);
      expect(elapsed).toBeLessThan(1_000);
      // The monthly quota is counted in this instance too, seeded from usage_logs.
      expect(header(during[0], 'x-quota-limit')).toBe('1000');
      expect(await usedInRedis(suite.redis, `user:${session.userId}`)).toBeLessThanOrEqual(3);

      const ready = await app.request('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('degraded');
      expect(ready.body.details.redis.status).toBe('degraded');
      expect(ready.body.details.redis.message).toContain('rate limits and monthly quotas are counted per instance');

      proxy.restore();
      await until(async () => ((await app.request('/health/ready')).body.details.redis.status === 'up' ? true : null), 10_000);
      const other = await signUp(app);
      await until(async () => {
        await translate(app, other);
        return (await usedInRedis(suite.redis, `user:${other.userId}`)) !== null ? true : null;
      }, 3_000);
    });

    it('costs one request a short timeout, not every request, when Redis stops answering', async () => {
      const session = await signUp(app);
      expect((await translate(app, session)).status).toBe(200);
      // The connection stays open but answers take 3 s: only the command timeout (250 ms) notices.
      proxy.latencyMs = 3_000;
      try {
        const durations: number[] = [];
        for (let i = 0; i < 4; i += 1) {
          const started = Date.now();
          const response = await translate(app, session);
          durations.push(Date.now() - started);
          expect(response.status).toBe(200);
          expect(header(response, 'ratelimit-limit')).toBe('5');
        }
        // The first pays the timeout (then Redis is left alone for a second); none waits for Redis's
        // answer. Trying Redis on each would cost the next three at least 2 × 250 ms apiece.
        expect(durations[0]).toBeGreaterThanOrEqual(240);
        expect(Math.max(...durations)).toBeLessThan(1_500);
        expect(durations.slice(1).reduce((sum, ms) => sum + ms, 0)).toBeLessThan(1_200);
      } finally {
        proxy.latencyMs = 0;
      }
    });
  });
});

describe('the token bucket', () => {
  const MINUTE = 60_000;

  it('admits a burst of the whole capacity, then refuses without taking anything', () => {
    let state: BucketState | undefined;
    const used: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const take = takeToken(state, 1_000, 5, MINUTE);
      expect(take.admitted).toBe(true);
      used.push(take.used);
      state = take.state;
    }
    expect(used).toEqual([1, 2, 3, 4, 5]);
    const refused = takeToken(state, 1_000, 5, MINUTE);
    expect(refused).toMatchObject({ admitted: false, used: 5, msBeforeNext: 12_000 });
    expect(refused.state.level).toBe(5);
  });

  it('drains at capacity per window: one more fits after window/capacity', () => {
    const full: BucketState = { level: 5, atMs: 0 };
    expect(takeToken(full, 11_999, 5, MINUTE).admitted).toBe(false);
    expect(takeToken(full, 12_000, 5, MINUTE)).toMatchObject({ admitted: true, used: 5 });
    expect(takeToken(full, MINUTE, 5, MINUTE)).toMatchObject({ admitted: true, used: 1, msBeforeNext: 12_000 });
    expect(takeToken(full, 10 * MINUTE, 5, MINUTE).state.level).toBe(1);
  });

  it('keeps the level across a capacity change: an upgrade frees the difference, a downgrade forgives nothing', () => {
    const used: BucketState = { level: 5, atMs: 0 };
    expect(takeToken(used, 0, 8, MINUTE)).toMatchObject({ admitted: true, used: 6 });
    expect(takeToken({ level: 7, atMs: 0 }, 0, 5, MINUTE)).toMatchObject({ admitted: false, msBeforeNext: 36_000 });
  });
});

describe('rejection metrics', () => {
  it('are counters in prom-client’s default registry, labelled by scope and by tier', async () => {
    const { quotaRejections, rateLimitRejections } = await import('../src/limits/limits.metrics');
    rateLimitRejections.inc({ scope: 'api_key' });
    quotaRejections.inc({ tier: 'free' });
    const text = await register.metrics();
    expect(text).toContain('# TYPE aet_rate_limit_rejections_total counter');
    expect(text).toContain('aet_rate_limit_rejections_total{scope="api_key"} 1');
    expect(text).toContain('# TYPE aet_quota_rejections_total counter');
    expect(text).toContain('aet_quota_rejections_total{tier="free"} 1');
  });
});
