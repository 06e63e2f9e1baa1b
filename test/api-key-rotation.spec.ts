import { createHash, randomUUID } from 'node:crypto';
import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  json,
  migrate,
  PROBLEMS,
  queryDatabase,
  signUp,
  sleep,
  startApp,
  TEST_JWT_SECRET,
  type Session,
  type TestApp,
  type TestDatabase,
  type TestResponse,
} from './support';
import { checksumOf, currentKey, ISSUED_KEY, msUntilStatus, newKey, viaHeader } from './support/api-keys';

const ROTATED = 'The API key was rotated and its grace period has ended; use the key that replaced it.';
const MAX_GRACE = 86_400;

function current(app: TestApp, key: string): Promise<TestResponse> {
  return currentKey(app, viaHeader(key));
}

function rotate(app: TestApp, session: Session, id: string, body: unknown): Promise<TestResponse> {
  return app.request(`/users/me/api-keys/${id}/rotate`, json('POST', body, session.access));
}

async function rotated(app: TestApp, session: Session, id: string, graceSeconds: number): Promise<TestResponse> {
  const response = await rotate(app, session, id, { grace_seconds: graceSeconds });
  if (response.status !== 201) throw new Error(`rotate failed: ${response.status} ${response.text}`);
  return response;
}

async function listed(app: TestApp, session: Session): Promise<Map<string, Record<string, unknown>>> {
  const list = await app.request('/users/me/api-keys', bearer(session.access));
  expect(list.status).toBe(200);
  return new Map((list.body as Array<Record<string, unknown>>).map((key) => [key.id as string, key]));
}

describeWithPostgres('API key rotation', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    const env = { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, API_KEY_CAP_FREE: '2' };
    // Two services starting at once on a busy machine take a while.
    [first, second] = await Promise.all([startApp(env, { timeoutMs: 90_000 }), startApp(env, { timeoutMs: 90_000 })]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  it('answers 201 with a new key of the same name and expiry, which works at once on every instance', async () => {
    const session = await signUp(first);
    const old = await newKey(first, session, { name: 'deploy bot', expires_at: '2099-06-30T12:00:00Z' });
    const response = await rotated(first, session, old.id, 600);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toMatchObject({
      name: 'deploy bot',
      expires_at: '2099-06-30T12:00:00.000Z',
      is_active: true,
      replaces: old.id,
      replaced_by: null,
      rotated_at: null,
      grace_ends_at: null,
    });
    const { key, id } = response.body as { id: string; key: string };
    expect(id).not.toBe(old.id);
    expect(key).toMatch(ISSUED_KEY);
    expect(key.slice(44)).toBe(checksumOf(key.slice(4, 44)));
    expect(response.body.prefix).toBe(key.slice(0, 12));
    for (const app of [first, second]) {
      const answer = await current(app, key);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ id, name: 'deploy bot', prefix: key.slice(0, 12) });
    }
  });

  it('keeps the old key working on every instance until the grace ends, then refuses it everywhere', async () => {
    const session = await signUp(first);
    const old = await newKey(first, session);
    // Both instances have the old key cached, with no expiry, before it is rotated.
    for (const app of [first, second]) expect((await current(app, old.key)).status).toBe(200);

    const graceSeconds = 4;
    const before = Date.now();
    const response = await rotated(first, session, old.id, graceSeconds);
    const [row] = await queryDatabase(database.url, 'SELECT expires_at, rotated_at, replaced_by_id FROM api_keys WHERE id = $1', [old.id]);
    const graceEnd = new Date(row.expires_at as string).getTime();
    expect(graceEnd - new Date(row.rotated_at as string).getTime()).toBe(graceSeconds * 1000);
    expect(graceEnd).toBeGreaterThanOrEqual(before + graceSeconds * 1000 - 1_000);
    expect(row.replaced_by_id).toBe(response.body.id);

    // Within the grace: both keys work on both instances.
    for (const app of [first, second]) {
      expect((await current(app, old.key)).status).toBe(200);
      expect((await current(app, response.body.key as string)).status).toBe(200);
    }
    expect(Date.now()).toBeLessThan(graceEnd);

    await sleep(graceEnd - Date.now() + 100);
    for (const app of [first, second]) {
      const refused = await current(app, old.key);
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({ type: `${PROBLEMS}invalid-api-key`, detail: ROTATED });
      expect((await current(app, response.body.key as string)).status).toBe(200);
    }
  });

  it('with grace_seconds 0 stops the old key at once, on the other instance too (its cache is told)', async () => {
    const session = await signUp(first);
    const old = await newKey(first, session);
    expect((await current(second, old.key)).status).toBe(200);
    expect((await current(second, old.key)).status).toBe(200);
    await rotated(first, session, old.id, 0);
    expect((await current(first, old.key)).status).toBe(401);
    // Cached on the second with no expiry: only the change feed can tell it (else 60 s).
    expect(await msUntilStatus(() => current(second, old.key), 401, 1_000)).toBeLessThan(1_000);
    expect((await current(second, old.key)).body.detail).toBe(ROTATED);
  });

  it('lists which key replaced which and when the old one stops', async () => {
    const session = await signUp(first);
    const old = await newKey(first, session, { name: 'editor' });
    const response = await rotated(first, session, old.id, 3600);
    const keys = await listed(second, session);
    expect(keys.size).toBe(2);
    const oldItem = keys.get(old.id)!;
    const newItem = keys.get(response.body.id as string)!;
    expect(oldItem).toMatchObject({ name: 'editor', is_active: true, replaced_by: response.body.id, replaces: null });
    expect(oldItem.grace_ends_at).toBe(oldItem.expires_at);
    expect(Date.parse(oldItem.grace_ends_at as string) - Date.parse(oldItem.rotated_at as string)).toBe(3_600_000);
    expect(Math.abs(Date.parse(oldItem.rotated_at as string) - Date.now())).toBeLessThan(60_000);
    expect(newItem).toMatchObject({
      name: 'editor',
      replaces: old.id,
      replaced_by: null,
      rotated_at: null,
      grace_ends_at: null,
      expires_at: null,
    });
    expect(JSON.stringify([...keys.values()])).not.toContain(response.body.key);
  });

  it('never lets the grace outlast the old key’s own expiry', async () => {
    const session = await signUp(first);
    const expiresAt = new Date(Date.now() + 120_000);
    const old = await newKey(first, session, { name: 'short', expires_at: expiresAt.toISOString() });
    const response = await rotated(first, session, old.id, MAX_GRACE);
    const oldItem = (await listed(first, session)).get(old.id)!;
    expect(Date.parse(oldItem.expires_at as string)).toBe(Math.floor(expiresAt.getTime()));
    expect(oldItem.grace_ends_at).toBe(oldItem.expires_at);
    // The new key keeps the same expiry setting.
    expect(Date.parse(response.body.expires_at as string)).toBe(expiresAt.getTime());
  });

  it('accepts the longest grace, 86,400 s', async () => {
    const session = await signUp(first);
    const old = await newKey(first, session);
    await rotated(first, session, old.id, MAX_GRACE);
    const oldItem = (await listed(first, session)).get(old.id)!;
    expect(Date.parse(oldItem.grace_ends_at as string) - Date.parse(oldItem.rotated_at as string)).toBe(MAX_GRACE * 1000);
    expect((await current(second, old.key)).status).toBe(200);
  });

  describe('refusals', () => {
    let session: Session;
    let key: { id: string; key: string };
    beforeAll(async () => {
      session = await signUp(first);
      key = await newKey(first, session);
    });

    it.each([
      ['missing', {}],
      ['negative', { grace_seconds: -1 }],
      ['over a day', { grace_seconds: MAX_GRACE + 1 }],
      ['fractional', { grace_seconds: 1.5 }],
      ['a string', { grace_seconds: '60' }],
      ['a boolean', { grace_seconds: true }],
      ['null', { grace_seconds: null }],
      ['huge', { grace_seconds: 1e300 }],
    ])('refuses grace_seconds %s with 400 naming the field, and rotates nothing', async (_case, body) => {
      const response = await rotate(first, session, key.id, body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe(`${PROBLEMS}validation-error`);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('grace_seconds');
      expect((await listed(first, session)).get(key.id)).toMatchObject({ replaced_by: null, expires_at: null });
    });

    it('refuses an unknown field, a body that is not JSON, and no body', async () => {
      expect((await rotate(first, session, key.id, { grace_seconds: 60, name: 'renamed' })).status).toBe(400);
      const text = await first.request(`/users/me/api-keys/${key.id}/rotate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.access}`, 'content-type': 'text/plain' },
        body: 'grace_seconds=60',
      });
      expect(text.status).toBe(415);
      const empty = await first.request(`/users/me/api-keys/${key.id}/rotate`, json('POST', undefined, session.access));
      expect(empty.status).toBe(400);
      expect((await listed(first, session)).get(key.id)).toMatchObject({ replaced_by: null });
    });

    it('answers 400 for a malformed id, 404 for an unknown key and for another user’s key (which is left alone)', async () => {
      const malformed = await rotate(first, session, 'not-a-uuid', { grace_seconds: 60 });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual([{ field: 'key_id', message: 'key_id must be a UUID' }]);
      const unknown = await rotate(first, session, randomUUID(), { grace_seconds: 60 });
      expect(unknown.status).toBe(404);
      expect(unknown.body.type).toBe(`${PROBLEMS}not-found`);
      const stranger = await signUp(first);
      const theirs = await rotate(first, stranger, key.id, { grace_seconds: 0 });
      expect(theirs.status).toBe(404);
      expect(theirs.body.detail).toBe('There is no such API key on your account.');
      expect((await current(first, key.key)).status).toBe(200);
      expect((await listed(first, stranger)).size).toBe(0);
    });

    it('needs an access token: no credentials 401, an API key 401 api-key-not-accepted', async () => {
      expect((await first.request(`/users/me/api-keys/${key.id}/rotate`, json('POST', { grace_seconds: 0 }))).status).toBe(401);
      const withKey = await first.request(`/users/me/api-keys/${key.id}/rotate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key.key },
        body: JSON.stringify({ grace_seconds: 0 }),
      });
      expect(withKey.status).toBe(401);
      expect(withKey.body.type).toBe(`${PROBLEMS}api-key-not-accepted`);
      expect((await current(first, key.key)).status).toBe(200);
    });

    it('answers 409 api-key-not-rotatable for a deactivated, an expired or an already rotated key', async () => {
      const owner = await signUp(first);
      const deactivated = await newKey(first, owner);
      expect((await first.request(`/users/me/api-keys/${deactivated.id}`, json('DELETE', undefined, owner.access))).status).toBe(204);
      const dead = await rotate(first, owner, deactivated.id, { grace_seconds: 60 });
      expect(dead.status).toBe(409);
      expect(dead.body).toMatchObject({ type: `${PROBLEMS}api-key-not-rotatable`, status: 409 });
      expect(dead.body.detail).toMatch(/deactivated or expired/);

      const shortLived = await newKey(first, owner, { name: 'brief', expires_at: new Date(Date.now() + 1_000).toISOString() });
      await sleep(1_200);
      const expired = await rotate(first, owner, shortLived.id, { grace_seconds: 60 });
      expect(expired.status).toBe(409);
      expect(expired.body.detail).toMatch(/deactivated or expired/);

      const live = await newKey(first, owner);
      await rotated(first, owner, live.id, 600);
      const again = await rotate(second, owner, live.id, { grace_seconds: 600 });
      expect(again.status).toBe(409);
      expect(again.body.detail).toBe('This API key was already rotated; rotate the key that replaced it.');
      // Nothing was created by the refusals: 3 keys made, 1 rotation.
      expect((await listed(first, owner)).size).toBe(4);
    });

    it('lets exactly one of two concurrent rotations of a key succeed', async () => {
      const owner = await signUp(first);
      const contested = await newKey(first, owner);
      const answers = await Promise.all([
        rotate(first, owner, contested.id, { grace_seconds: 60 }),
        rotate(second, owner, contested.id, { grace_seconds: 60 }),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      expect((await listed(first, owner)).size).toBe(2);
    });
  });

  it('is not held to the key cap, and a key in its grace takes no slot (free plan: 2 keys here)', async () => {
    const session = await signUp(first);
    const a = await newKey(first, session, { name: 'a' });
    await newKey(first, session, { name: 'b' });
    const full = await first.request('/users/me/api-keys', json('POST', { name: 'c' }, session.access));
    expect(full.status).toBe(409);
    expect(full.body.type).toBe(`${PROBLEMS}api-key-limit`);
    // At the cap, rotating still works: it replaces a key.
    const replacement = await rotated(first, session, a.id, 600);
    // a (in its grace), a′ and b are usable; the cap counts a′ and b: still full.
    expect((await current(first, a.key)).status).toBe(200);
    expect((await first.request('/users/me/api-keys', json('POST', { name: 'c' }, session.access))).status).toBe(409);
    // Deactivating the replacement frees its slot as usual.
    expect((await first.request(`/users/me/api-keys/${replacement.body.id}`, json('DELETE', undefined, session.access))).status).toBe(204);
    expect((await first.request('/users/me/api-keys', json('POST', { name: 'c' }, session.access))).status).toBe(201);
  });

  it('rotates a key made before checksums into one with a checksum; the old one honours the grace', async () => {
    const session = await signUp(first);
    const legacy = `aet_${'L'.repeat(8)}${randomUUID().replace(/-/g, '').slice(0, 32)}`;
    const [row] = await queryDatabase(
      database.url,
      'INSERT INTO api_keys (user_id, key_hash, name, prefix) VALUES ($1, $2, $3, $4) RETURNING id',
      [session.userId, createHash('sha256').update(legacy).digest('hex'), 'old style', legacy.slice(0, 12)],
    );
    expect((await current(second, legacy)).status).toBe(200);
    const response = await rotated(first, session, row.id as string, 0);
    expect(response.body.key).toMatch(ISSUED_KEY);
    expect(response.body.name).toBe('old style');
    expect(await msUntilStatus(() => current(second, legacy), 401, 1_000)).toBeLessThan(1_000);
    expect((await current(second, response.body.key as string)).status).toBe(200);
  });
});
