import {
  bearer,
  createTestDatabase,
  GOOD_PASSWORD,
  json,
  login,
  migrate,
  queryDatabase,
  register,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  uniqueEmail,
  type TestApp,
  type TestDatabase,
} from './support';

describe('accounts and sessions', () => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp({ DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, JWT_ACCESS_TTL: '15m' });
  });
  afterAll(async () => {
    await app.stop();
    await database.drop();
  });

  describe('registration', () => {
    it('creates a user with a trimmed, lower-cased email and answers the contract representation', async () => {
      const email = uniqueEmail('Ada');
      const response = await register(app, `  ${email.toUpperCase()} `, GOOD_PASSWORD, 'Ada Lovelace');
      expect(response.status).toBe(201);
      expect(Object.keys(response.body).sort()).toEqual(
        [
          'created_at',
          'email',
          'full_name',
          'id',
          'is_active',
          'is_verified',
          'last_login',
          'share_unrecognised_errors',
          'subscription_tier',
          'updated_at',
        ].sort(),
      );
      expect(response.body).toMatchObject({
        email: email.toLowerCase(),
        full_name: 'Ada Lovelace',
        subscription_tier: 'free',
        is_active: true,
        is_verified: false,
        last_login: null,
      });
      const [row] = (await queryDatabase(database.url, 'SELECT hashed_password FROM users WHERE id = $1', [response.body.id])) as Array<{
        hashed_password: string;
      }>;
      expect(row.hashed_password).toMatch(/^\$2b\$04\$/);
      expect(response.text).not.toContain(row.hashed_password);
    });

    it('accepts POST /users/ with a trailing slash too', async () => {
      const response = await app.request('/users/', json('POST', { email: uniqueEmail(), password: GOOD_PASSWORD }));
      expect(response.status).toBe(201);
    });

    it('refuses a taken email in any letter case with 409 and creates nothing', async () => {
      const email = uniqueEmail();
      expect((await register(app, email)).status).toBe(201);
      const again = await register(app, email.toUpperCase());
      expect(again.status).toBe(409);
      expect(again.body.type).toBe('https://ai-error-translator.dev/problems/conflict');
      expect(await countUsers(database, email)).toBe(1);
    });

    it.each([
      ['too short', 'Ab1-short', /password must be at least 10 characters long/],
      ['one character class', 'alllowercaseletters', /password must contain at least 2 of/],
      ['common', 'Password123', /too common/],
    ])('applies the password policy (%s) with a 400 naming the rule', async (_case, password, message) => {
      const email = uniqueEmail();
      const response = await register(app, email, password);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { message: string }) => error.message).join(' ')).toMatch(message);
      expect(await countUsers(database, email)).toBe(0);
    });

    it('refuses a password equal to the email', async () => {
      const email = uniqueEmail('Longname1');
      const response = await register(app, email, email.toUpperCase());
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('password');
    });

    it('rejects unknown fields, so nobody can set their own tier or verification', async () => {
      const email = uniqueEmail();
      const response = await app.request(
        '/users',
        json('POST', { email, password: GOOD_PASSWORD, subscription_tier: 'enterprise', is_verified: true, is_active: true }),
      );
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'is_active',
        'is_verified',
        'subscription_tier',
      ]);
      expect(await countUsers(database, email)).toBe(0);
    });
  });

  describe('login', () => {
    it('returns a bearer token pair, accepts any email case, and sets last_login', async () => {
      const email = uniqueEmail();
      await register(app, email);
      const response = await login(app, email.toUpperCase());
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        access_token: expect.any(String),
        refresh_token: expect.any(String),
        token_type: 'bearer',
        expires_in: 900,
      });
      // Tokens must not stay in a browser's or a proxy's cache.
      expect(response.headers.get('cache-control')).toBe('no-store');
      const me = await app.request('/users/me', bearer(response.body.access_token));
      expect(me.status).toBe(200);
      expect(me.body.email).toBe(email);
      expect(Date.parse(me.body.last_login)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('answers an unknown email and a wrong password with the same 401 body', async () => {
      const email = uniqueEmail();
      await register(app, email);
      const wrongPassword = await login(app, email, 'Not-The-Password-1', { 'x-forwarded-for': '10.0.0.1' });
      const unknownEmail = await login(app, uniqueEmail(), GOOD_PASSWORD);
      expect(wrongPassword.status).toBe(401);
      expect(unknownEmail.status).toBe(401);
      expect(wrongPassword.body).toEqual(unknownEmail.body);
      expect(wrongPassword.body.detail).toBe('The email or password is not correct.');
    });

    it('refuses an inactive user', async () => {
      const email = uniqueEmail();
      await register(app, email);
      await queryDatabase(database.url, 'UPDATE users SET is_active = false WHERE email = $1', [email]);
      expect((await login(app, email)).status).toBe(401);
    });
  });

  describe('refresh rotation', () => {
    it('swaps a refresh token for a new pair, once', async () => {
      const session = await signUp(app);
      const first = await app.request('/auth/refresh', json('POST', { refresh_token: session.refresh }));
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-store');
      expect(first.body.refresh_token).not.toBe(session.refresh);
      expect((await app.request('/users/me', bearer(first.body.access_token))).status).toBe(200);
    });

    it('revokes the whole family when a used refresh token comes back', async () => {
      const session = await signUp(app);
      const rotated = await app.request('/auth/refresh', json('POST', { refresh_token: session.refresh }));
      const rotatedAgain = await app.request('/auth/refresh', json('POST', { refresh_token: rotated.body.refresh_token }));
      expect(rotatedAgain.status).toBe(200);

      const replay = await app.request('/auth/refresh', json('POST', { refresh_token: session.refresh }));
      expect(replay.status).toBe(401);
      expect(replay.body.type).toBe('https://ai-error-translator.dev/problems/invalid-token');

      // Every token of that login is dead now: the newest refresh token and the access tokens.
      expect((await app.request('/auth/refresh', json('POST', { refresh_token: rotatedAgain.body.refresh_token }))).status).toBe(401);
      expect((await app.request('/users/me', bearer(rotatedAgain.body.access_token))).status).toBe(401);
      expect((await app.request('/users/me', bearer(session.access))).status).toBe(401);

      // Another login of the same user is a different family and keeps working.
      const other = await login(app, session.email);
      expect((await app.request('/users/me', bearer(other.body.access_token))).status).toBe(200);
    });

    it('lets only one of two concurrent refreshes with the same token succeed', async () => {
      const session = await signUp(app);
      const results = await Promise.all([1, 2].map(() => app.request('/auth/refresh', json('POST', { refresh_token: session.refresh }))));
      expect(results.map((result) => result.status).sort()).toEqual([200, 401]);
    });

    it('refuses an access token as a refresh token and a refresh token as an access token', async () => {
      const session = await signUp(app);
      expect((await app.request('/auth/refresh', json('POST', { refresh_token: session.access }))).status).toBe(401);
      const asAccess = await app.request('/users/me', bearer(session.refresh));
      expect(asAccess.status).toBe(401);
      expect(asAccess.body.detail).toBe('This is not an access token.');
    });
  });

  describe('logout', () => {
    it('revokes the access token (blacklisted with its expiry) and the refresh token given', async () => {
      const session = await signUp(app);
      const response = await app.request('/auth/logout', json('POST', { refresh_token: session.refresh }, session.access));
      expect(response.status).toBe(204);
      expect(response.text).toBe('');

      const me = await app.request('/users/me', bearer(session.access));
      expect(me.status).toBe(401);
      expect(me.body.detail).toBe('The token has been revoked.');
      expect((await app.request('/auth/refresh', json('POST', { refresh_token: session.refresh }))).status).toBe(401);

      const rows = (await queryDatabase(
        database.url,
        `SELECT token_type, revoked_by, revocation_reason, expires_at > now() + interval '14 minutes' AS long_enough
           FROM token_blacklist WHERE revoked_by = $1 ORDER BY token_type`,
        [session.userId],
      )) as unknown[];
      expect(rows).toEqual([
        { token_type: 'access', revoked_by: session.userId, revocation_reason: 'logout', long_enough: true },
        { token_type: 'family', revoked_by: session.userId, revocation_reason: 'logout', long_enough: true },
        { token_type: 'refresh', revoked_by: session.userId, revocation_reason: 'logout', long_enough: true },
      ]);
    });

    it('without a refresh token still ends the login: its refresh token no longer refreshes', async () => {
      const session = await signUp(app);
      const rotated = await app.request('/auth/refresh', json('POST', { refresh_token: session.refresh }));
      expect(rotated.status).toBe(200);
      const response = await app.request('/auth/logout', json('POST', {}, rotated.body.access_token));
      expect(response.status).toBe(204);

      const refreshed = await app.request('/auth/refresh', json('POST', { refresh_token: rotated.body.refresh_token }));
      expect(refreshed.status).toBe(401);
      expect(refreshed.body.detail).toBe('The refresh token is invalid, expired or revoked.');
      expect((await app.request('/users/me', bearer(rotated.body.access_token))).status).toBe(401);
    });

    it("ends only the login it was called from, not the user's other logins", async () => {
      const session = await signUp(app);
      const other = await login(app, session.email);
      expect((await app.request('/auth/logout', json('POST', undefined, session.access))).status).toBe(204);
      expect((await app.request('/users/me', bearer(other.body.access_token))).status).toBe(200);
      expect((await app.request('/auth/refresh', json('POST', { refresh_token: other.body.refresh_token }))).status).toBe(200);
    });

    it('needs an access token', async () => {
      const response = await app.request('/auth/logout', json('POST', {}));
      expect(response.status).toBe(401);
      expect(response.body.detail).toBe('Send an access token: Authorization: Bearer <token>.');
    });
  });

  describe('profile', () => {
    it('updates full_name, and a new email un-verifies the account', async () => {
      const session = await signUp(app);
      await queryDatabase(database.url, 'UPDATE users SET is_verified = true WHERE id = $1', [session.userId]);
      const renamed = await app.request('/users/me', json('PUT', { full_name: 'New Name' }, session.access));
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ full_name: 'New Name', is_verified: true });

      const newEmail = uniqueEmail('moved');
      const moved = await app.request('/users/me', json('PUT', { email: newEmail.toUpperCase() }, session.access));
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ email: newEmail, is_verified: false });
      expect((await app.request('/users/me', bearer(session.access))).body.email).toBe(newEmail);
    });

    it('refuses an email another account holds with 409, changing nothing', async () => {
      const taken = await signUp(app);
      const session = await signUp(app);
      const response = await app.request('/users/me', json('PUT', { email: taken.email, full_name: 'Changed' }, session.access));
      expect(response.status).toBe(409);
      expect((await app.request('/users/me', bearer(session.access))).body).toMatchObject({ email: session.email, full_name: null });
    });

    it('accepts only full_name and email', async () => {
      const session = await signUp(app);
      const response = await app.request('/users/me', json('PUT', { subscription_tier: 'pro' }, session.access));
      expect(response.status).toBe(400);
      expect((await app.request('/users/me', bearer(session.access))).body.subscription_tier).toBe('free');
    });
  });

  describe('password change', () => {
    it('needs the current password, applies the policy, and ends every earlier session', async () => {
      const session = await signUp(app);
      const otherLogin = await login(app, session.email);

      const wrong = await app.request(
        '/users/me/change-password',
        json('POST', { current_password: 'nope', new_password: 'Another-Passphrase-7' }, session.access),
      );
      expect(wrong.status).toBe(400);
      const weak = await app.request(
        '/users/me/change-password',
        json('POST', { current_password: GOOD_PASSWORD, new_password: 'short' }, session.access),
      );
      expect(weak.status).toBe(400);
      expect((await app.request('/users/me', bearer(session.access))).status).toBe(200);

      const changed = await app.request(
        '/users/me/change-password',
        json('POST', { current_password: GOOD_PASSWORD, new_password: 'Another-Passphrase-7' }, session.access),
      );
      expect(changed.status).toBe(204);

      for (const token of [session.access, otherLogin.body.access_token]) {
        const me = await app.request('/users/me', bearer(token));
        expect(me.status).toBe(401);
        expect(me.body.detail).toBe('The password has changed since this token was issued.');
      }
      expect((await app.request('/auth/refresh', json('POST', { refresh_token: session.refresh }))).status).toBe(401);
      expect((await login(app, session.email)).status).toBe(401);
      const fresh = await login(app, session.email, 'Another-Passphrase-7');
      expect(fresh.status).toBe(200);
      expect((await app.request('/users/me', bearer(fresh.body.access_token))).status).toBe(200);
    });
  });

  it('turns away a user deactivated after login on the next request', async () => {
    const session = await signUp(app);
    await queryDatabase(database.url, 'UPDATE users SET is_active = false WHERE id = $1', [session.userId]);
    // The row is cached; an out-of-band change is seen within the cache's bound or on the next
    // notified change. Through the service, a change is seen at once (see the other tests).
    await queryDatabase(database.url, `SELECT pg_notify('aet_changes', 'user-changed\n' || $1)`, [session.userId]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const me = await app.request('/users/me', bearer(session.access));
    expect(me.status).toBe(401);
    expect(me.body.detail).toBe('The account does not exist or is disabled.');
  });
});

async function countUsers(database: TestDatabase, email: string): Promise<number> {
  const rows = (await queryDatabase(database.url, 'SELECT COUNT(*)::int AS n FROM users WHERE lower(email) = lower($1)', [email])) as Array<{
    n: number;
  }>;
  return rows[0].n;
}
