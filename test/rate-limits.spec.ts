import Redis from 'ioredis';
import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  migrate,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  type TestApp,
  type TestDatabase,
  type TestResponse,
} from './support';
import { header, newApiKey, PROBLEMS, REDIS_URL, setTier, tierSeen, translate, until } from './support/limits';
import { TcpProxy } from './support/tcp-proxy';

const LIMITS = { RATE_LIMIT_FREE: '5', RATE_LIMIT_PRO: '8', JWT_SECRET: TEST_JWT_SECRET };

function remaining(response: TestResponse): number {
  return Number(header(response, 'ratelimit-remaining'));
}

function current(app: TestApp, key: string): Promise<TestResponse> {
  return app.request('/users/me/api-keys/current', { headers: { 'x-api-key': key } });
}

describeWithPostgres('rate limits per minute by tier', () => {
  let database: TestDatabase;
  const apps: TestApp[] = [];
  let redis: Redis;

  async function start(env: Record<string, string>): Promise<TestApp> {
    const app = await startApp({ DATABASE_URL: database.url, ...LIMITS, ...env });
    apps.push(app);
    return app;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    redis?.disconnect();
    await database?.drop();
  });

  describe('with Redis, shared by two instances', () => {
    let first: TestApp;
    let second: TestApp;
    beforeAll(async () => {
      [first, second] = await Promise.all([start({ REDIS_URL }), start({ REDIS_URL })]);
    });

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

      await setTier(database.url, session.userId, 'pro');
      await Promise.all([tierSeen(first, session, 'pro'), tierSeen(second, session, 'pro')]);
      // 6 requests counted so far (the refused one too): the 7th and 8th are within pro's 8.
      const upgraded = [await translate(second, session), await translate(first, session)];
      expect(upgraded.map((response) => response.status)).toEqual([200, 200]);
      expect(upgraded.map((response) => header(response, 'ratelimit-limit'))).toEqual(['8', '8']);
      expect(upgraded.map(remaining)).toEqual([1, 0]);
      expect((await translate(second, session)).status).toBe(429);

      await setTier(database.url, session.userId, 'free');
      await tierSeen(first, session, 'free');
      const downgraded = await translate(first, session);
      expect(downgraded.status).toBe(429);
      expect(header(downgraded, 'ratelimit-limit')).toBe('5');
    });

    it('keeps the count in Redis, atomically, under the key of the budget', async () => {
      const session = await signUp(first);
      const key = await newApiKey(first, session);
      const keyId = (await current(first, key)).body.id as string;
      await Promise.all([translate(first, { key }), translate(second, { key }), translate(first, session)]);
      expect(await redis.get(`aet:rl:key:${keyId}`)).toBe('3');
      expect(await redis.get(`aet:rl:user:${session.userId}`)).toBe('1');
      expect(await redis.pttl(`aet:rl:key:${keyId}`)).toBeGreaterThan(50_000);
    });
  });

  describe('without Redis', () => {
    it('limits each instance on its own', async () => {
      const [left, right] = await Promise.all([start({}), start({})]);
      const session = await signUp(left);
      for (let i = 0; i < 5; i += 1) {
        expect((await translate(left, session)).status).toBe(200);
        expect((await translate(right, session)).status).toBe(200);
      }
      expect((await translate(left, session)).status).toBe(429);
      expect((await translate(right, session)).status).toBe(429);
    });
  });

  describe('when Redis goes away', () => {
    let proxy: TcpProxy;
    afterAll(async () => proxy?.stop());

    it('keeps serving with per-instance limits, without added latency, and readiness says so', async () => {
      proxy = await new TcpProxy(new URL(REDIS_URL).hostname, Number(new URL(REDIS_URL).port || 6379)).start();
      const app = await start({ REDIS_URL: `redis://127.0.0.1:${proxy.port}`, HEALTH_DB_TIMEOUT_MS: '500' });
      const session = await signUp(app);
      for (let i = 0; i < 3; i += 1) expect((await translate(app, session)).status).toBe(200);
      expect(await redis.get(`aet:rl:user:${session.userId}`)).toBe('3');
      expect((await app.request('/health/ready')).body.details.redis.status).toBe('up');

      proxy.cut();
      const started = Date.now();
      const during: TestResponse[] = [];
      for (let i = 0; i < 6; i += 1) during.push(await translate(app, session));
      const elapsed = Date.now() - started;
      // The per-instance fallback starts its own count: 5 allowed, the 6th refused.
      expect(during.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 429]);
      expect(during.map(remaining)).toEqual([4, 3, 2, 1, 0, 0]);
      expect(elapsed).toBeLessThan(1_000);
      expect(await redis.get(`aet:rl:user:${session.userId}`)).toBe('3');

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
        return (await redis.get(`aet:rl:user:${other.userId}`)) !== null ? true : null;
      }, 3_000);
    });
  });
});
