import { monthOf, secondsUntil, startOfMonth, startOfNextMonth } from '../src/limits/calendar-month';
import { MemoryQuotaCounter } from '../src/limits/quota-counters';
import { describeWithPostgres, PROBLEMS, queryDatabase, signUp, TEST_JWT_SECRET, type TestApp, type TestResponse } from './support';
import { header, newApiKey, REDIS_URL, setTier, SLOW, tierSeen, translate, useLimitsSuite } from './support/limits';

const LIMITS = { QUOTA_FREE: '3', QUOTA_PRO: '5', RATE_LIMIT_FREE: '100', RATE_LIMIT_PRO: '100', JWT_SECRET: TEST_JWT_SECRET };

function quotaRemaining(response: TestResponse): string | null {
  return header(response, 'x-quota-remaining');
}

describeWithPostgres('monthly quota of translations by tier', () => {
  const suite = useLimitsSuite(LIMITS);
  const { start } = suite;

  /** A usage_logs row as the usage writer would record it. */
  function logCall(userId: string, endpoint: string, method: string, status: number, at: Date = new Date()): Promise<unknown> {
    return queryDatabase(
      suite.database.url,
      'INSERT INTO usage_logs (user_id, endpoint, method, status_code, created_at) VALUES ($1, $2, $3, $4, $5)',
      [userId, endpoint, method, status, at],
    );
  }

  describe('with Redis, shared by two instances', () => {
    let first: TestApp;
    let second: TestApp;
    beforeAll(async () => {
      [first, second] = await Promise.all([start({ REDIS_URL }), start({ REDIS_URL })]);
    }, SLOW);

    it('counts down X-Quota-Remaining, then answers 429 quota-exceeded while the rate limit is fine', async () => {
      const session = await signUp(first);
      const resetsAt = startOfNextMonth(new Date()).toISOString();
      const answers: TestResponse[] = [];
      for (let i = 0; i < 3; i += 1) answers.push(await translate(first, session));
      expect(answers.map((response) => response.status)).toEqual([200, 200, 200]);
      expect(answers.map((response) => header(response, 'x-quota-limit'))).toEqual(['3', '3', '3']);
      expect(answers.map(quotaRemaining)).toEqual(['2', '1', '0']);
      expect(header(answers[0], 'x-quota-reset')).toBe(resetsAt);

      const refused = await translate(first, session);
      expect(refused.status).toBe(429);
      expect(header(refused, 'content-type')).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ type: `${PROBLEMS}quota-exceeded`, status: 429, limit: 3, tier: 'free', resets_at: resetsAt });
      expect(refused.body.detail).toContain('Monthly quota exceeded (not the rate limit)');
      expect(refused.body.detail).toContain('3 translations per calendar month');
      expect(refused.body.detail).toContain(resetsAt);
      const retryAfter = Number(header(refused, 'retry-after'));
      expect(Math.abs(retryAfter - secondsUntil(new Date(resetsAt), new Date()))).toBeLessThanOrEqual(5);
      // The rate limit is not what refused it: plenty of this minute's budget is left.
      expect(header(refused, 'ratelimit-limit')).toBe('100');
      // (4 used; the bucket refills 100 a minute, so a slow run may show a little more.)
      expect(Number(header(refused, 'ratelimit-remaining'))).toBeGreaterThanOrEqual(96);
      expect(await suite.redis.get(`aet:quota:${session.userId}:${monthOf(new Date())}`)).toBe('3');
    });

    it('counts only successful translations', async () => {
      const session = await signUp(first);
      expect(quotaRemaining(await translate(first, session))).toBe('2');
      const invalid = await translate(first, session, { error: '' });
      expect(invalid.status).toBe(400);
      expect(quotaRemaining(invalid)).toBe('2');
      const unknownField = await translate(second, session, { error: 'x', colour: 'blue' });
      expect(unknownField.status).toBe(400);
      expect(quotaRemaining(await translate(second, session))).toBe('1');
    });

    it('is one quota per user, across API keys, access tokens and instances', async () => {
      const session = await signUp(first);
      const [keyA, keyB] = [await newApiKey(first, session, 'a'), await newApiKey(first, session, 'b')];
      expect((await translate(first, { key: keyA })).status).toBe(200);
      expect((await translate(second, session)).status).toBe(200);
      expect((await translate(first, { key: keyB })).status).toBe(200);
      const refused = await translate(second, { key: keyA });
      expect(refused.status).toBe(429);
      expect(refused.body.type).toBe(`${PROBLEMS}quota-exceeded`);
    });

    it('applies a tier change to the next request', async () => {
      const session = await signUp(first);
      for (let i = 0; i < 3; i += 1) expect((await translate(first, session)).status).toBe(200);
      expect((await translate(second, session)).status).toBe(429);

      await setTier(suite.database.url, session.userId, 'pro');
      await Promise.all([tierSeen(first, session, 'pro'), tierSeen(second, session, 'pro')]);
      const upgraded = await translate(second, session);
      expect(upgraded.status).toBe(200);
      expect([header(upgraded, 'x-quota-limit'), quotaRemaining(upgraded)]).toEqual(['5', '1']);

      await setTier(suite.database.url, session.userId, 'enterprise');
      await tierSeen(first, session, 'enterprise');
      const unlimited = await translate(first, session);
      expect(unlimited.status).toBe(200);
      expect([header(unlimited, 'x-quota-limit'), quotaRemaining(unlimited)]).toEqual(['unlimited', 'unlimited']);

      await setTier(suite.database.url, session.userId, 'free');
      await tierSeen(first, session, 'free');
      const downgraded = await translate(first, session);
      expect(downgraded.status).toBe(429);
      expect(downgraded.body).toMatchObject({ type: `${PROBLEMS}quota-exceeded`, limit: 3 });
    });

    it('seeds an absent month count from the usage records: successful POST /translate calls since the month began', async () => {
      const session = await signUp(first);
      const other = await signUp(first);
      const lastMonth = new Date(startOfMonth(new Date()).getTime() - 1_000);
      await logCall(session.userId, '/translate', 'POST', 200);
      await logCall(session.userId, '/translate', 'POST', 201);
      // None of these counts: a failure, another route or method, last month, another user.
      await logCall(session.userId, '/translate', 'POST', 500);
      await logCall(session.userId, '/translate', 'POST', 429);
      await logCall(session.userId, '/translate', 'GET', 200);
      await logCall(session.userId, '/users/me', 'GET', 200);
      await logCall(session.userId, '/translate', 'POST', 200, lastMonth);
      await logCall(other.userId, '/translate', 'POST', 200);

      const last = await translate(second, session);
      expect(last.status).toBe(200);
      expect(quotaRemaining(last)).toBe('0');
      expect((await translate(first, session)).status).toBe(429);
      expect(quotaRemaining(await translate(first, other))).toBe('1');
    });
  });

  describe('without Redis', () => {
    it(
      'keeps the month’s count across a restart (seeded from usage_logs)',
      async () => {
        let app = await start({});
        const session = await signUp(app);
        await logCall(session.userId, '/translate', 'POST', 200);
        await logCall(session.userId, '/translate', 'POST', 200);
        const third = await translate(app, session);
        expect(third.status).toBe(200);
        expect(quotaRemaining(third)).toBe('0');
        expect((await translate(app, session)).status).toBe(429);
        await app.stop();

        // The usage writer logs the third translation; a fresh process starts from the table.
        await logCall(session.userId, '/translate', 'POST', 200);
        app = await start({});
        const refused = await translate(app, session);
        expect(refused.status).toBe(429);
        expect(refused.body.type).toBe(`${PROBLEMS}quota-exceeded`);
      },
      SLOW,
    );
  });
});

describe('calendar months (UTC) and the in-process counter', () => {
  it('resets at the first instant of the next UTC month, across a year end', () => {
    const at = new Date('2026-12-31T23:59:59.500Z');
    expect(monthOf(at)).toBe('2026-12');
    expect(startOfMonth(at).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(startOfNextMonth(at).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(secondsUntil(startOfNextMonth(at), at)).toBe(1);
    expect(secondsUntil(at, at)).toBe(1);
  });

  it('admits up to the limit, gives back released units, and forgets expired months', async () => {
    const counter = new MemoryQuotaCounter();
    expect(await counter.reserve('k', 2)).toBeNull();
    await counter.seed('k', 1, new Date(Date.now() + 60_000));
    await counter.seed('k', 0, new Date(Date.now() + 60_000)); // already there: kept
    expect(await counter.reserve('k', 2)).toEqual({ admitted: true, used: 2 });
    expect(await counter.reserve('k', 2)).toEqual({ admitted: false, used: 2 });
    await counter.release('k');
    expect(await counter.read('k')).toBe(1);
    expect(await counter.reserve('k', null)).toEqual({ admitted: true, used: 2 });
    await counter.seed('old', 5, new Date(Date.now() - 1));
    expect(await counter.read('old')).toBeNull();
  });
});
