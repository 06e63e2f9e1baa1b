import jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import {
  bearer,
  createTestDatabase,
  GOOD_PASSWORD,
  json,
  login,
  migrate,
  queryDatabase,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  uniqueEmail,
  type Session,
  type TestApp,
  type TestDatabase,
} from './support';

const INJECTION = `Robert'); DROP TABLE users;-- " OR 1=1 --`;

function claims(session: Session, overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return { sub: session.userId, jti: randomUUID(), fam: randomUUID(), typ: 'access', iat: now, exp: now + 600, ims: Date.now(), ...overrides };
}

function unsignedToken(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}

describe('security', () => {
  let database: TestDatabase;
  let app: TestApp;
  let session: Session;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp({ DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET });
    session = await signUp(app);
  });
  afterAll(async () => {
    await app.stop();
    await database.drop();
  });

  async function snapshot() {
    return queryDatabase(
      database.url,
      `SELECT id, email, full_name, subscription_tier, is_active, is_verified, hashed_password FROM users ORDER BY id`,
    );
  }

  describe('every bad access token is a 401 problem', () => {
    const cases: Array<[string, (session: Session) => string, string]> = [
      ['a well-formed token, as a control', (s) => jwt.sign(claims(s), TEST_JWT_SECRET, { algorithm: 'HS256' }), 'ok'],
      [
        'expired',
        (s) => jwt.sign(claims(s, { exp: Math.floor(Date.now() / 1000) - 10 }), TEST_JWT_SECRET, { algorithm: 'HS256' }),
        'The access token has expired.',
      ],
      [
        'not yet valid',
        (s) => jwt.sign(claims(s, { nbf: Math.floor(Date.now() / 1000) + 600 }), TEST_JWT_SECRET, { algorithm: 'HS256' }),
        'The access token is not valid yet.',
      ],
      [
        'signed with another key',
        (s) => jwt.sign(claims(s), 'another-secret-that-is-long-enough-0123456789', { algorithm: 'HS256' }),
        'The access token is invalid.',
      ],
      ['alg: none', (s) => unsignedToken(claims(s)), 'The access token is invalid.'],
      [
        'signed with HS512 (algorithm not pinned)',
        (s) => jwt.sign(claims(s), TEST_JWT_SECRET, { algorithm: 'HS512' }),
        'The access token is invalid.',
      ],
      [
        'tampered payload',
        (s) => {
          const [header, , signature] = jwt.sign(claims(s), TEST_JWT_SECRET, { algorithm: 'HS256' }).split('.');
          const forged = Buffer.from(JSON.stringify(claims(s, { sub: randomUUID() }))).toString('base64url');
          return `${header}.${forged}.${signature}`;
        },
        'The access token is invalid.',
      ],
      ['a refresh token', (s) => s.refresh, 'This is not an access token.'],
      [
        'missing our claims',
        (s) => jwt.sign({ sub: s.userId }, TEST_JWT_SECRET, { algorithm: 'HS256', expiresIn: 600 }),
        'This is not an access token.',
      ],
      [
        'for a user that does not exist',
        (s) => jwt.sign(claims(s, { sub: randomUUID() }), TEST_JWT_SECRET, { algorithm: 'HS256' }),
        'The account does not exist or is disabled.',
      ],
      ['not a JWT at all', () => 'garbage', 'The access token is invalid.'],
    ];

    it.each(cases)('%s', async (_name, make, detail) => {
      const response = await app.request('/users/me', bearer(make(session)));
      if (detail === 'ok') {
        expect(response.status).toBe(200);
        return;
      }
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: 'https://ai-error-translator.dev/problems/invalid-token', status: 401, detail });
    });

    it('a revoked token', async () => {
      const own = await signUp(app);
      await app.request('/auth/logout', json('POST', {}, own.access));
      const response = await app.request('/users/me', bearer(own.access));
      expect(response.status).toBe(401);
      expect(response.body.detail).toBe('The token has been revoked.');
    });

    it('no token, or another scheme', async () => {
      expect((await app.request('/users/me')).status).toBe(401);
      expect((await app.request('/users/me', { headers: { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` } })).status).toBe(
        401,
      );
    });
  });

  describe('mass assignment: unknown fields are refused on every write route, and nothing changes', () => {
    const extra = { subscription_tier: 'enterprise', is_verified: true, is_active: true, id: randomUUID(), hashed_password: 'x' };
    const routes: Array<[string, string, (s: Session) => Record<string, unknown>, boolean]> = [
      ['POST', '/users', () => ({ email: uniqueEmail(), password: GOOD_PASSWORD }), false],
      ['PUT', '/users/me', () => ({ full_name: 'Mallory' }), true],
      ['POST', '/users/me/change-password', (s) => ({ current_password: s.password, new_password: 'Whatever-Passphrase-1' }), true],
      ['POST', '/auth/login', (s) => ({ email: s.email, password: s.password }), false],
      ['POST', '/auth/refresh', (s) => ({ refresh_token: s.refresh }), false],
      ['POST', '/auth/logout', () => ({}), true],
      ['POST', '/auth/verify-email/confirm', () => ({ token: 'x' }), false],
      ['POST', '/auth/password-reset/request', (s) => ({ email: s.email }), false],
      ['POST', '/auth/password-reset/confirm', () => ({ token: 'x', new_password: 'Whatever-Passphrase-1' }), false],
    ];

    it.each(routes)('%s %s', async (method, path, body, authenticated) => {
      const before = await snapshot();
      const response = await app.request(path, json(method, { ...body(session), ...extra }, authenticated ? session.access : undefined));
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('https://ai-error-translator.dev/problems/validation-error');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(
        expect.arrayContaining(['subscription_tier', 'is_verified', 'is_active', 'hashed_password']),
      );
      expect(await snapshot()).toEqual(before);
      expect((await app.request('/users/me', bearer(session.access))).status).toBe(200);
    });
  });

  describe('SQL-injection-looking text is stored literally and changes nothing else', () => {
    it('in full_name (registration and profile) and in a password', async () => {
      const email = uniqueEmail();
      const password = `${INJECTION} Aa1`;
      const created = await app.request('/users', json('POST', { email, password, full_name: INJECTION }));
      expect(created.status).toBe(201);
      expect(created.body.full_name).toBe(INJECTION);
      const tokens = await login(app, email, password);
      expect(tokens.status).toBe(200);
      const updated = await app.request('/users/me', json('PUT', { full_name: `${INJECTION}2` }, tokens.body.access_token));
      expect(updated.body.full_name).toBe(`${INJECTION}2`);
      const [row] = await queryDatabase(database.url, 'SELECT full_name FROM users WHERE email = $1', [email]);
      expect(row.full_name).toBe(`${INJECTION}2`);
      const [{ n }] = await queryDatabase(database.url, 'SELECT COUNT(*)::int AS n FROM users');
      expect(n).toBeGreaterThan(1);
    });

    it('in login and reset emails: no match, no error', async () => {
      expect((await login(app, `' OR '1'='1`, `' OR '1'='1`)).status).toBe(401);
      expect((await app.request('/auth/password-reset/request', json('POST', { email: `x'--@example.com` }))).status).toBe(202);
      expect((await app.request('/auth/refresh', json('POST', { refresh_token: INJECTION }))).status).toBe(401);
      expect((await app.request('/auth/verify-email/confirm', json('POST', { token: INJECTION }))).status).toBe(400);
    });
  });

  describe('sizes and shapes', () => {
    it.each([
      ['full_name over 255 characters', { email: uniqueEmail(), password: GOOD_PASSWORD, full_name: 'x'.repeat(256) }, 'full_name'],
      ['email over 255 characters', { email: `${'a'.repeat(250)}@example.com`, password: GOOD_PASSWORD }, 'email'],
      ['password over 256 characters', { email: uniqueEmail(), password: `Aa1-${'x'.repeat(300)}` }, 'password'],
      ['password over 72 bytes (bcrypt would ignore the rest)', { email: uniqueEmail(), password: `Aa1-${'é'.repeat(40)}` }, 'password'],
      ['a number for email', { email: 42, password: GOOD_PASSWORD }, 'email'],
      ['missing password', { email: uniqueEmail() }, 'password'],
    ])('registration refuses %s with a 400 naming the field', async (_name, body, field) => {
      const before = await snapshot();
      const response = await app.request('/users', json('POST', body));
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['malformed JSON', { 'content-type': 'application/json' }, '{"email":', 400],
      ['a JSON array', { 'content-type': 'application/json' }, '[]', 400],
      ['JSON null', { 'content-type': 'application/json' }, 'null', 400],
      ['text/plain', { 'content-type': 'text/plain' }, 'email=a', 415],
      ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'email=a&password=b', 415],
      ['over 1 MiB', { 'content-type': 'application/json' }, JSON.stringify({ email: 'a', password: 'x'.repeat(1_100_000) }), 413],
    ])('login refuses %s', async (_name, headers, body, status) => {
      const response = await app.request('/auth/login', { method: 'POST', headers, body });
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });
  });
});
