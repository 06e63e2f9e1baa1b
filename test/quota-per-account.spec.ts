import { describeWithPostgres, json, PROBLEMS, signUp, type Session, type TestApp } from './support';
import { header, newApiKey, REDIS_URL, SLOW, translate, useLimitsSuite } from './support/limits';

/** Quota 3 a month, a cap of 5 keys, and a rate limit far above what these tests send. */
const LIMITS = { QUOTA_FREE: '3', API_KEY_CAP_FREE: '5', RATE_LIMIT_FREE: '1000', JWT_SECRET: 'quota-per-account-secret-0123456789abcdef' };
const KEYS = 5;

async function keysOf(app: TestApp, session: Session, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i += 1) keys.push(await newApiKey(app, session, `key ${i}`));
  return keys;
}

describeWithPostgres('the monthly quota belongs to the account, however many keys it has', () => {
  const suite = useLimitsSuite(LIMITS);

  describe.each([
    ['with Redis, two instances', { REDIS_URL }],
    ['without Redis, one instance', {}],
  ])('%s', (_name, env) => {
    let apps: TestApp[];
    beforeAll(async () => {
      apps = 'REDIS_URL' in env ? await Promise.all([suite.start(env), suite.start(env)]) : [await suite.start(env)];
    }, SLOW);
    const app = (i: number) => apps[i % apps.length];

    it(`${KEYS} keys share the account's 3 translations: the 4th is refused on every key and on the access token`, async () => {
      const session = await signUp(app(0));
      const keys = await keysOf(app(0), session, KEYS);
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push(await translate(app(i), { key: keys[i] }));
      expect(answers.map((response) => response.status)).toEqual([200, 200, 200]);
      expect(answers.map((response) => header(response, 'x-quota-limit'))).toEqual(['3', '3', '3']);
      expect(answers.map((response) => header(response, 'x-quota-remaining'))).toEqual(['2', '1', '0']);

      // Every key, fresh or used, and the owner's access token now get the same refusal.
      for (const [i, credential] of [...keys.map((key) => ({ key })), { access: session.access }].entries()) {
        const refused = await translate(app(i), credential);
        expect(refused.status).toBe(429);
        expect(refused.body).toMatchObject({ type: `${PROBLEMS}quota-exceeded`, limit: 3, tier: 'free' });
      }
      // The dashboard counts the account's use once: 3, not 3 per key.
      const dashboard = await app(1).request('/users/me/dashboard', { headers: { authorization: `Bearer ${session.access}` } });
      expect(dashboard.body.quota).toMatchObject({ limit: 3, used: 3, remaining: 0 });
    });

    it('a key made or rotated after the quota is used up brings no new quota', async () => {
      const session = await signUp(app(0));
      const [key] = await keysOf(app(0), session, 1);
      for (let i = 0; i < 3; i += 1) expect((await translate(app(i), { key })).status).toBe(200);
      const [fresh] = await keysOf(app(1), session, 1);
      expect((await translate(app(0), { key: fresh })).status).toBe(429);
      const list = await app(0).request('/users/me/api-keys', { headers: { authorization: `Bearer ${session.access}` } });
      const id = (list.body as Array<{ id: string; name: string }>).find((item) => item.name === 'key 0')!.id;
      const rotation = await app(1).request(`/users/me/api-keys/${id}/rotate`, json('POST', { grace_seconds: 60 }, session.access));
      expect(rotation.status).toBe(201);
      expect((await translate(app(0), { key: rotation.body.key as string })).status).toBe(429);
    });

    it("one account's keys do not use another account's quota", async () => {
      const [busy, quiet] = [await signUp(app(0)), await signUp(app(0))];
      const busyKeys = await keysOf(app(0), busy, 3);
      for (const key of busyKeys) expect((await translate(app(0), { key })).status).toBe(200);
      expect((await translate(app(1), { key: busyKeys[0] })).status).toBe(429);
      const [quietKey] = await keysOf(app(0), quiet, 1);
      const served = await translate(app(1), { key: quietKey });
      expect(served.status).toBe(200);
      expect(header(served, 'x-quota-remaining')).toBe('2');
    });
  });
});
