import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  json,
  login,
  migrate,
  msUntilStatus,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  type TestApp,
  type TestDatabase,
} from './support';

describeWithPostgres('two instances on one database', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    const env = { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET };
    [first, second] = await Promise.all([startApp(env), startApp(env)]);
  });
  afterAll(async () => {
    await Promise.all([first.stop(), second.stop()]);
    await database.drop();
  });

  it('honour a logout made through the other within one second', async () => {
    const session = await signUp(first);
    expect((await second.request('/users/me', bearer(session.access))).status).toBe(200);
    expect((await first.request('/auth/logout', json('POST', {}, session.access))).status).toBe(204);
    const elapsed = await msUntilStatus(() => second.request('/users/me', bearer(session.access)), 401, 1_000);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('honour a password change made through the other within one second (cached user rows are dropped)', async () => {
    const session = await signUp(first);
    expect((await second.request('/users/me', bearer(session.access))).status).toBe(200); // now cached on the second
    const changed = await first.request(
      '/users/me/change-password',
      json('POST', { current_password: session.password, new_password: 'Brand-New-Passphrase-9' }, session.access),
    );
    expect(changed.status).toBe(204);
    await msUntilStatus(() => second.request('/users/me', bearer(session.access)), 401, 1_000);
  });

  it('honour a refresh-token reuse detected by the other within one second', async () => {
    const session = await signUp(first);
    const again = await login(first, session.email);
    expect((await second.request('/users/me', bearer(again.body.access_token))).status).toBe(200);
    expect((await first.request('/auth/refresh', json('POST', { refresh_token: again.body.refresh_token }))).status).toBe(200);
    expect((await first.request('/auth/refresh', json('POST', { refresh_token: again.body.refresh_token }))).status).toBe(401);
    await msUntilStatus(() => second.request('/users/me', bearer(again.body.access_token)), 401, 1_000);
    // The other login of the same user is untouched.
    expect((await second.request('/users/me', bearer(session.access))).status).toBe(200);
  });

  it('a restarted instance still refuses tokens revoked before it started', async () => {
    const session = await signUp(first);
    expect((await first.request('/auth/logout', json('POST', {}, session.access))).status).toBe(204);
    const third = await startApp({ DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET });
    try {
      expect((await third.request('/users/me', bearer(session.access))).status).toBe(401);
    } finally {
      await third.stop();
    }
  });
});
