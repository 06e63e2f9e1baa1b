import {
  GOOD_PASSWORD,
  json,
  PROBLEMS,
  register,
  signUp,
  startMigratedApp,
  uniqueEmail,
  type MigratedApp,
  type Session,
  type TestApp,
  type TestResponse,
} from './support';

const PROBLEM = /^application\/problem\+json/;

/** A body sent as written: JSON.stringify would escape a lone surrogate the same way, but this is plainer. */
function raw(method: string, text: string, token?: string): RequestInit {
  return { ...json(method, {}, token), body: text };
}

function expectFieldProblem(response: TestResponse, field: string, message: RegExp): void {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(PROBLEM);
  expect(response.body.type).toBe(`${PROBLEMS}validation-error`);
  expect(response.body.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
}

describe('hostile JSON bodies', () => {
  let started: MigratedApp;
  let app: TestApp;
  let session: Session;

  beforeAll(async () => {
    started = await startMigratedApp();
    app = started.app;
    session = await signUp(app);
  });
  afterAll(() => started.stop());

  describe('size of shape (item 2)', () => {
    it('refuses 90,000 unknown keys at once with a small 400, instead of seconds of CPU and megabytes of errors', async () => {
      const body: Record<string, unknown> = { email: 'a@example.com', password: 'x' };
      for (let i = 0; i < 90_000; i++) body[`k${i}`] = 1;
      const text = JSON.stringify(body);
      expect(text.length).toBeGreaterThan(750_000);

      const timed = async (body: string) => {
        const started = performance.now();
        const response = await app.request('/auth/login', raw('POST', body));
        return { response, elapsed: performance.now() - started };
      };
      // What any body of that size costs to receive and parse: one long string instead of the keys.
      const plain = await timed(JSON.stringify({ email: 'a@example.com', password: 'x', padding: 'p'.repeat(text.length - 60) }));
      expect(plain.response.status).toBe(400);
      const { response, elapsed } = await timed(text);

      // Before: 5.6 to 10 s of a blocked instance and an 8.1 MB answer listing every key. Now the
      // keys cost no more than any body of that size (generous bounds: the machine's speed varies).
      expect(elapsed).toBeLessThan(Math.max(500, 3 * plain.elapsed));
      expect(response.text.length).toBeLessThan(4_096);
      expectFieldProblem(response, 'body', /must not hold more than 1000 keys/);
      // The instance was never blocked: a normal request right after is served as usual.
      expect((await app.request('/health/live')).status).toBe(200);
    });

    it('lists the first 20 of 200 unknown fields and counts the rest', async () => {
      const body: Record<string, unknown> = { email: 'a@example.com', password: 'x' };
      for (let i = 0; i < 200; i++) body[`unknown${i}`] = i;
      const response = await app.request('/auth/login', json('POST', body));
      expect(response.status).toBe(400);
      expect(response.body.errors).toHaveLength(20);
      expect(response.body.errors[0]).toEqual({
        field: expect.stringMatching(/^unknown\d+$/),
        message: expect.stringMatching(/should not exist/),
      });
      expect(response.body.errors_omitted).toBe(180);
      expect(response.body.detail).toMatch(/; and 180 more$/);
      expect(response.text.length).toBeLessThan(4_096);
    });

    it('refuses a body of more than 10,000 values however they are spread', async () => {
      const rows = Array.from({ length: 20 }, () => Array.from({ length: 600 }, () => 0));
      const response = await app.request('/auth/login', json('POST', { email: 'a@example.com', password: 'x', rows }));
      expectFieldProblem(response, 'body', /must not hold more than 10000 JSON values/);
    });
  });

  describe('depth (item 4)', () => {
    const deepArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
    const deepObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

    it.each([
      ['POST', '/auth/login', false],
      ['POST', '/users', false],
      ['POST', '/auth/password-reset/request', false],
      ['POST', '/translate', true],
      ['PUT', '/users/me', true],
      ['POST', '/users/me/api-keys', true],
    ])('answers %s %s nested 10,000 levels deep with a 400 naming where, not a 500', async (method, path, authenticated) => {
      const token = authenticated ? session.access : undefined;
      const inField = await app.request(path, raw(method, `{"email":"a@example.com","context":${deepArray(10_000)}}`, token));
      // The body is level 1 and `context` level 2: the first array past level 32 is named.
      expectFieldProblem(inField, ['context', ...Array<string>(31).fill('0')].join('.'), /nests deeper than 32 levels/);
      const whole = await app.request(path, raw(method, deepObject(3_000), token));
      expect(whole.status).toBe(400);
      expect(whole.body.errors[0].message).toMatch(/nests deeper than 32 levels/);
    });
  });

  describe('NUL and invalid Unicode (item 5)', () => {
    it('refuses a NUL in full_name at sign-up, naming the field, and creates no account', async () => {
      const email = uniqueEmail('nul');
      const response = await app.request('/users', json('POST', { email, password: GOOD_PASSWORD, full_name: 'Ada\u0000Lovelace' }));
      expectFieldProblem(response, 'full_name', /^full_name must not contain NUL characters$/);
      // No account was made: the same email signs up now.
      expect((await register(app, email)).status).toBe(201);
    });

    it('refuses a NUL in the login email with a 400, not a database error', async () => {
      const response = await app.request('/auth/login', json('POST', { email: `${session.email}\u0000`, password: GOOD_PASSWORD }));
      expectFieldProblem(response, 'email', /NUL/);
    });

    it('refuses a NUL in an API key name and creates no key', async () => {
      const response = await app.request('/users/me/api-keys', json('POST', { name: 'CI\u0000key' }, session.access));
      expectFieldProblem(response, 'name', /NUL/);
      const keys = await app.request('/users/me/api-keys', json('GET', undefined, session.access));
      expect(keys.status).toBe(200);
      expect(keys.body).toEqual([]);
    });

    it('names a NUL deep inside a body by its path', async () => {
      const response = await app.request(
        '/auth/login',
        json('POST', { email: 'a@example.com', password: 'x', extra: { list: ['ok', 'bad\u0000'] } }),
      );
      expectFieldProblem(response, 'extra.list.1', /NUL/);
    });

    it('refuses a lone surrogate in the email at sign-up, and creates no account', async () => {
      const email = uniqueEmail('surrogate');
      const response = await app.request('/users', raw('POST', `{"email":"\\ud800${email}","password":"${GOOD_PASSWORD}"}`));
      expectFieldProblem(response, 'email', /unpaired UTF-16 surrogates/);
      const lowSurrogate = await app.request('/users', raw('POST', `{"email":"${email}\\udc00","password":"${GOOD_PASSWORD}"}`));
      expectFieldProblem(lowSurrogate, 'email', /unpaired UTF-16 surrogates/);
      expect((await register(app, email)).status).toBe(201);
    });

    it('refuses a lone surrogate in a password-reset request', async () => {
      const response = await app.request('/auth/password-reset/request', raw('POST', '{"email":"ada\\ud800@example.com"}'));
      expectFieldProblem(response, 'email', /unpaired UTF-16 surrogates/);
    });

    it('refuses a lone surrogate, a NUL or a null email in a profile update and leaves the profile as it was', async () => {
      const before = await app.request('/users/me', json('GET', undefined, session.access));
      const surrogate = await app.request('/users/me', raw('PUT', '{"email":"ada\\ud800@example.com"}', session.access));
      expectFieldProblem(surrogate, 'email', /unpaired UTF-16 surrogates/);
      const nul = await app.request('/users/me', json('PUT', { full_name: 'Ada\u0000' }, session.access));
      expectFieldProblem(nul, 'full_name', /NUL/);
      const nullEmail = await app.request('/users/me', json('PUT', { email: null }, session.access));
      expect(nullEmail.status).toBe(400);
      expect(nullEmail.body.errors).toContainEqual({ field: 'email', message: 'email must be a valid email address' });
      const after = await app.request('/users/me', json('GET', undefined, session.access));
      expect(after.body).toEqual(before.body);
    });
  });

  describe('legitimate input still passes', () => {
    it('keeps emoji and CJK names (valid surrogate pairs) intact', async () => {
      const name = 'Ada 🚀 李小龍 👩🏽‍💻';
      const created = await register(app, uniqueEmail('unicode'), GOOD_PASSWORD, name);
      expect(created.status).toBe(201);
      expect(created.body.full_name).toBe(name);
    });

    it('is not misled by brackets, commas, quotes and backslashes inside strings', async () => {
      const error = `SyntaxError: Unexpected token in JSON: {"a":[1,{"b":"\\"]"}]} C:\\temp\\ ${'[[[{{{,,,'.repeat(2_000)}`;
      const response = await app.request('/translate', json('POST', { error, context: 'ends in a backslash \\' }, session.access));
      expect(response.status).toBe(200);
    });

    it('translates a 50,000-character stack trace with emoji and CJK in it', async () => {
      const frame = '  at handler (/srv/app/服务.js:12:7) 🔥\n';
      const head = "TypeError: Cannot read properties of undefined (reading 'x')\n";
      const trace = head + frame.repeat(Math.floor((50_000 - head.length) / frame.length));
      expect(trace.length).toBeGreaterThan(49_900);
      const response = await app.request('/translate', json('POST', { error: trace, context: 'Express ✨ 中文' }, session.access));
      expect(response.status).toBe(200);
      expect(response.body.language).toBe('javascript');
    });
  });
});
