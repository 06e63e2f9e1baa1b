import {
  bearer,
  createTestDatabase,
  GOOD_PASSWORD,
  json,
  login,
  migrate,
  PROBLEMS,
  queryDatabase,
  register,
  startApp,
  TEST_JWT_SECRET,
  uniqueEmail,
  until,
  type Session,
  type TestApp,
  type TestDatabase,
} from './support';
import { runManageDb } from './support/manage-db-cli';
import { startSmtpSink, tokenFromMail, type SmtpSink } from './support/smtp-sink';

const FLUSH_MS = 100;
const AGENT = 'SecEventsTest/1.0 (jest)';

interface EventBody {
  id: string;
  type: string;
  ip_address: string | null;
  user_agent: string | null;
  detail: Record<string, unknown>;
  created_at: string;
}

describe('security events', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let app: TestApp;
  const env = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: database.url,
    JWT_SECRET: TEST_JWT_SECRET,
    SMTP_URL: sink.url,
    APP_URL: 'https://app.example.test',
    SECURITY_EVENTS_FLUSH_INTERVAL_MS: String(FLUSH_MS),
    LOGIN_MAX_FAILURES: '3',
    LOGIN_IP_MAX_FAILURES: '1000',
    ...extra,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    sink = await startSmtpSink();
    app = await startApp(env());
  });
  afterAll(async () => {
    await app?.stop();
    await sink?.stop();
    await database?.drop();
  });

  const withAgent = (init: RequestInit, agent = AGENT): RequestInit => ({
    ...init,
    headers: { ...(init.headers as Record<string, string>), 'user-agent': agent },
  });
  const page = (access: string, query = '') => app.request(`/users/me/security-events${query}`, bearer(access));
  async function events(access: string): Promise<EventBody[]> {
    const response = await page(access, '?limit=100');
    expect(response.status).toBe(200);
    return response.body.events as EventBody[];
  }
  /** Waits until the user's events hold every type of `types` (in any order), and returns them. */
  async function eventsWith(access: string, ...types: string[]): Promise<EventBody[]> {
    let last: EventBody[] = [];
    await until(
      async () => {
        last = await events(access);
        return types.every((type) => last.some((event) => event.type === type));
      },
      10_000,
      `events ${types.join(', ')}`,
    );
    return last;
  }
  async function session(): Promise<Session> {
    const email = uniqueEmail('sec');
    const created = await app.request('/users', withAgent(json('POST', { email, password: GOOD_PASSWORD })));
    expect(created.status).toBe(201);
    const tokens = await login(app, email, GOOD_PASSWORD, { 'user-agent': AGENT });
    expect(tokens.status).toBe(200);
    return { email, password: GOOD_PASSWORD, userId: created.body.id, access: tokens.body.access_token, refresh: tokens.body.refresh_token };
  }

  it('sign-up and login are recorded with time, IP and user agent, newest first', async () => {
    const before = Date.now();
    const user = await session();
    const list = await eventsWith(user.access, 'sign_up', 'login_succeeded');
    expect(list.map((event) => event.type)).toEqual(['login_succeeded', 'sign_up']);
    for (const event of list) {
      expect(event).toMatchObject({ ip_address: '127.0.0.1', user_agent: AGENT, detail: {} });
      expect(Date.parse(event.created_at)).toBeGreaterThanOrEqual(before - 1_000);
      expect(Date.parse(event.created_at)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('a failed login records its reason class, never the password; the lockout is recorded too', async () => {
    const user = await session();
    const secret = 'Wrong-Password-Nobody-Should-See-1';
    for (let attempt = 0; attempt < 3; attempt++) expect((await login(app, user.email, secret, { 'user-agent': AGENT })).status).toBe(401);
    const refused = await login(app, user.email, secret, { 'user-agent': AGENT });
    expect(refused.status).toBe(429);
    const list = await eventsWith(user.access, 'login_failed', 'login_locked_out', 'login_throttled');
    const failures = list.filter((event) => event.type === 'login_failed');
    expect(failures).toHaveLength(3);
    for (const failure of failures) expect(failure.detail).toEqual({ reason: 'wrong_password' });
    expect(list.find((event) => event.type === 'login_locked_out')!.detail.retry_after).toEqual(expect.any(Number));
    expect(list.find((event) => event.type === 'login_throttled')!.detail.retry_after).toEqual(expect.any(Number));
    const rows = await queryDatabase(database.url, 'SELECT detail::text, user_agent FROM security_events WHERE user_id = $1', [user.userId]);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('a login with an unknown email is recorded without an account and without the email', async () => {
    const email = uniqueEmail('nobody');
    expect((await login(app, email, 'Anything-At-All-99', { 'user-agent': 'ProbeAgent/unknown-account' })).status).toBe(401);
    await until(
      async () =>
        (await queryDatabase(database.url, "SELECT 1 FROM security_events WHERE user_agent = 'ProbeAgent/unknown-account'")).length === 1,
      10_000,
      'the unknown-account failure',
    );
    const [row] = await queryDatabase(
      database.url,
      "SELECT user_id, type, detail FROM security_events WHERE user_agent = 'ProbeAgent/unknown-account'",
    );
    expect(row).toEqual({ user_id: null, type: 'login_failed', detail: { reason: 'unknown_account' } });
    const all = await queryDatabase(database.url, 'SELECT detail::text AS detail FROM security_events');
    expect(all.some((entry) => entry.detail.includes(email))).toBe(false);
  });

  it('refresh-token reuse, logout, password change, email change and verification, keys: each recorded', async () => {
    const user = await session();
    // Rotate once, then present the used token again: its family is revoked.
    const rotated = await app.request('/auth/refresh', withAgent(json('POST', { refresh_token: user.refresh })));
    expect(rotated.status).toBe(200);
    expect((await app.request('/auth/refresh', withAgent(json('POST', { refresh_token: user.refresh })))).status).toBe(401);

    const second = await login(app, user.email, GOOD_PASSWORD, { 'user-agent': AGENT });
    const access = second.body.access_token as string;
    const key = await app.request('/users/me/api-keys', withAgent(json('POST', { name: 'ci' }, access)));
    expect(key.status).toBe(201);
    expect(
      (await app.request(`/users/me/api-keys/${key.body.id}`, withAgent({ method: 'DELETE', headers: { authorization: `Bearer ${access}` } })))
        .status,
    ).toBe(204);

    const newEmail = uniqueEmail('moved');
    expect((await app.request('/users/me', withAgent(json('PUT', { email: newEmail }, access)))).status).toBe(200);
    expect((await app.request('/auth/verify-email/request', json('POST', {}, access))).status).toBe(202);
    const mail = await sink.waitFor((message) => message.to.includes(newEmail) && /^Verify your email/.test(message.subject), 5_000);
    expect((await app.request('/auth/verify-email/confirm', withAgent(json('POST', { token: tokenFromMail(mail) })))).status).toBe(200);

    const newPassword = 'Another-Sturdy-Passphrase-77';
    const changed = await app.request(
      '/users/me/change-password',
      withAgent(json('POST', { current_password: GOOD_PASSWORD, new_password: newPassword }, access)),
    );
    expect(changed.status).toBe(204);
    const third = await login(app, newEmail, newPassword, { 'user-agent': AGENT });
    expect(third.status).toBe(200);
    expect((await app.request('/auth/logout', withAgent(json('POST', {}, third.body.access_token)))).status).toBe(204);
    const fourth = (await login(app, newEmail, newPassword, { 'user-agent': AGENT })).body.access_token as string;

    const list = await eventsWith(
      fourth,
      'refresh_token_reuse',
      'api_key_created',
      'api_key_deactivated',
      'email_changed',
      'email_verified',
      'password_changed',
      'logout',
    );
    const byType = (type: string) => list.find((event) => event.type === type)!;
    expect(byType('refresh_token_reuse').detail).toEqual({ family_revoked: true });
    expect(byType('api_key_created').detail).toMatchObject({ key_id: key.body.id, name: 'ci' });
    expect(byType('api_key_deactivated').detail).toEqual({ key_id: key.body.id });
    expect(byType('email_changed').detail).toEqual({ from: user.email, to: newEmail });
    expect(byType('email_verified').detail).toEqual({ email: newEmail });
    for (const event of list) {
      expect(event.ip_address).toBe('127.0.0.1');
      expect(event.user_agent).toBe(AGENT);
    }
    // Newest first, strictly.
    const times = list.map((event) => Date.parse(event.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('a key rotation and a session ended from the list are recorded, with what they replaced and ended', async () => {
    const user = await session();
    const key = await app.request('/users/me/api-keys', withAgent(json('POST', { name: 'rotating' }, user.access)));
    expect(key.status).toBe(201);
    const rotated = await app.request(`/users/me/api-keys/${key.body.id}/rotate`, withAgent(json('POST', { grace_seconds: 60 }, user.access)));
    expect(rotated.status).toBe(201);
    const other = await login(app, user.email, GOOD_PASSWORD, { 'user-agent': AGENT });
    const otherFamily = JSON.parse(Buffer.from((other.body.access_token as string).split('.')[1], 'base64url').toString()).fam as string;
    const ended = await app.request(
      `/users/me/sessions/${otherFamily}`,
      withAgent({ method: 'DELETE', headers: { authorization: `Bearer ${user.access}` } }),
    );
    expect(ended.status).toBe(204);

    const list = await eventsWith(user.access, 'api_key_rotated', 'session_ended');
    const byType = (type: string) => list.find((event) => event.type === type)!;
    expect(byType('api_key_rotated')).toMatchObject({
      ip_address: '127.0.0.1',
      user_agent: AGENT,
      detail: { key_id: key.body.id, new_key_id: rotated.body.id, grace_seconds: 60 },
    });
    expect(byType('session_ended')).toMatchObject({ user_agent: AGENT, detail: { session_id: otherFamily, current: false } });
  });

  it('a password reset by mailed token is recorded', async () => {
    const user = await session();
    expect((await app.request('/auth/password-reset/request', json('POST', { email: user.email }))).status).toBe(202);
    const mail = await sink.waitFor((message) => message.to.includes(user.email) && /reset/i.test(message.subject), 5_000);
    const newPassword = 'Reset-Passphrase-Sturdy-31';
    const reset = await app.request(
      '/auth/password-reset/confirm',
      withAgent(json('POST', { token: tokenFromMail(mail), new_password: newPassword })),
    );
    expect(reset.status).toBe(204);
    const access = (await login(app, user.email, newPassword)).body.access_token as string;
    await eventsWith(access, 'password_reset');
  });

  it('control characters (CR, LF, ESC, tab) are stripped from stored text, so no forged log line', async () => {
    const user = await session();
    const name = 'ok\r\n{"level":"info","msg":"forged"}\u001b[2J\u2028end';
    const created = await app.request('/users/me/api-keys', withAgent(json('POST', { name }, user.access), 'Agent\twith\ttabs'));
    expect(created.status).toBe(201);
    const event = (await eventsWith(user.access, 'api_key_created')).find((entry) => entry.type === 'api_key_created')!;
    expect(event.detail.name).toBe('ok{"level":"info","msg":"forged"}[2Jend');
    expect(event.user_agent).toBe('Agentwithtabs');
    const [row] = await queryDatabase(database.url, "SELECT detail->>'name' AS name FROM security_events WHERE id = $1", [event.id]);
    expect(row.name).not.toMatch(/[\r\n\u001b\u2028]/);
  });

  it('pages newest first with a cursor, and never shows another user’s events', async () => {
    const user = await session();
    const other = await session();
    // Keys are capped per plan: each is deactivated before the next is made (two events apiece).
    for (const name of ['k0', 'k1']) {
      const key = await app.request('/users/me/api-keys', json('POST', { name }, user.access));
      expect(key.status).toBe(201);
      expect(
        (await app.request(`/users/me/api-keys/${key.body.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${user.access}` } }))
          .status,
      ).toBe(204);
    }
    const all = await until(
      async () => {
        const list = await events(user.access);
        return list.length === 6 ? list : null;
      },
      10_000,
      'six events',
    );
    const seen: EventBody[] = [];
    let cursor: string | null = null;
    do {
      const response = await page(user.access, `?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      seen.push(...(response.body.events as EventBody[]));
      cursor = response.body.next_cursor;
    } while (cursor);
    expect(seen.map((event) => event.id)).toEqual(all.map((event) => event.id));
    expect(seen.map((event) => event.type)).toEqual([
      'api_key_deactivated',
      'api_key_created',
      'api_key_deactivated',
      'api_key_created',
      'login_succeeded',
      'sign_up',
    ]);
    expect(seen[1].detail.name).toBe('k1');

    const theirs = await events(other.access);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.some((event) => all.some((mine) => mine.id === event.id))).toBe(false);
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?limit=1.5', 'limit'],
    ['?limit=abc', 'limit'],
    ['?cursor=not-a-cursor!', 'cursor'],
    [`?cursor=${Buffer.from('123.not-a-uuid').toString('base64url')}`, 'cursor'],
  ])('%s is a 400 problem naming %s', async (query, field) => {
    const user = await session();
    const response = await page(user.access, query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.type).toBe(`${PROBLEMS}validation-error`);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
  });

  it('needs a signed-in user', async () => {
    expect((await app.request('/users/me/security-events')).status).toBe(401);
  });

  it('a database that refuses the writes fails no request; the events are written once it takes them again', async () => {
    const user = await session();
    await eventsWith(user.access, 'login_succeeded');
    await queryDatabase(database.url, 'ALTER TABLE security_events RENAME TO security_events_away');
    try {
      const key = await app.request('/users/me/api-keys', json('POST', { name: 'during-outage' }, user.access));
      expect(key.status).toBe(201);
      expect((await login(app, user.email, GOOD_PASSWORD, { 'user-agent': 'DuringOutage/1' })).status).toBe(200);
      await until(() => app.logs.some((line) => String(line.msg).includes('cannot write security events')), 10_000, 'the failed write logged');
    } finally {
      await queryDatabase(database.url, 'ALTER TABLE security_events_away RENAME TO security_events');
    }
    const list = await eventsWith(user.access, 'api_key_created');
    expect(list.some((event) => event.user_agent === 'DuringOutage/1')).toBe(true);
    await until(() => app.logs.some((line) => line.msg === 'security events are being written again'), 10_000, 'recovery logged');
  });

  it('manage-db security-events EMAIL shows an operator the user’s events; set-tier records a tier change', async () => {
    const user = await session();
    await eventsWith(user.access, 'login_succeeded');
    const cli = { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET };
    const tier = await runManageDb(['set-tier', user.email, 'pro'], cli);
    expect(tier.code).toBe(0);

    const asJson = await runManageDb(['security-events', user.email, '--json'], cli);
    expect(asJson.code).toBe(0);
    const parsed = JSON.parse(asJson.stdout);
    expect(parsed.email).toBe(user.email);
    expect(parsed.events.map((event: EventBody) => event.type)).toEqual(['tier_changed', 'login_succeeded', 'sign_up']);
    expect(parsed.events[0]).toMatchObject({ ip_address: null, detail: { from: 'free', to: 'pro', source: 'operator' } });

    const text = await runManageDb(['security-events', user.email, '--limit', '2'], cli);
    expect(text.code).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines[0]).toBe(`security events of ${user.email}: 2 events shown, newest first`);
    expect(lines[2]).toContain('tier_changed');
    expect(lines[3]).toContain('login_succeeded');
    expect(lines[3]).toContain('127.0.0.1');
    expect(lines[3]).toContain(AGENT);

    const unknown = await runManageDb(['security-events', 'nobody-here@example.com'], cli);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toContain('no user with email nobody-here@example.com');
    const badLimit = await runManageDb(['security-events', user.email, '--limit', '0'], cli);
    expect(badLimit.code).toBe(2);
  }, 60_000);

  it('events queued when the service stops gracefully are written before it exits', async () => {
    const slow = await startApp(env({ SECURITY_EVENTS_FLUSH_INTERVAL_MS: '60000' }));
    const email = uniqueEmail('shutdown');
    try {
      expect((await register(slow, email)).status).toBe(201);
      expect((await login(slow, email)).status).toBe(200);
      const queued = await queryDatabase(database.url, 'SELECT 1 FROM security_events e JOIN users u ON u.id = e.user_id WHERE u.email = $1', [
        email,
      ]);
      expect(queued).toHaveLength(0);
    } finally {
      expect(await slow.stop()).toBe(0);
    }
    const rows = await queryDatabase(
      database.url,
      'SELECT type FROM security_events e JOIN users u ON u.id = e.user_id WHERE u.email = $1 ORDER BY e.created_at',
      [email],
    );
    expect(rows.map((row) => row.type)).toEqual(['sign_up', 'login_succeeded']);
  }, 60_000);

  it('the scheduled clean-up deletes events older than SECURITY_EVENTS_RETENTION_DAYS and keeps the rest', async () => {
    const user = await session();
    await eventsWith(user.access, 'login_succeeded');
    await queryDatabase(
      database.url,
      `INSERT INTO security_events (user_id, type, detail, created_at)
         SELECT $1, 'logout', jsonb_build_object('age', age), now() - (age || ' days')::interval FROM unnest(ARRAY[1, 29, 31, 45, 400]) AS age`,
      [user.userId],
    );
    const scheduled = await startApp(
      env({ SCHEDULER_ENABLED: 'true', SECURITY_EVENTS_RETENTION_DAYS: '30', CLEANUP_SECURITY_EVENTS_CRON: '* * * * * *' }),
    );
    try {
      await until(
        () => scheduled.logs.find((line) => line.job === 'cleanup-security-events' && typeof line.deleted === 'number' && line.deleted > 0),
        15_000,
        'a clean-up run',
      );
      const run = scheduled.logs.find((line) => line.job === 'cleanup-security-events' && typeof line.deleted === 'number' && line.deleted > 0);
      expect(run).toMatchObject({ context: 'Maintenance', deleted: 3 });
    } finally {
      await scheduled.stop();
    }
    const ages = (await events(user.access)).filter((event) => event.type === 'logout').map((event) => event.detail.age);
    expect(ages).toEqual([1, 29]);
  }, 60_000);
});
