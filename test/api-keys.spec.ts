import { execFile } from 'node:child_process';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  bearer,
  childEnv,
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
  until,
  type Session,
  type TestApp,
  type TestDatabase,
  type TestResponse,
} from './support';
import {
  checksumOf,
  createKey,
  currentKey as current,
  ISSUED_KEY,
  mistyped,
  msUntilStatus,
  newKey,
  randomPart,
  viaHeader,
} from './support/api-keys';

const KEY_FORMAT = ISSUED_KEY;
const PEPPER = 'pepper-for-the-api-key-tests-only';
const UNKNOWN_OR_INACTIVE = 'The API key is not valid or has been deactivated.';
const MANAGE_DB_JS = join(__dirname, '..', 'dist', 'src', 'cli', 'manage-db.js');
const LIST_FIELDS = [
  'created_at',
  'expires_at',
  'grace_ends_at',
  'id',
  'is_active',
  'last_used',
  'name',
  'prefix',
  'replaced_by',
  'replaces',
  'rotated_at',
];

/** A well-formed key (of the format before checksums) nobody was given. */
function randomKey(): string {
  return `aet_${randomPart()}`;
}

function deleteKey(app: TestApp, session: Session, id: string): Promise<TestResponse> {
  return app.request(`/users/me/api-keys/${id}`, json('DELETE', undefined, session.access));
}

describeWithPostgres('API keys', () => {
  let database: TestDatabase;
  let app: TestApp;
  const keysSeen: string[] = [];

  const rowsOf = (userId: string) => queryDatabase(database.url, 'SELECT * FROM api_keys WHERE user_id = $1 ORDER BY created_at', [userId]);

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp({ DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, API_KEY_PEPPER: PEPPER });
  });
  afterAll(async () => {
    await app?.stop();
    // Keys are secrets: none may ever reach the log, whatever happened to it.
    const logs = JSON.stringify(app?.logs ?? []);
    for (const key of keysSeen) expect(logs).not.toContain(key);
    await database?.drop();
  });

  describe('creating and listing', () => {
    it('creates a key: 201 with the record and the key itself, stored only as an HMAC-SHA-256 hash', async () => {
      const session = await signUp(app);
      const response = await createKey(app, session, { name: '  CI pipeline  ' });
      expect(response.status).toBe(201);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const { key } = response.body;
      keysSeen.push(key);
      expect(Object.keys(response.body).sort()).toEqual([...LIST_FIELDS, 'key'].sort());
      expect(key).toMatch(KEY_FORMAT);
      expect(response.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'CI pipeline',
        prefix: key.slice(0, 12),
        is_active: true,
        last_used: null,
        expires_at: null,
      });
      expect(Date.parse(response.body.created_at)).toBeGreaterThan(Date.now() - 60_000);

      const [row] = await rowsOf(session.userId);
      expect(row.key_hash).toBe(createHmac('sha256', PEPPER).update(key).digest('hex'));
      expect(row.key_hash).not.toBe(key);
      expect(row.prefix).toBe(key.slice(0, 12));
      // Nothing but the hash and the prefix is derived from the key.
      expect(JSON.stringify(row)).not.toContain(key.slice(12));
    });

    it('gives every key its own random characters', async () => {
      const session = await signUp(app);
      const first = await newKey(app, session);
      const second = await newKey(app, session);
      keysSeen.push(first.key, second.key);
      expect(first.key).not.toBe(second.key);
      expect(first.key.slice(4, 12)).not.toBe(second.key.slice(4, 12));
    });

    it('lists the keys, newest first, never with the key or its hash', async () => {
      const session = await signUp(app);
      const older = await newKey(app, session, { name: 'older' });
      const newer = await newKey(app, session, { name: 'newer', expires_at: '2099-12-31T23:59:59Z' });
      keysSeen.push(older.key, newer.key);
      const list = await app.request('/users/me/api-keys', bearer(session.access));
      expect(list.status).toBe(200);
      expect(list.body.map((key: { name: string }) => key.name)).toEqual(['newer', 'older']);
      for (const item of list.body) expect(Object.keys(item).sort()).toEqual(LIST_FIELDS);
      expect(list.body[0]).toMatchObject({
        id: newer.id,
        prefix: newer.key.slice(0, 12),
        expires_at: '2099-12-31T23:59:59.000Z',
        is_active: true,
      });
      const hashes = (await rowsOf(session.userId)).map((row) => row.key_hash as string);
      for (const secret of [older.key, newer.key, ...hashes]) expect(list.text).not.toContain(secret);
    });

    it('shows each user only their own keys', async () => {
      const [alice, bob] = await Promise.all([signUp(app), signUp(app)]);
      keysSeen.push((await newKey(app, alice)).key);
      const list = await app.request('/users/me/api-keys', bearer(bob.access));
      expect(list.status).toBe(200);
      expect(list.body).toEqual([]);
    });

    it('accepts a name of 255 characters', async () => {
      const session = await signUp(app);
      const response = await createKey(app, session, { name: 'n'.repeat(255) });
      expect(response.status).toBe(201);
      keysSeen.push(response.body.key);
    });

    it.each([
      ['an empty name', { name: '' }, 'name'],
      ['a blank name', { name: '   ' }, 'name'],
      ['a name of 256 characters', { name: 'n'.repeat(256) }, 'name'],
      ['no name', {}, 'name'],
      ['a name that is not a string', { name: 42 }, 'name'],
      ['expires_at in the past', { name: 'ci', expires_at: '2001-01-01T00:00:00Z' }, 'expires_at'],
      ['expires_at now', { name: 'ci', expires_at: new Date().toISOString() }, 'expires_at'],
      ['a malformed expires_at', { name: 'ci', expires_at: 'next tuesday' }, 'expires_at'],
      ['an impossible date', { name: 'ci', expires_at: '2031-02-30T00:00:00Z' }, 'expires_at'],
      ['expires_at as a number', { name: 'ci', expires_at: 4102444800 }, 'expires_at'],
      ['an unknown field', { name: 'ci', is_active: false }, 'is_active'],
    ])('refuses %s with 400 naming the field, and creates nothing', async (_case, body, field) => {
      const session = await signUp(app);
      const response = await createKey(app, session, body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe(`${PROBLEMS}validation-error`);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await rowsOf(session.userId)).toHaveLength(0);
    });

    it('needs an access token to list, create or deactivate keys', async () => {
      expect((await app.request('/users/me/api-keys')).status).toBe(401);
      expect((await app.request('/users/me/api-keys', json('POST', { name: 'ci' }))).status).toBe(401);
      expect((await app.request(`/users/me/api-keys/${randomUUID()}`, { method: 'DELETE' })).status).toBe(401);
    });
  });

  describe('the cap on active keys per plan', () => {
    it('lets a free user hold 2 active keys; deactivating or expiry frees a slot', async () => {
      const session = await signUp(app);
      const first = await newKey(app, session);
      const second = await newKey(app, session);
      keysSeen.push(first.key, second.key);

      const third = await createKey(app, session);
      expect(third.status).toBe(409);
      expect(third.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(third.body).toMatchObject({
        type: `${PROBLEMS}api-key-limit`,
        status: 409,
        detail: 'Your free plan allows 2 active API keys; deactivate one or upgrade.',
        tier: 'free',
        limit: 2,
      });
      expect(await rowsOf(session.userId)).toHaveLength(2);

      expect((await deleteKey(app, session, first.id)).status).toBe(204);
      const replacement = await newKey(app, session);
      keysSeen.push(replacement.key);
      expect((await createKey(app, session)).status).toBe(409);

      // An expired key is no longer active and does not count either.
      await queryDatabase(database.url, "UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = $1", [second.id]);
      keysSeen.push((await newKey(app, session)).key);
      expect((await createKey(app, session)).status).toBe(409);
      expect(await rowsOf(session.userId)).toHaveLength(4);
    });

    it('reads the tier from the database: a pro user gets 20', async () => {
      const session = await signUp(app);
      keysSeen.push((await newKey(app, session)).key);
      await queryDatabase(database.url, "UPDATE users SET subscription_tier = 'pro' WHERE id = $1", [session.userId]);
      for (let i = 2; i <= 20; i += 1) keysSeen.push((await newKey(app, session, { name: `key ${i}` })).key);
      const over = await createKey(app, session);
      expect(over.status).toBe(409);
      expect(over.body.detail).toBe('Your pro plan allows 20 active API keys; deactivate one or upgrade.');
      expect(await rowsOf(session.userId)).toHaveLength(20);
    });

    it('holds under concurrent creation: never more active keys than the cap', async () => {
      const session = await signUp(app);
      const results = await Promise.all(Array.from({ length: 6 }, () => createKey(app, session)));
      for (const result of results) if (result.status === 201) keysSeen.push(result.body.key);
      expect(results.map((result) => result.status).sort()).toEqual([201, 201, 409, 409, 409, 409]);
      expect(await rowsOf(session.userId)).toHaveLength(2);
    });
  });

  describe('deactivating', () => {
    it('answers 204, shows the key inactive, stops it at once, and is idempotent', async () => {
      const session = await signUp(app);
      const { id, key } = await newKey(app, session);
      keysSeen.push(key);
      expect((await current(app, viaHeader(key))).status).toBe(200);

      const response = await deleteKey(app, session, id);
      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      const refused = await current(app, viaHeader(key));
      expect(refused.status).toBe(401);
      expect(refused.body.detail).toBe(UNKNOWN_OR_INACTIVE);

      const list = await app.request('/users/me/api-keys', bearer(session.access));
      expect(list.body).toEqual([expect.objectContaining({ id, is_active: false })]);
      expect((await deleteKey(app, session, id)).status).toBe(204);
      expect((await rowsOf(session.userId))[0].is_active).toBe(false);
    });

    it.each(['not-a-uuid', '123', `${randomUUID()}x`])('refuses a malformed id (%s) with 400', async (id) => {
      const session = await signUp(app);
      const response = await deleteKey(app, session, id);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ field: 'key_id', message: 'key_id must be a UUID' }]);
    });

    it("answers 404 for an unknown key and for another user's key, which stays active", async () => {
      const [alice, mallory] = await Promise.all([signUp(app), signUp(app)]);
      const { id, key } = await newKey(app, alice);
      keysSeen.push(key);
      const unknown = await deleteKey(app, mallory, randomUUID());
      const foreign = await deleteKey(app, mallory, id);
      expect(unknown.status).toBe(404);
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual(unknown.body);
      expect((await rowsOf(alice.userId))[0].is_active).toBe(true);
      expect((await current(app, viaHeader(key))).status).toBe(200);
    });
  });

  describe('authenticating with a key', () => {
    let session: Session;
    let key: string;
    let keyId: string;

    beforeAll(async () => {
      session = await signUp(app);
      ({ id: keyId, key } = await newKey(app, session, { name: 'editor plugin' }));
      keysSeen.push(key);
    });

    it.each([
      ['X-API-Key', () => viaHeader(key)],
      ['Authorization: Bearer', () => bearer(key)],
      ['Authorization: bearer (any case)', () => ({ headers: { authorization: `bearer ${key}` } })],
    ])('accepts the key in %s on a product route', async (_case, init) => {
      const response = await current(app, init());
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: keyId, name: 'editor plugin', prefix: key.slice(0, 12) });
    });

    it('answers the "which key" route with 400 for an access token, and 401 without credentials', async () => {
      const withToken = await current(app, bearer(session.access));
      expect(withToken.status).toBe(400);
      expect(withToken.body.detail).toMatch(/access token, not an API key/);
      expect((await current(app, {})).status).toBe(401);
    });

    it('gives an unknown key and a deactivated key the very same 401', async () => {
      const other = await signUp(app);
      const gone = await newKey(app, other);
      keysSeen.push(gone.key);
      expect((await deleteKey(app, other, gone.id)).status).toBe(204);

      const unknown = await current(app, viaHeader(randomKey()));
      const unknownAgain = await current(app, bearer(randomKey()));
      const deactivated = await current(app, viaHeader(gone.key));
      // One character off a real key, with the checksum that makes it well formed: it passes the offline check, then is unknown.
      const typo = mistyped(key).slice(4, 44);
      const nearMiss = await current(app, viaHeader(`aet_${typo}${checksumOf(typo)}`));
      for (const response of [unknown, unknownAgain, deactivated, nearMiss]) {
        expect(response.status).toBe(401);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(response.body).toEqual({
          type: `${PROBLEMS}invalid-api-key`,
          title: 'Unauthorized',
          status: 401,
          detail: UNKNOWN_OR_INACTIVE,
        });
      }
    });

    it.each([
      ['too short', 'aet_short'],
      ['a character outside base62', `aet_${'a'.repeat(39)}-`],
      ['no prefix in X-API-Key', 'a'.repeat(44)],
      ['an empty X-API-Key', ''],
    ])('says a malformed key (%s) is malformed', async (_case, value) => {
      const response = await current(app, viaHeader(value));
      expect(response.status).toBe(401);
      expect(response.body.type).toBe(`${PROBLEMS}invalid-api-key`);
      expect(response.body.detail).toMatch(/^The API key is malformed/);
    });

    it('says "expired" once the key is past its expiry, even while it is cached', async () => {
      const owner = await signUp(app);
      const expiresAt = new Date(Date.now() + 1_500);
      const shortLived = await newKey(app, owner, { name: 'short', expires_at: expiresAt.toISOString() });
      keysSeen.push(shortLived.key);
      expect((await current(app, viaHeader(shortLived.key))).status).toBe(200);
      await sleep(Math.max(0, expiresAt.getTime() - Date.now()) + 100);
      const expired = await current(app, viaHeader(shortLived.key));
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ type: `${PROBLEMS}invalid-api-key`, detail: 'The API key has expired; create a new one.' });
    });

    it("refuses the key of an inactive owner (the users' cache is told through the change feed)", async () => {
      const owner = await signUp(app);
      const ownersKey = await newKey(app, owner);
      keysSeen.push(ownersKey.key);
      expect((await current(app, viaHeader(ownersKey.key))).status).toBe(200);
      // What an admin tool does: change the row, then tell every instance (here, the one).
      await queryDatabase(database.url, 'UPDATE users SET is_active = false WHERE id = $1', [owner.userId]);
      await queryDatabase(database.url, "SELECT pg_notify('aet_changes', 'user-changed' || chr(10) || $1)", [owner.userId]);
      await msUntilStatus(() => current(app, viaHeader(ownersKey.key)), 401, 2_000);
      const refused = await current(app, viaHeader(ownersKey.key));
      expect(refused.body).toMatchObject({
        type: `${PROBLEMS}invalid-api-key`,
        detail: 'The account that owns this API key does not exist or is disabled.',
      });
    });

    it.each([
      ['GET /users/me', '/users/me', undefined],
      ['GET /users/me/api-keys', '/users/me/api-keys', undefined],
      ['POST /users/me/api-keys (a key cannot mint keys)', '/users/me/api-keys', { name: 'sneaky' }],
    ])('refuses a valid key on a route that takes access tokens only: %s', async (_case, path, body) => {
      const credentials: Array<Record<string, string>> = [{ 'x-api-key': key }, { authorization: `Bearer ${key}` }];
      for (const credential of credentials) {
        const init = json(body === undefined ? 'GET' : 'POST', body);
        const response = await app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...credential } });
        expect(response.status).toBe(401);
        expect(response.body.type).toBe(`${PROBLEMS}api-key-not-accepted`);
        expect(response.body.detail).toMatch(/^API keys are accepted only on product routes/);
      }
      expect(await rowsOf(session.userId)).toHaveLength(1);
    });

    it("counts a key sent with its owner's access token as that key (the other cases: dual-credentials.spec.ts)", async () => {
      const response = await current(app, { headers: { 'x-api-key': key, authorization: `Bearer ${session.access}` } });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: keyId, name: 'editor plugin', prefix: key.slice(0, 12) });
    });

    it('ignores keys on public routes', async () => {
      expect((await app.request('/health/live', viaHeader('garbage'))).status).toBe(200);
    });
  });

  describe('last_used', () => {
    it('is written in batches: 50 requests, one UPDATE per second of traffic, within about a second', async () => {
      const session = await signUp(app);
      const { id, key } = await newKey(app, session);
      keysSeen.push(key);
      // Each UPDATE statement that touches this key's last_used is one transaction: count them.
      await queryDatabase(
        database.url,
        `CREATE TABLE IF NOT EXISTS last_used_writes (key_id uuid, tx bigint);
         CREATE OR REPLACE FUNCTION note_last_used_write() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN INSERT INTO last_used_writes VALUES (NEW.id, txid_current()); RETURN NULL; END $$;
         DROP TRIGGER IF EXISTS last_used_writes ON api_keys;
         CREATE TRIGGER last_used_writes AFTER UPDATE OF last_used ON api_keys FOR EACH ROW EXECUTE FUNCTION note_last_used_write();`,
      );
      const statements = async () =>
        (await queryDatabase(database.url, 'SELECT COUNT(DISTINCT tx)::int AS n FROM last_used_writes WHERE key_id = $1', [id]))[0].n as number;

      const started = Date.now();
      const responses = await Promise.all(Array.from({ length: 50 }, () => current(app, viaHeader(key))));
      const burstMs = Date.now() - started;
      expect(responses.every((response) => response.status === 200)).toBe(true);
      await until(async () => {
        const [found] = await queryDatabase(database.url, 'SELECT 1 FROM api_keys WHERE id = $1 AND last_used IS NOT NULL', [id]);
        return found;
      }, 2_500);

      // One flush interval later every use is written: one statement per second of burst, not per request.
      await sleep(1_500);
      const writes = await statements();
      expect(writes).toBeGreaterThanOrEqual(1);
      expect(writes).toBeLessThanOrEqual(1 + Math.ceil(burstMs / 1_000));
      expect(writes).toBeLessThan(5);
      const [row] = await queryDatabase(
        database.url,
        `SELECT last_used, now() - last_used < interval '5 seconds' AS recent FROM api_keys WHERE id = $1`,
        [id],
      );
      expect(row.recent).toBe(true);

      // Nothing more is written while the key is idle.
      await sleep(1_500);
      expect(await statements()).toBe(writes);
      const listed = await app.request('/users/me/api-keys', bearer(session.access));
      expect(Date.parse(listed.body[0].last_used)).toBe(new Date(row.last_used).getTime());
    });
  });

  describe('manage-db cleanup-keys', () => {
    it('deactivates expired keys, which stay listed', async () => {
      const session = await signUp(app);
      const live = await newKey(app, session, { name: 'live' });
      const soon = await newKey(app, session, { name: 'soon', expires_at: new Date(Date.now() + 1_000).toISOString() });
      keysSeen.push(live.key, soon.key);
      await sleep(1_100);
      const { stdout } = await promisify(execFile)(process.execPath, [MANAGE_DB_JS, 'cleanup-keys', '--json'], {
        env: childEnv({ DATABASE_URL: database.url, API_KEY_PEPPER: PEPPER }),
      });
      expect(JSON.parse(stdout).deactivated).toBeGreaterThanOrEqual(1);
      const list = await app.request('/users/me/api-keys', bearer(session.access));
      expect(list.body.map((key: { name: string; is_active: boolean }) => [key.name, key.is_active])).toEqual([
        ['soon', false],
        ['live', true],
      ]);
      const refused = await current(app, viaHeader(soon.key));
      expect(refused.status).toBe(401);
      expect((await current(app, viaHeader(live.key))).status).toBe(200);
    });
  });
});

describeWithPostgres('API keys on two instances sharing a database', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    // No pepper: keys are stored as plain SHA-256.
    const env = { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET };
    [first, second] = await Promise.all([startApp(env), startApp(env)]);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  it('stores a plain SHA-256 hash when no pepper is configured', async () => {
    const session = await signUp(first);
    const { id, key } = await newKey(first, session);
    const [row] = await queryDatabase(database.url, 'SELECT key_hash FROM api_keys WHERE id = $1', [id]);
    expect(row.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
  });

  it('honour a deactivation made through the other within one second', async () => {
    const session = await signUp(first);
    const { id, key } = await newKey(first, session);
    // Cached on the second instance now.
    expect((await current(second, viaHeader(key))).status).toBe(200);
    expect((await current(second, viaHeader(key))).status).toBe(200);
    expect((await deleteKey(first, session, id)).status).toBe(204);
    const elapsed = await msUntilStatus(() => current(second, viaHeader(key)), 401, 1_000);
    expect(elapsed).toBeLessThan(1_000);
    expect((await current(second, viaHeader(key))).body.detail).toBe(UNKNOWN_OR_INACTIVE);
  });

  it('accept at once a key created through the other', async () => {
    const session = await signUp(first);
    const { key } = await newKey(first, session);
    expect((await current(second, viaHeader(key))).status).toBe(200);
  });

  it('write last_used still pending when an instance shuts down', async () => {
    const session = await signUp(first);
    const { id, key } = await newKey(first, session);
    expect((await current(second, viaHeader(key))).status).toBe(200);
    expect(await second.stop()).toBe(0);
    const [row] = await queryDatabase(database.url, 'SELECT last_used FROM api_keys WHERE id = $1', [id]);
    expect(row.last_used).not.toBeNull();
  });
});
