import {
  describeWithPostgres,
  json,
  PROBLEMS,
  queryDatabase,
  signUp,
  startMigratedApp,
  until,
  type MigratedApp,
  type Session,
  type TestApp,
  type TestResponse,
} from './support';

/**
 * A request carrying both an access token (Authorization: Bearer) and an API key (X-API-Key), as
 * Swagger UI sends once both of its schemes are authorised: of the same user it is accepted and
 * counts once, as an API-key request; of different users it is a 400 problem; an invalid one of
 * the two is the 401 that credential gets on its own.
 */
const TRACE = 'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\nModuleNotFoundError: No module named \'requests\'';
const CONFLICT = `${PROBLEMS}conflicting-credentials`;

describeWithPostgres('an access token and an API key together', () => {
  let started: MigratedApp;
  let app: TestApp;
  let alice: Session;
  let bob: Session;
  let aliceKey: { id: string; key: string };
  let bobKey: { id: string; key: string };

  async function newKey(session: Session, name: string): Promise<{ id: string; key: string }> {
    const created = await app.request('/users/me/api-keys', json('POST', { name }, session.access));
    if (created.status !== 201) throw new Error(`create key: ${created.status} ${created.text}`);
    return { id: created.body.id, key: created.body.key };
  }

  function translate(headers: Record<string, string>): Promise<TestResponse> {
    return app.request('/translate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ error: TRACE }),
    });
  }

  const both = (access: string, key: string) => ({ authorization: `Bearer ${access}`, 'x-api-key': key });

  function expectProblem(response: TestResponse, status: number, type: string): void {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ type, status });
  }

  beforeAll(async () => {
    started = await startMigratedApp();
    app = started.app;
    [alice, bob] = await Promise.all([signUp(app), signUp(app)]);
    [aliceKey, bobKey] = await Promise.all([newKey(alice, 'alice editor'), newKey(bob, 'bob ci')]);
  });
  afterAll(() => started?.stop());

  describe('of the same user', () => {
    it('translates (200), counted once and against the key: its rate budget and one quota unit', async () => {
      const byKey = await translate({ 'x-api-key': aliceKey.key });
      expect(byKey.status).toBe(200);
      const keyRemaining = Number(byKey.headers.get('ratelimit-remaining'));
      const quotaRemaining = Number(byKey.headers.get('x-quota-remaining'));

      const byBoth = await translate(both(alice.access, aliceKey.key));
      expect(byBoth.status).toBe(200);
      expect(byBoth.body.error_type).toBe('ModuleNotFoundError');
      // The key's per-minute budget went down by one; the monthly quota by one, not two.
      expect(Number(byBoth.headers.get('ratelimit-remaining'))).toBe(keyRemaining - 1);
      expect(Number(byBoth.headers.get('x-quota-remaining'))).toBe(quotaRemaining - 1);

      // The user's own (access-token) budget was not touched by either request.
      const byToken = await translate({ authorization: `Bearer ${alice.access}` });
      expect(byToken.status).toBe(200);
      expect(Number(byToken.headers.get('ratelimit-remaining'))).toBe(Number(byToken.headers.get('ratelimit-limit')) - 1);
    });

    it('is logged once, as a request made with the key', async () => {
      const session = await signUp(app);
      const { id, key } = await newKey(session, 'logged');
      expect((await translate(both(session.access, key))).status).toBe(200);
      const rows = await until(
        async () => {
          const found = await queryDatabase(
            started.database.url,
            "SELECT api_key_id FROM usage_logs WHERE user_id = $1 AND endpoint = '/translate'",
            [session.userId],
          );
          return found.length > 0 && found;
        },
        5_000,
        'the usage log row',
      );
      expect(rows).toEqual([{ api_key_id: id }]);
    });

    it('names the key on GET /users/me/api-keys/current', async () => {
      const response = await app.request('/users/me/api-keys/current', { headers: both(alice.access, aliceKey.key) });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: aliceKey.id, name: 'alice editor', prefix: aliceKey.key.slice(0, 12) });
    });

    it("takes the same key in both headers (pasted into both of Swagger UI's dialogs) as one key", async () => {
      const response = await translate({ authorization: `Bearer ${aliceKey.key}`, 'x-api-key': aliceKey.key });
      expect(response.status).toBe(200);
    });
  });

  describe('that disagree', () => {
    it('refuses a token and a key of different users with a 400 problem saying so, and counts nothing', async () => {
      const before = await translate({ 'x-api-key': bobKey.key });
      for (const [access, key] of [
        [alice.access, bobKey.key],
        [bob.access, aliceKey.key],
      ] as const) {
        const response = await translate(both(access, key));
        expectProblem(response, 400, CONFLICT);
        expect(response.body.title).toBe('Conflicting Credentials');
        expect(response.body.detail).toBe(
          'The access token (Authorization) and the API key (X-API-Key) belong to different users; send one of them, or both of the same user.',
        );
        expect(response.headers.get('ratelimit-remaining')).toBeNull();
      }
      // Bob's key budget and quota moved by this one request only.
      const after = await translate({ 'x-api-key': bobKey.key });
      expect(Number(after.headers.get('ratelimit-remaining'))).toBe(Number(before.headers.get('ratelimit-remaining')) - 1);
      expect(Number(after.headers.get('x-quota-remaining'))).toBe(Number(before.headers.get('x-quota-remaining')) - 1);
    });

    it('refuses two different keys, even of the same user', async () => {
      const second = await newKey(alice, 'alice second');
      const response = await translate({ authorization: `Bearer ${second.key}`, 'x-api-key': aliceKey.key });
      expectProblem(response, 400, CONFLICT);
      expect(response.body.detail).toBe('X-API-Key and Authorization carry two different API keys; send one.');
    });
  });

  describe('with one of the two invalid: the 401 that credential gets alone', () => {
    it('a tampered access token with a valid key: invalid-token', async () => {
      const tampered = alice.access.slice(0, -4) + (alice.access.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      const response = await translate(both(tampered, aliceKey.key));
      expectProblem(response, 401, `${PROBLEMS}invalid-token`);
      expect(response.body.detail).toBe('The access token is invalid.');
    });

    it('a refresh token in place of the access token: invalid-token', async () => {
      const response = await translate(both(alice.refresh, aliceKey.key));
      expectProblem(response, 401, `${PROBLEMS}invalid-token`);
      expect(response.body.detail).toBe('This is not an access token.');
    });

    it('a valid access token with an unknown key: invalid-api-key', async () => {
      const response = await translate(both(alice.access, `aet_${'x'.repeat(40)}`));
      expectProblem(response, 401, `${PROBLEMS}invalid-api-key`);
      expect(response.body.detail).toBe('The API key is not valid or has been deactivated.');
    });

    it('a valid access token with a malformed key: invalid-api-key', async () => {
      const response = await translate(both(alice.access, 'not-a-key'));
      expectProblem(response, 401, `${PROBLEMS}invalid-api-key`);
      expect(response.body.detail).toMatch(/^The API key is malformed/);
    });

    it('a valid access token with a deactivated key of the same user: invalid-api-key', async () => {
      const session = await signUp(app);
      const doomed = await newKey(session, 'doomed');
      expect((await app.request(`/users/me/api-keys/${doomed.id}`, json('DELETE', undefined, session.access))).status).toBe(204);
      const response = await translate(both(session.access, doomed.key));
      expectProblem(response, 401, `${PROBLEMS}invalid-api-key`);
    });

    it('a logged-out access token with a valid key: invalid-token (the key does not revive the session)', async () => {
      const session = await signUp(app);
      const { key } = await newKey(session, 'survivor');
      expect((await app.request('/auth/logout', json('POST', undefined, session.access))).status).toBe(204);
      const response = await translate(both(session.access, key));
      expectProblem(response, 401, `${PROBLEMS}invalid-token`);
      expect(response.body.detail).toBe('The token has been revoked.');
      expect((await translate({ 'x-api-key': key })).status).toBe(200);
    });
  });

  it('still refuses a key on a route that takes access tokens only, even with a valid token', async () => {
    const response = await app.request('/users/me', { headers: both(alice.access, aliceKey.key) });
    expectProblem(response, 401, `${PROBLEMS}api-key-not-accepted`);
  });
});
