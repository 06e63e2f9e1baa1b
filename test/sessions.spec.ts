import { Client } from 'pg';
import {
  bearer,
  describeWithPostgres,
  json,
  login,
  msUntilStatus,
  PROBLEMS,
  signUp,
  startAppPair,
  type AppPair,
  type Session,
  type TestApp,
  type TestResponse,
} from './support';

interface Pair {
  access: string;
  refresh: string;
}

async function loginAgain(app: TestApp, session: Session, userAgent?: string): Promise<Pair> {
  const answer = await login(app, session.email, session.password, userAgent === undefined ? {} : { 'user-agent': userAgent });
  expect(answer.status).toBe(200);
  return { access: answer.body.access_token, refresh: answer.body.refresh_token };
}

function refresh(app: TestApp, refreshToken: string, userAgent = 'node'): Promise<TestResponse> {
  const init = json('POST', { refresh_token: refreshToken });
  return app.request('/auth/refresh', { ...init, headers: { ...(init.headers as Record<string, string>), 'user-agent': userAgent } });
}

function sessionsOf(app: TestApp, access: string): Promise<TestResponse> {
  return app.request('/users/me/sessions', bearer(access));
}

function endSession(app: TestApp, access: string, id: string): Promise<TestResponse> {
  return app.request(`/users/me/sessions/${id}`, json('DELETE', undefined, access));
}

/** The session id a token belongs to: the `fam` claim. */
function familyOf(token: string): string {
  return (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { fam: string }).fam;
}

describeWithPostgres('sessions (two instances on one database)', () => {
  let pair: AppPair;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    pair = await startAppPair();
    ({ first, second } = pair);
  });
  afterAll(async () => pair.stop());

  describe('GET /users/me/sessions', () => {
    it('lists each login with its times, user agent and address, most recently active first, and marks the current one', async () => {
      const session = await signUp(first);
      const laptop = await loginAgain(first, session, 'Laptop/1.0');
      const listed = await sessionsOf(second, laptop.access);
      expect(listed.status).toBe(200);
      expect(listed.body).toHaveLength(2);
      const [newest, older] = listed.body;
      expect(newest).toEqual({
        id: familyOf(laptop.access),
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        last_refreshed_at: newest.created_at,
        expires_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        user_agent: 'Laptop/1.0',
        ip_address: '127.0.0.1',
        current: true,
      });
      expect(older).toMatchObject({ id: familyOf(session.access), current: false });
      expect(Date.parse(newest.expires_at) - Date.parse(newest.last_refreshed_at)).toBeGreaterThan(29 * 86_400_000);
      // The same list from the other login marks that one.
      const fromOther = await sessionsOf(first, session.access);
      expect(fromOther.body.map((s: { id: string; current: boolean }) => [s.id, s.current])).toEqual([
        [newest.id, false],
        [older.id, true],
      ]);
    });

    it('a refresh keeps the session id and creation time, and updates last_refreshed_at and the user agent', async () => {
      const session = await signUp(first);
      const [before] = (await sessionsOf(first, session.access)).body;
      await new Promise((resolve) => setTimeout(resolve, 20));
      const rotated = await refresh(second, session.refresh, 'Phone/2.0');
      expect(rotated.status).toBe(200);
      const listed = await sessionsOf(first, rotated.body.access_token);
      expect(listed.body).toHaveLength(1);
      const [after] = listed.body;
      expect(after).toMatchObject({ id: before.id, created_at: before.created_at, user_agent: 'Phone/2.0', current: true });
      expect(Date.parse(after.last_refreshed_at)).toBeGreaterThan(Date.parse(before.last_refreshed_at));
    });

    it('stores the user agent without control characters, trimmed, at most 512 characters; none when blank', async () => {
      const session = await signUp(first);
      await loginAgain(first, session, ` Agent\tWith\u0085Controls ${'x'.repeat(600)}`);
      await loginAgain(first, session, '   ');
      const agents = (await sessionsOf(first, session.access)).body.map((s: { user_agent: string | null }) => s.user_agent);
      expect(agents[0]).toBeNull();
      expect(agents[1]).toBe(`AgentWithControls ${'x'.repeat(512 - 'AgentWithControls '.length)}`);
      expect(agents[1]).toHaveLength(512);
    });

    it('needs an access token, and lists only your own sessions', async () => {
      expect((await first.request('/users/me/sessions')).status).toBe(401);
      const mine = await signUp(first);
      const theirs = await signUp(first);
      const ids = (await sessionsOf(first, mine.access)).body.map((s: { id: string }) => s.id);
      expect(ids).toEqual([familyOf(mine.access)]);
      expect(ids).not.toContain(familyOf(theirs.access));
    });

    it('does not list sessions ended by a refresh-token reuse or a password change', async () => {
      const session = await signUp(first);
      const stolen = await loginAgain(first, session);
      expect((await refresh(first, stolen.refresh)).status).toBe(200);
      expect((await refresh(first, stolen.refresh)).status).toBe(401); // reuse: the whole login ends
      expect((await sessionsOf(first, session.access)).body.map((s: { id: string }) => s.id)).toEqual([familyOf(session.access)]);

      const changed = await first.request(
        '/users/me/change-password',
        json('POST', { current_password: session.password, new_password: 'Brand-New-Passphrase-9' }, session.access),
      );
      expect(changed.status).toBe(204);
      const fresh = await loginAgain(first, { ...session, password: 'Brand-New-Passphrase-9' });
      expect((await sessionsOf(first, fresh.access)).body.map((s: { id: string }) => s.id)).toEqual([familyOf(fresh.access)]);
    });

    it('a login made before this release (no session row) gets its row at its next refresh', async () => {
      const session = await signUp(first);
      const client = new Client({ connectionString: pair.database.url });
      await client.connect();
      try {
        await client.query('DELETE FROM login_sessions WHERE id = $1', [familyOf(session.access)]);
      } finally {
        await client.end();
      }
      expect((await sessionsOf(first, session.access)).body).toEqual([]);
      const rotated = await refresh(first, session.refresh, 'Old/1.0');
      expect(rotated.status).toBe(200);
      expect((await sessionsOf(first, rotated.body.access_token)).body).toEqual([
        expect.objectContaining({ id: familyOf(session.access), user_agent: 'Old/1.0', current: true }),
      ]);
    });
  });

  describe('DELETE /users/me/sessions/{session_id}', () => {
    it('ends the session: the other instance refuses its access token within one second, and its refresh token', async () => {
      const session = await signUp(first);
      const other = await loginAgain(first, session);
      expect((await second.request('/users/me', bearer(other.access))).status).toBe(200);
      expect((await endSession(first, session.access, familyOf(other.access))).status).toBe(204);
      const elapsed = await msUntilStatus(() => second.request('/users/me', bearer(other.access)), 401, 1_000);
      expect(elapsed).toBeLessThan(1_000);
      const refused = await refresh(second, other.refresh);
      expect(refused.status).toBe(401);
      expect(refused.body.type).toBe(`${PROBLEMS}invalid-token`);
      // The session that ended it goes on, and no longer lists the ended one.
      expect((await second.request('/users/me', bearer(session.access))).status).toBe(200);
      expect((await sessionsOf(second, session.access)).body.map((s: { id: string }) => s.id)).toEqual([familyOf(session.access)]);
      // Ended already: 404.
      expect((await endSession(first, session.access, familyOf(other.access))).status).toBe(404);
    });

    it('ending the current session is allowed: this access token and its refresh token stop working at once', async () => {
      const session = await signUp(first);
      expect((await endSession(first, session.access, familyOf(session.access))).status).toBe(204);
      expect((await first.request('/users/me', bearer(session.access))).status).toBe(401);
      await msUntilStatus(() => second.request('/users/me', bearer(session.access)), 401, 1_000);
      expect((await refresh(second, session.refresh)).status).toBe(401);
    });

    it('another user’s session or an unknown id is 404, a malformed id 400; neither ends anything', async () => {
      const mine = await signUp(first);
      const theirs = await signUp(first);
      const foreign = await endSession(first, mine.access, familyOf(theirs.access));
      expect(foreign.status).toBe(404);
      expect(foreign.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(foreign.body).toMatchObject({ type: `${PROBLEMS}session-not-found`, status: 404 });
      expect((await endSession(first, mine.access, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
      const malformed = await endSession(first, mine.access, 'not-a-uuid');
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([{ field: 'session_id', message: 'session_id must be a UUID' }]);
      expect((await first.request('/users/me', bearer(theirs.access))).status).toBe(200);
      expect((await refresh(first, theirs.refresh)).status).toBe(200);
    });
  });

  describe('POST /auth/logout with a scope', () => {
    it('current (the default): only this session ends', async () => {
      const session = await signUp(first);
      const other = await loginAgain(first, session);
      expect((await first.request('/auth/logout', json('POST', {}, session.access))).status).toBe(204);
      await msUntilStatus(() => second.request('/users/me', bearer(session.access)), 401, 1_000);
      expect((await refresh(second, session.refresh)).status).toBe(401);
      expect((await second.request('/users/me', bearer(other.access))).status).toBe(200);
      expect((await sessionsOf(second, other.access)).body.map((s: { id: string }) => s.id)).toEqual([familyOf(other.access)]);
      // A request without a body means the same.
      expect((await first.request('/auth/logout', { method: 'POST', ...bearer(other.access) })).status).toBe(204);
      expect((await first.request('/users/me', bearer(other.access))).status).toBe(401);
    });

    it('others: every other session ends on every instance within one second; this one stays', async () => {
      const session = await signUp(first);
      const phone = await loginAgain(first, session);
      const tablet = await loginAgain(first, session);
      expect((await second.request('/users/me', bearer(phone.access))).status).toBe(200);
      expect((await first.request('/auth/logout', json('POST', { scope: 'others' }, session.access))).status).toBe(204);
      for (const ended of [phone, tablet]) {
        expect(await msUntilStatus(() => second.request('/users/me', bearer(ended.access)), 401, 1_000)).toBeLessThan(1_000);
        expect((await refresh(second, ended.refresh)).status).toBe(401);
      }
      expect((await second.request('/users/me', bearer(session.access))).status).toBe(200);
      expect((await sessionsOf(second, session.access)).body.map((s: { id: string }) => s.id)).toEqual([familyOf(session.access)]);
      expect((await refresh(second, session.refresh)).status).toBe(200);
    });

    it('all: every session ends, this one included', async () => {
      const session = await signUp(first);
      const other = await loginAgain(first, session);
      expect((await first.request('/auth/logout', json('POST', { scope: 'all' }, session.access))).status).toBe(204);
      for (const ended of [{ access: session.access, refresh: session.refresh }, other]) {
        await msUntilStatus(() => second.request('/users/me', bearer(ended.access)), 401, 1_000);
        expect((await refresh(second, ended.refresh)).status).toBe(401);
      }
      const fresh = await loginAgain(first, session);
      expect((await sessionsOf(first, fresh.access)).body.map((s: { id: string }) => s.id)).toEqual([familyOf(fresh.access)]);
    });

    it('an unknown scope or one of the wrong type is a 400 that ends nothing', async () => {
      const session = await signUp(first);
      for (const scope of ['everything', 'ALL', 42, true, '']) {
        const answer = await first.request('/auth/logout', json('POST', { scope }, session.access));
        expect(answer.status).toBe(400);
        expect(answer.body.errors).toEqual([{ field: 'scope', message: 'scope must be one of current, others, all' }]);
      }
      expect((await first.request('/users/me', bearer(session.access))).status).toBe(200);
      expect((await refresh(first, session.refresh)).status).toBe(200);
    });
  });
});
