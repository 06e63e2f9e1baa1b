import {
  createTestDatabase,
  describeWithPostgres,
  migrate,
  startApp,
  TEST_JWT_SECRET,
  type TestApp,
  type TestDatabase,
  type TestResponse,
} from './support';
import { TcpProxy, throughProxy } from './support/tcp-proxy';

/** The CSP's directives by name: `script-src 'self'` → { 'script-src': ["'self'"] }. */
function cspDirectives(response: TestResponse): Record<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

function expectSecurityHeaders(response: TestResponse): void {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  const csp = cspDirectives(response);
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  // Plain HTTP, no trusted proxy: HSTS would mean nothing here.
  expect(response.headers.get('strict-transport-security')).toBeNull();
}

describe('security headers', () => {
  let database: TestDatabase;
  let app: TestApp;
  let proxied: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    [app, proxied] = await Promise.all([
      startApp({ DATABASE_URL: database.url }),
      startApp({ DATABASE_URL: database.url, TRUST_PROXY: 'true' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([app?.stop(), proxied?.stop()]);
    await database?.drop();
  });

  it('are on a JSON answer, on problems (404, malformed JSON, 401) and on Swagger UI and its assets', async () => {
    const responses = [
      await app.request('/health/live'),
      await app.request('/no/such/route'),
      await app.request('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' }),
      await app.request('/users/me'),
      await app.request('/docs'),
      await app.request('/docs/swagger-ui-bundle.js'),
      await app.request('/docs-json'),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 404, 400, 401, 200, 200, 200]);
    for (const response of responses) expectSecurityHeaders(response);
  });

  it('Swagger UI loads under the CSP: every script and stylesheet it references is same-origin and served, and what is inline is allowed', async () => {
    const page = await app.request('/docs');
    const csp = cspDirectives(page);
    const scripts = [...page.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    const styles = [...page.text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);

    const sources: string[] = [];
    for (const [, attributes, body] of scripts) {
      const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
      // script-src 'self' without 'unsafe-inline': an inline script would not run.
      expect({ src, inline: body.trim() }).toEqual({ src: expect.any(String), inline: '' });
      sources.push(src!);
    }
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['script-src-attr']).toEqual(["'none'"]);
    expect(page.text).not.toMatch(/\son[a-z]+\s*=\s*["']/i); // no inline event handlers
    for (const url of [...sources, ...styles]) {
      const resolved = new URL(url, `${app.baseUrl}/docs`);
      expect(resolved.origin).toBe(app.baseUrl); // 'self'
      const asset = await app.request(resolved.pathname);
      expect({ url, status: asset.status }).toEqual({ url, status: 200 });
    }
    // The page has inline <style> blocks, and the stylesheet draws its icons from data: URIs.
    expect(page.text).toMatch(/<style>/);
    expect(csp['style-src']).toEqual(expect.arrayContaining(["'self'", "'unsafe-inline'"]));
    const css = await app.request(new URL(styles[0], `${app.baseUrl}/docs`).pathname);
    expect(css.text).toContain('url("data:image/svg+xml');
    expect(csp['img-src']).toEqual(expect.arrayContaining(["'self'", 'data:']));
    // "Try it out" calls this same origin.
    expect(csp['connect-src']).toEqual(["'self'"]);
  });

  it('HSTS only where the client reached us over TLS: behind a trusted proxy saying https, never on a forged header', async () => {
    const viaTls = await proxied.request('/health/live', { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const problem = await proxied.request('/nope', { headers: { 'x-forwarded-proto': 'https' } });
    expect(problem.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect((await proxied.request('/health/live')).headers.get('strict-transport-security')).toBeNull();
    // Without TRUST_PROXY anyone can send the header: it is not believed.
    const forged = await app.request('/health/live', { headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('production: /docs and /metrics only when the operator turns them on', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
  });
  afterAll(async () => database?.drop());

  const production = { NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET };

  it('NODE_ENV=production without the flags: 404 for /metrics, /docs and /docs-json; the API still serves', async () => {
    const app = await startApp({ ...production, DATABASE_URL: database.url });
    try {
      for (const path of ['/metrics', '/docs', '/docs-json', '/docs/swagger-ui-bundle.js']) {
        const response = await app.request(path);
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(response.text).not.toMatch(/aet_|"openapi"|<html/i);
      }
      expect((await app.request('/health/ready')).status).toBe(200);
    } finally {
      await app.stop();
    }
  });

  it('NODE_ENV=production with SWAGGER_ENABLED and METRICS_ENABLED: both served', async () => {
    const app = await startApp({ ...production, DATABASE_URL: database.url, SWAGGER_ENABLED: 'true', METRICS_ENABLED: 'true' });
    try {
      expect((await app.request('/docs')).status).toBe(200);
      expect((await app.request('/docs-json')).body.openapi).toMatch(/^3\./);
      expect((await app.request('/metrics')).text).toContain('aet_http_requests_total');
    } finally {
      await app.stop();
    }
  });
});

describeWithPostgres('readiness never reveals where the database and Redis live', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    proxy = await TcpProxy.forDatabase(database.url);
    app = await startApp({
      DATABASE_URL: throughProxy(database.url, proxy),
      HEALTH_DB_TIMEOUT_MS: '500',
      HEALTH_READY_CACHE_MS: '0', // the probe right after the outage must ping, not reuse the last answer
      REDIS_URL: 'redis://127.0.0.1:1',
    });
  });
  afterAll(async () => {
    await app?.stop();
    await proxy?.stop();
    await database?.drop();
  });

  it('names the failing checks, but no host, address or port', async () => {
    const degraded = await app.request('/health/ready');
    expect(degraded.status).toBe(200);
    expect(degraded.body.details.redis.message).toMatch(/^unreachable: /);
    expect(degraded.body.details.redis.message).not.toMatch(/127\.0\.0\.1|:1\b/);
    expect(degraded.text).not.toContain('127.0.0.1');

    // The proxy stops listening: the driver's error is "connect ECONNREFUSED 127.0.0.1:<port>".
    await proxy.stop();
    const down = await app.request('/health/ready');
    expect(down.status).toBe(503);
    expect(down.body.detail).toMatch(/^Not ready: database/);
    expect(down.body.checks.database.status).toBe('down');
    for (const revealing of ['127.0.0.1', `:${proxy.port}`, String(proxy.port), new URL(database.url).pathname.slice(1)]) {
      expect(down.text).not.toContain(revealing);
    }
  });
});
