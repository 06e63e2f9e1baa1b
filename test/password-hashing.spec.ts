import { login, PROBLEMS, register, sleep, startMigratedApp, uniqueEmail, type MigratedApp, type TestApp, type TestResponse } from './support';

const SERVICE_UNAVAILABLE = `${PROBLEMS}service-unavailable`;

/**
 * One hash at a time and two waiting: a burst of eight is answered three times and turned away
 * five times. Cost 13 makes one hash take a few hundred milliseconds, far longer than the burst
 * takes to arrive, so the split does not depend on the machine's speed.
 */
describe('password hashing under a burst', () => {
  let started: MigratedApp;
  let app: TestApp;

  beforeAll(async () => {
    started = await startMigratedApp({
      BCRYPT_ROUNDS: '13',
      PASSWORD_HASH_CONCURRENCY: '1',
      PASSWORD_HASH_QUEUE_LIMIT: '2',
      LOGIN_MAX_FAILURES: '3',
    });
    app = started.app;
  }, 60_000);
  afterAll(() => started.stop());

  function expectBusy(response: TestResponse): void {
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(response.body).toMatchObject({ type: SERVICE_UNAVAILABLE, status: 503 });
    expect(response.text).not.toMatch(/at \S+ \(|bcrypt/);
  }

  it('lets as many logins wait as configured and turns the rest away at once with 503 and Retry-After', async () => {
    // Eight accounts: parallel logins to one account from one client wait for each other at the
    // login limit instead (login-throttle.spec), which is not what this measures.
    const emails = Array.from({ length: 8 }, () => uniqueEmail());
    for (const email of emails) expect((await register(app, email)).status).toBe(201);

    const burst = await Promise.all(emails.map((email) => login(app, email)));
    const statuses = burst.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 503, 503, 503, 503, 503]);
    for (const response of burst.filter((r) => r.status === 503)) expectBusy(response);
    for (const response of burst.filter((r) => r.status === 200)) expect(response.body.access_token).toEqual(expect.any(String));

    // A refusal is not a failed login: with LOGIN_MAX_FAILURES=3, a refused account takes two wrong
    // passwords and still logs in (counted, the refusal would make them three and hold it back with 429).
    const refused = emails.filter((_, i) => burst[i].status === 503);
    for (let i = 0; i < 2; i += 1) expect((await login(app, refused[0], 'Wrong-Password-1')).status).toBe(401);
    expect((await login(app, refused[0])).status).toBe(200);
  }, 60_000);

  it('creates no account for a sign-up it turned away', async () => {
    const emails = Array.from({ length: 6 }, () => uniqueEmail('burst'));
    const burst = await Promise.all(emails.map((email) => register(app, email)));
    const refused = emails.filter((_, i) => burst[i].status === 503);
    const created = emails.filter((_, i) => burst[i].status === 201);
    expect([refused.length, created.length]).toEqual([3, 3]);
    for (const response of burst.filter((r) => r.status === 503)) expectBusy(response);

    // Sequentially now, each waits its turn: the refused addresses are still free, the others taken.
    for (const email of refused) expect((await register(app, email)).status).toBe(201);
    for (const email of created) expect((await register(app, email)).status).toBe(409);
  }, 60_000);

  it('answers a wrong password with 401 as usual when there is room', async () => {
    const email = uniqueEmail();
    expect((await register(app, email)).status).toBe(201);
    expect((await login(app, email, 'Wrong-Password-1')).status).toBe(401);
  }, 60_000);

  it('puts a login before the sign-ups waiting for a hash, and never turns it away for them', async () => {
    const email = uniqueEmail();
    expect((await register(app, email)).status).toBe(201);

    const finished: string[] = [];
    const signUps = Array.from({ length: 3 }, (_, i) =>
      register(app, uniqueEmail('queued')).then((response) => {
        finished.push(`sign-up ${i}`);
        return response.status;
      }),
    );
    // One sign-up hashing, two waiting: the queue is full for sign-ups, not for logins.
    await sleep(150);
    const loggedIn = await login(app, email);
    finished.push('login');
    expect(loggedIn.status).toBe(200);
    expect(await Promise.all(signUps)).toEqual([201, 201, 201]);
    // At most the sign-up already hashing finished first; the two waiting ones came after the login.
    expect(finished.indexOf('login')).toBeLessThanOrEqual(1);
  }, 60_000);
});
