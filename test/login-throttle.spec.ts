import {
  bearer,
  describeWithPostgres,
  GOOD_PASSWORD,
  json,
  login,
  register,
  signUp,
  startMigratedApp,
  uniqueEmail,
  type MigratedApp,
  type TestApp,
} from './support';
import { REDIS_URL, SLOW, useLimitsSuite } from './support/limits';

const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe('brute-force protection on login', () => {
  let started: MigratedApp;
  let app: TestApp;

  beforeAll(async () => {
    started = await startMigratedApp({
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_IP_MAX_FAILURES: '6',
      LOGIN_ACCOUNT_MAX_FAILURES: '5',
      LOGIN_LOCKOUT: '2s',
    });
    app = started.app;
  });
  afterAll(() => started.stop());

  it('holds back a client that keeps failing on an account with 429 and Retry-After, even with the right password', async () => {
    const email = uniqueEmail();
    await register(app, email);
    for (let i = 0; i < 3; i += 1) expect((await login(app, email, 'Wrong-Password-1', from('10.1.0.1'))).status).toBe(401);

    const blocked = await login(app, email, undefined, from('10.1.0.1'));
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^[12]$/);
    expect(blocked.body).toMatchObject({ type: 'https://ai-error-translator.dev/problems/too-many-attempts', status: 429 });
  });

  it('does not let a stranger lock the owner out: the owner from another address still logs in', async () => {
    const email = uniqueEmail();
    await register(app, email);
    for (let i = 0; i < 3; i += 1) await login(app, email, 'Wrong-Password-1', from('10.2.0.1'));
    expect((await login(app, email, 'Wrong-Password-1', from('10.2.0.1'))).status).toBe(429);
    expect((await login(app, email, undefined, from('10.2.0.99'))).status).toBe(200);
  });

  it('lifts the hold when the window has passed', async () => {
    const email = uniqueEmail();
    await register(app, email);
    for (let i = 0; i < 3; i += 1) await login(app, email, 'Wrong-Password-1', from('10.3.0.1'));
    expect((await login(app, email, undefined, from('10.3.0.1'))).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await login(app, email, undefined, from('10.3.0.1'))).status).toBe(200);
  });

  it('throttles one address spraying many accounts, and only that address', async () => {
    const emails = Array.from({ length: 6 }, () => uniqueEmail());
    for (const email of emails) await register(app, email);
    for (const email of emails) expect((await login(app, email, 'Wrong-Password-1', from('10.4.0.1'))).status).toBe(401);

    const sprayer = await login(app, emails[0], undefined, from('10.4.0.1'));
    expect(sprayer.status).toBe(429);
    expect((await login(app, emails[0], undefined, from('10.4.0.2'))).status).toBe(200);
  });

  it('holds an account back for everyone after LOGIN_ACCOUNT_MAX_FAILURES failures from any addresses, as one shared address would be', async () => {
    const email = uniqueEmail();
    await register(app, email);
    for (let i = 0; i < 5; i += 1) expect((await login(app, email, 'Wrong-Password-1', from(`10.5.0.${i + 1}`))).status).toBe(401);

    const owner = await login(app, email, undefined, from('10.5.1.1'));
    expect(owner.status).toBe(429);
    expect(owner.headers.get('retry-after')).toMatch(/^[12]$/);
    // Other accounts from the same addresses are not affected.
    const other = uniqueEmail();
    await register(app, other);
    expect((await login(app, other, undefined, from('10.5.0.1'))).status).toBe(200);
  });
});

describe('a password asked again inside a session counts as a login attempt', () => {
  let started: MigratedApp;
  let app: TestApp;

  beforeAll(async () => {
    started = await startMigratedApp({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES: '3', LOGIN_IP_MAX_FAILURES: '50', LOGIN_LOCKOUT: '30s' });
    app = started.app;
  });
  afterAll(() => started.stop());

  const changePassword = (access: string, current: string, ip: string) =>
    app.request('/users/me/change-password', {
      ...json('POST', { current_password: current, new_password: 'Another-Sturdy-Phrase-7' }, access),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access}`, ...from(ip) },
    });
  const deleteAccount = (access: string, password: string, ip: string) =>
    app.request('/users/me', {
      ...json('DELETE', { password }, access),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access}`, ...from(ip) },
    });

  it('a stolen session cannot guess the password through change-password: 429 after the login limit, password unchanged', async () => {
    const session = await signUp(app);
    for (let i = 0; i < 3; i += 1) {
      const wrong = await changePassword(session.access, `Guess-Number-${i}`, '10.7.0.1');
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'current_password' })]);
    }
    const held = await changePassword(session.access, GOOD_PASSWORD, '10.7.0.1');
    expect(held.status).toBe(429);
    expect(held.body).toMatchObject({ type: 'https://ai-error-translator.dev/problems/too-many-attempts', status: 429 });
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same guesses hold back a login from that address, and nothing changed: the owner elsewhere signs in as before.
    expect((await login(app, session.email, undefined, from('10.7.0.1'))).status).toBe(429);
    expect((await login(app, session.email, undefined, from('10.7.0.2'))).status).toBe(200);
  });

  it('nor through account deletion: 429 after the limit, and the account is still there', async () => {
    const session = await signUp(app);
    for (let i = 0; i < 3; i += 1) expect((await deleteAccount(session.access, `Guess-Number-${i}`, '10.8.0.1')).status).toBe(403);
    const held = await deleteAccount(session.access, GOOD_PASSWORD, '10.8.0.1');
    expect(held.status).toBe(429);
    expect((await app.request('/users/me', bearer(session.access))).status).toBe(200);
  });

  it('failed logins count too, and a right answer clears the count as a login does', async () => {
    const session = await signUp(app);
    for (let i = 0; i < 2; i += 1) expect((await login(app, session.email, 'Wrong-Password-1', from('10.9.0.1'))).status).toBe(401);
    expect((await changePassword(session.access, GOOD_PASSWORD, '10.9.0.1')).status).toBe(204);
    // Cleared: with the two failures before it, two more would have held this address back.
    for (let i = 0; i < 2; i += 1) expect((await login(app, session.email, 'Wrong-Password-1', from('10.9.0.1'))).status).toBe(401);
    expect((await login(app, session.email, 'Another-Sturdy-Phrase-7', from('10.9.0.1'))).status).toBe(200);
  });
});

describeWithPostgres('brute-force protection shared by two instances through Redis', () => {
  const suite = useLimitsSuite({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES: '3', LOGIN_IP_MAX_FAILURES: '6', LOGIN_LOCKOUT: '30s', REDIS_URL });
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    [first, second] = await Promise.all([suite.start(), suite.start()]);
  }, SLOW);

  const randomIp = () => `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  it('allows one address the guesses one instance allows, however the guesses are spread', async () => {
    const ip = randomIp();
    const emails = Array.from({ length: 6 }, () => uniqueEmail());
    for (const email of emails) await register(first, email);
    for (const [i, email] of emails.entries()) {
      expect((await login(i % 2 === 0 ? first : second, email, 'Wrong-Password-1', from(ip))).status).toBe(401);
    }
    expect((await login(first, emails[0], undefined, from(ip))).status).toBe(429);
    expect((await login(second, emails[1], undefined, from(ip))).status).toBe(429);
    expect(Number(await suite.redis.get(`aet:login:ip:${ip}`))).toBe(6);
  });

  it('holds back a client failing on one account on both instances, and a success there clears it', async () => {
    const ip = randomIp();
    const email = uniqueEmail();
    await register(first, email);
    for (const app of [first, second, first]) expect((await login(app, email, 'Wrong-Password-1', from(ip))).status).toBe(401);
    expect((await login(second, email, undefined, from(ip))).status).toBe(429);
    expect((await login(first, email, undefined, from(ip))).status).toBe(429);
    expect((await login(second, email, undefined, from(randomIp()))).status).toBe(200);
    expect(await suite.redis.exists(`aet:login:account:${email}`)).toBe(0);
  });
});
