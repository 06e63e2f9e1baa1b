import {
  describeWithPostgres,
  GOOD_PASSWORD,
  json,
  login,
  PROBLEMS,
  queryDatabase,
  register,
  sleep,
  uniqueEmail,
  type TestApp,
  type TestResponse,
} from './support';
import { REDIS_URL, SLOW, useLimitsSuite } from './support/limits';

const from = (ip: string) => ({ 'x-forwarded-for': ip });

function signUpFrom(app: TestApp, ip: string, email = uniqueEmail('flood')): Promise<TestResponse> {
  const init = json('POST', { email, password: GOOD_PASSWORD });
  return app.request('/users', { ...init, headers: { ...(init.headers as Record<string, string>), ...from(ip) } });
}

interface Timed {
  status: number;
  ms: number;
}

async function timedLogin(app: TestApp, email: string): Promise<Timed> {
  const started = performance.now();
  const response = await login(app, email, GOOD_PASSWORD, from('10.60.0.2'));
  return { status: response.status, ms: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Sign-ups from `connections` connections of one address for `ms`, while one client logs in every
 * 200 ms. Answers every sign-up status and every login.
 */
async function floodWhileLoggingIn(app: TestApp, email: string, connections: number, ms: number) {
  const end = Date.now() + ms;
  const signups: number[] = [];
  const flood = Array.from({ length: connections }, async () => {
    while (Date.now() < end) signups.push((await signUpFrom(app, '10.60.0.1')).status);
  });
  const logins: Array<Promise<Timed>> = [];
  while (Date.now() < end) {
    logins.push(timedLogin(app, email));
    await sleep(200);
  }
  await Promise.all(flood);
  return { signups, logins: await Promise.all(logins) };
}

describeWithPostgres('sign-up throttling', () => {
  const suite = useLimitsSuite({ TRUST_PROXY: 'true', SIGNUP_LIMIT_PER_IP: '10', SIGNUP_WINDOW: '1h' });

  describe('a flood of sign-ups from one address, bcrypt cost 10 and one hash at a time', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await suite.start({ BCRYPT_ROUNDS: '10', PASSWORD_HASH_CONCURRENCY: '1' });
    }, SLOW);

    it(
      'never refuses or stalls a login, and creates at most the per-address limit of accounts',
      async () => {
        const email = uniqueEmail('steady');
        expect((await signUpFrom(app, '10.60.0.3', email)).status).toBe(201);
        const quiet: number[] = [];
        for (let i = 0; i < 5; i += 1) quiet.push((await timedLogin(app, email)).ms);

        const { signups, logins } = await floodWhileLoggingIn(app, email, 40, 4_000);

        expect(logins.length).toBeGreaterThanOrEqual(10);
        expect(logins.map((l) => l.status)).toEqual(logins.map(() => 200));
        // Generous: a login waits for the one hash running, and the flood's own client shares the CPU.
        // Without the throttle and the logins' priority, logins are refused 503 or wait for every sign-up's hash.
        expect(Math.max(...logins.map((l) => l.ms))).toBeLessThan(20 * median(quiet) + 2_000);

        expect(signups.filter((s) => s === 201).length).toBeLessThanOrEqual(10);
        expect(signups.filter((s) => s === 429).length).toBeGreaterThan(signups.length - 10 - 1);
        const [{ n }] = (await queryDatabase(suite.database.url, "SELECT count(*)::int AS n FROM users WHERE email LIKE 'flood.%'")) as [
          { n: number },
        ];
        expect(n).toBeLessThanOrEqual(10);
      },
      SLOW,
    );

    it('answers the refused sign-up 429 rate-limited with Retry-After up to the window, and creates nothing', async () => {
      const email = uniqueEmail('late');
      const refused = await signUpFrom(app, '10.60.0.1', email);
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ type: `${PROBLEMS}rate-limited`, status: 429 });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3_000);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3_600);
      expect((await signUpFrom(app, '10.60.0.4', email)).status).toBe(201);
    });
  });

  describe('the global limit', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await suite.start({ SIGNUP_LIMIT_GLOBAL: '5' });
    }, SLOW);

    it('refuses sign-ups from every address once all addresses together reached it', async () => {
      const answers: number[] = [];
      for (let i = 0; i < 7; i += 1) answers.push((await signUpFrom(app, `10.61.0.${i + 1}`)).status);
      expect(answers).toEqual([201, 201, 201, 201, 201, 429, 429]);
      const refused = await signUpFrom(app, '10.61.1.1');
      expect(refused.status).toBe(429);
      expect(refused.body.detail).toMatch(/the service accepts 5 new accounts per window/);
      // Logging in is not signing up.
      expect((await register(app)).status).toBe(429);
    });
  });

  describe('with Redis, shared by two instances', () => {
    let first: TestApp;
    let second: TestApp;
    beforeAll(async () => {
      [first, second] = await Promise.all([suite.start({ REDIS_URL }), suite.start({ REDIS_URL })]);
    }, SLOW);

    it('counts one address across the instances', async () => {
      const ip = `10.62.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      await suite.redis.del(`aet:signup:ip:${ip}`);
      const answers: number[] = [];
      for (let i = 0; i < 12; i += 1) answers.push((await signUpFrom(i % 2 === 0 ? first : second, ip)).status);
      expect(answers).toEqual([...Array(10).fill(201), 429, 429]);
      expect(Number(await suite.redis.get(`aet:signup:ip:${ip}`))).toBe(12);
    });
  });
});
