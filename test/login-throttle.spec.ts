import { login, register, startMigratedApp, uniqueEmail, type MigratedApp, type TestApp } from './support';

const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe('brute-force protection on login', () => {
  let started: MigratedApp;
  let app: TestApp;

  beforeAll(async () => {
    started = await startMigratedApp({
      TRUST_PROXY: 'true',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_IP_MAX_FAILURES: '6',
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

    const sprayer = await login(app, emails[0]!, undefined, from('10.4.0.1'));
    expect(sprayer.status).toBe(429);
    expect((await login(app, emails[0]!, undefined, from('10.4.0.2'))).status).toBe(200);
  });
});
