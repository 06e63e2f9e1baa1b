import { loadConfig } from '../src/config/load-config';
import { describeWithPostgres, json, signUp, startMigratedApp, type MigratedApp, type TestApp, type TestResponse } from './support';

/**
 * CORS over HTTP, as a browser would exercise it (the browser itself: swagger-ui.browser.spec.ts).
 * Browsers enforce CORS; the server's part is the headers checked here.
 */
const FRONT_END = 'https://app.example.com';
const LOCAL_DEV = 'http://localhost:5173';
const EXPOSED = [
  'x-request-id',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-quota-limit',
  'x-quota-remaining',
  'x-quota-reset',
  'retry-after',
];
const TRACE = "Traceback (most recent call last):\nModuleNotFoundError: No module named 'requests'";

function preflight(app: TestApp, origin: string, headers = 'content-type,x-api-key'): Promise<TestResponse> {
  return app.request('/translate', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });
}

function corsHeaders(response: TestResponse): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));
}

function listed(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

describe('CORS_ORIGINS', () => {
  it('is empty by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });

  it('takes comma-separated exact origins, trimmed, each once', () => {
    expect(loadConfig({ CORS_ORIGINS: ` ${FRONT_END}, ${LOCAL_DEV},,${FRONT_END} ` }).corsOrigins).toEqual([FRONT_END, LOCAL_DEV]);
  });

  it.each([
    ['a trailing slash', 'https://app.example.com/'],
    ['a path', 'https://app.example.com/app'],
    ['no scheme', 'app.example.com'],
    ['a wildcard', '*'],
    ['another scheme', 'ftp://files.example.com'],
    ['upper case (browsers send lower case)', 'https://App.Example.com'],
    ['a default port spelt out (browsers omit it)', 'https://app.example.com:443'],
  ])('refuses an origin with %s, naming the variable and the value', (_case, origin) => {
    expect(() => loadConfig({ CORS_ORIGINS: `${LOCAL_DEV},${origin}` })).toThrow(
      `Invalid configuration: CORS_ORIGINS must be comma-separated origins such as https://app.example.com (scheme, host and port only, no path or trailing slash; "*" is not accepted); got "${origin}"`,
    );
  });
});

describeWithPostgres('CORS', () => {
  let configured: MigratedApp;
  let unconfigured: MigratedApp;
  let key: string;

  beforeAll(async () => {
    [configured, unconfigured] = await Promise.all([startMigratedApp({ CORS_ORIGINS: `${FRONT_END},${LOCAL_DEV}` }), startMigratedApp()]);
    const session = await signUp(configured.app);
    const created = await configured.app.request('/users/me/api-keys', json('POST', { name: 'front end' }, session.access));
    key = created.body.key;
  });
  afterAll(() => Promise.all([configured?.stop(), unconfigured?.stop()]));

  const translate = (app: TestApp, origin: string, headers: Record<string, string> = { 'x-api-key': key }) =>
    app.request('/translate', {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ error: TRACE }),
    });

  describe('without CORS_ORIGINS', () => {
    it('sends no CORS headers, and a preflight finds no route', async () => {
      const answer = await preflight(unconfigured.app, FRONT_END);
      expect(answer.status).toBe(404);
      expect(corsHeaders(answer)).toEqual({});
      const session = await signUp(unconfigured.app);
      const response = await unconfigured.app.request('/users/me', {
        headers: { origin: FRONT_END, authorization: `Bearer ${session.access}` },
      });
      expect(response.status).toBe(200);
      expect(corsHeaders(response)).toEqual({});
    });
  });

  describe('with CORS_ORIGINS', () => {
    it.each([FRONT_END, LOCAL_DEV])('answers a preflight from %s with 204, no credential needed', async (origin) => {
      const answer = await preflight(configured.app, origin, 'authorization,content-type,x-api-key');
      expect(answer.status).toBe(204);
      expect(answer.text).toBe('');
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(listed(answer.headers.get('access-control-allow-methods'))).toEqual(expect.arrayContaining(['get', 'post', 'put', 'delete']));
      expect(listed(answer.headers.get('access-control-allow-headers'))).toEqual(
        expect.arrayContaining(['authorization', 'x-api-key', 'content-type', 'x-request-id']),
      );
      expect(answer.headers.get('access-control-max-age')).toBe('600');
      // Credentials policy: none. Auth is by header; no cookies of ours ride along.
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      expect(listed(answer.headers.get('vary'))).toContain('origin');
    });

    it('answers an allowed origin with its origin and exposes the request-id, rate-limit and quota headers', async () => {
      const response = await translate(configured.app, FRONT_END);
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(FRONT_END);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(listed(response.headers.get('access-control-expose-headers')).sort()).toEqual([...EXPOSED].sort());
      for (const name of EXPOSED.filter((header) => header !== 'retry-after')) expect(response.headers.get(name)).not.toBeNull();
      expect(listed(response.headers.get('vary'))).toContain('origin');
    });

    it('lets an allowed origin read why it was refused (a 401 carries the CORS headers too)', async () => {
      const response = await translate(configured.app, LOCAL_DEV, { 'x-api-key': `aet_${'0'.repeat(40)}` });
      expect(response.status).toBe(401);
      expect(response.headers.get('access-control-allow-origin')).toBe(LOCAL_DEV);
    });

    it.each([
      ['another site', 'https://evil.example.net'],
      ['a look-alike host', 'https://app.example.com.evil.example.net'],
      ['the same host over plain HTTP', 'http://app.example.com'],
      ['another port', 'http://localhost:5174'],
      ['the opaque origin of a sandboxed page or file', 'null'],
    ])('gives %s no CORS headers: its preflight finds no route, its requests no Allow-Origin', async (_case, origin) => {
      const answer = await preflight(configured.app, origin);
      expect(answer.status).toBe(404);
      expect(corsHeaders(answer)).toEqual({});
      // The server still answers (browsers enforce CORS); the page just cannot read it.
      const response = await translate(configured.app, origin);
      expect(response.status).toBe(200);
      expect(corsHeaders(response)).toEqual({});
    });

    it('leaves requests without an Origin (curl, servers) as they were', async () => {
      const response = await configured.app.request('/health/live');
      expect(response.status).toBe(200);
      expect(corsHeaders(response)).toEqual({});
    });
  });
});
