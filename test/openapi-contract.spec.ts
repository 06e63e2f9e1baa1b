import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { randomUUID } from 'node:crypto';
import {
  bearer,
  GOOD_PASSWORD,
  json,
  login,
  register,
  signUp,
  startMigratedApp,
  TEST_JWT_SECRET,
  uniqueEmail,
  type MigratedApp,
  type TestApp,
  type TestResponse,
} from './support';
import { operationsOf, readCommittedDocument, servedRoutes, type Json } from './support/openapi';

/** Served on purpose without a place in the document: Prometheus's scrape and Stripe's webhook. */
const UNDOCUMENTED = ['GET /metrics', 'POST /billing/webhook'];
const RATE_LIMIT = 8;
const PYTHON_ERROR =
  'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\n    import requests\nModuleNotFoundError: No module named \'requests\'';

const document = readCommittedDocument();
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// The document's schemas under one id, so each response schema's #/components/… refs resolve.
ajv.addSchema({ $id: 'openapi.json', components: document.components });
const validators = new Map<string, ValidateFunction>();

function validatorFor(schema: Json): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(JSON.parse(key.replaceAll('"#/components/', '"openapi.json#/components/')) as object);
    validators.set(key, validate);
  }
  return validate;
}

/** Which documented responses the flows below received, as "operationId status". */
const checked = new Set<string>();

/**
 * Fails unless `response` is one the document gives for this operation: its status is
 * documented, its content type is the documented one, its body validates against the documented
 * schema, and the headers documented as required for it were sent.
 */
function expectDocumented(method: string, path: string, response: TestResponse): void {
  const operation = document.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${path} is not in the document`);
  const where = `${operation.operationId} (${method} ${path}) answered ${response.status}`;
  const documented = operation.responses[String(response.status)];
  if (!documented) throw new Error(`${where}, a status the document does not give: ${response.text.slice(0, 300)}`);
  const headers = Object.entries((documented as { headers?: Record<string, { $ref?: string; required?: boolean }> }).headers ?? {});
  const required = headers.filter(
    ([, header]) => (header.$ref ? (document.components.headers?.[header.$ref.split('/').pop()!] as { required?: boolean }) : header).required,
  );
  const missingHeaders = required.map(([name]) => name).filter((name) => !response.headers.has(name));
  if (missingHeaders.length > 0) throw new Error(`${where} without the documented headers ${missingHeaders.join(', ')}`);
  if (!documented.content) {
    if (response.text !== '') throw new Error(`${where} with a body the document does not describe: ${response.text.slice(0, 200)}`);
  } else {
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    const media = documented.content[type];
    if (!media?.schema) throw new Error(`${where} as ${type}; documented: ${Object.keys(documented.content).join(', ')}`);
    const validate = validatorFor(media.schema);
    if (!validate(response.body)) {
      throw new Error(`${where} with a body its schema refuses: ${ajv.errorsText(validate.errors)}\n${response.text.slice(0, 500)}`);
    }
  }
  checked.add(`${operation.operationId} ${response.status}`);
}

function withKey(key: string, init: RequestInit = {}): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string>), 'x-api-key': key } };
}

describe('the OpenAPI document against the app', () => {
  let service: MigratedApp;
  let app: TestApp;
  const env = { JWT_SECRET: TEST_JWT_SECRET, RATE_LIMIT_FREE: String(RATE_LIMIT), QUOTA_FREE: 'unlimited' };

  beforeAll(async () => {
    service = await startMigratedApp(env);
    app = service.app;
  });
  afterAll(async () => {
    await service?.stop();
  });

  /** A request without credentials: path parameters a random UUID, `{}` as the body of a POST or PUT. */
  function bare(method: string, path: string): Promise<TestResponse> {
    const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
    return app.request(path.replace(/\{\w+\}/g, randomUUID()), {
      method,
      headers: withBody ? { 'content-type': 'application/json' } : {},
      body: withBody ? '{}' : undefined,
    });
  }

  it('documents every route the app serves, and only those (Swagger UI, /metrics and the Stripe webhook aside)', async () => {
    const routes = (await servedRoutes({ ...env, DATABASE_URL: service.database.url }))
      // Fastify adds HEAD to each GET; OPTIONS answers CORS preflights. Neither is an operation.
      .filter((route) => !route.startsWith('HEAD ') && !route.startsWith('OPTIONS '))
      .filter((route) => !/^GET \/docs(\b|-)/.test(route));
    expect(routes).toContain('POST /translate');
    const documented = operationsOf(document)
      .map(({ method, path }) => `${method} ${path}`)
      .sort();
    expect(routes.filter((route) => !UNDOCUMENTED.includes(route))).toEqual(documented);
  });

  it("serves every documented operation: a request to each reaches a handler or its guard, never the router's 404", async () => {
    // What the router says of a route it does not have, so the check below can tell it apart.
    const nowhere = await app.request(`/no-such-route-${randomUUID()}`, { method: 'POST' });
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.detail).toMatch(/^Cannot POST \/no-such-route-/);
    const unrouted: string[] = [];
    for (const { method, path } of operationsOf(document)) {
      const response = await bare(method, path);
      if (response.status === 404 && /^Cannot /.test(String(response.body?.detail))) unrouted.push(`${method} ${path}: ${response.body.detail}`);
      if (response.status === 405) unrouted.push(`${method} ${path}: 405`);
    }
    expect(unrouted).toEqual([]);
  });

  it('every operation that needs a credential answers 401 without one, as documented, and the public ones do not', async () => {
    const wrong: string[] = [];
    for (const { method, path, operation } of operationsOf(document)) {
      const response = await bare(method, path);
      const secured = (operation.security ?? []).length > 0;
      if (secured !== (response.status === 401))
        wrong.push(`${method} ${path}: security ${JSON.stringify(operation.security)}, answered ${response.status}`);
      if (response.status === 401) expectDocumented(method, path, response);
    }
    expect(wrong).toEqual([]);
  });

  it('the main flows answer as documented: register, log in, refresh, me, keys, translate, feedback, usage, dashboard, problems', async () => {
    const email = uniqueEmail('contract');
    expectDocumented('POST', '/users', await register(app, email, GOOD_PASSWORD, 'Ada Lovelace'));
    expectDocumented('POST', '/users', await register(app, email));
    expectDocumented('POST', '/users', await app.request('/users', json('POST', { email: 'not-an-email', password: '' })));
    expectDocumented(
      'POST',
      '/users',
      await app.request('/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' }),
    );
    expectDocumented(
      'POST',
      '/users',
      await app.request('/users', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }),
    );

    const tokens = await login(app, email);
    expectDocumented('POST', '/auth/login', tokens);
    expectDocumented('POST', '/auth/login', await login(app, email, 'not the password'));
    const refreshed = await app.request('/auth/refresh', json('POST', { refresh_token: tokens.body.refresh_token }));
    expectDocumented('POST', '/auth/refresh', refreshed);
    // Reusing a refresh token revokes its whole login: another login's, so this session lives on.
    const other = await login(app, email);
    await app.request('/auth/refresh', json('POST', { refresh_token: other.body.refresh_token }));
    expectDocumented('POST', '/auth/refresh', await app.request('/auth/refresh', json('POST', { refresh_token: other.body.refresh_token })));
    const access = refreshed.body.access_token as string;

    expectDocumented('GET', '/users/me', await app.request('/users/me', bearer(access)));
    expectDocumented('PUT', '/users/me', await app.request('/users/me', json('PUT', { full_name: null }, access)));
    expectDocumented('PUT', '/users/me', await app.request('/users/me', json('PUT', { subscription_tier: 'enterprise' }, access)));

    const created = await app.request('/users/me/api-keys', json('POST', { name: 'contract', expires_at: null }, access));
    expectDocumented('POST', '/users/me/api-keys', created);
    const key = created.body.key as string;
    expectDocumented(
      'POST',
      '/users/me/api-keys',
      await app.request('/users/me/api-keys', json('POST', { name: 'second', expires_at: '2031-01-01T00:00:00Z' }, access)),
    );
    expectDocumented('POST', '/users/me/api-keys', await app.request('/users/me/api-keys', json('POST', { name: 'third' }, access)));
    expectDocumented('GET', '/users/me/api-keys', await app.request('/users/me/api-keys', bearer(access)));
    expectDocumented('GET', '/users/me/api-keys/current', await app.request('/users/me/api-keys/current', withKey(key)));
    expectDocumented('GET', '/users/me/api-keys/current', await app.request('/users/me/api-keys/current', bearer(access)));
    expectDocumented('GET', '/users/me/api-keys', await app.request('/users/me/api-keys', withKey(key)));
    expectDocumented(
      'DELETE',
      '/users/me/api-keys/{key_id}',
      await app.request(`/users/me/api-keys/${randomUUID()}`, { method: 'DELETE', ...bearer(access) }),
    );
    expectDocumented(
      'DELETE',
      '/users/me/api-keys/{key_id}',
      await app.request('/users/me/api-keys/not-a-uuid', { method: 'DELETE', ...bearer(access) }),
    );

    const answer = await app.request('/translate', withKey(key, json('POST', { error: PYTHON_ERROR })));
    expectDocumented('POST', '/translate', answer);
    expectDocumented('POST', '/translate', await app.request('/translate', json('POST', { error: PYTHON_ERROR, language: 'python' }, access)));
    expectDocumented('POST', '/translate', await app.request('/translate', withKey(key, json('POST', { error: '' }))));
    expectDocumented(
      'POST',
      '/translate',
      await app.request('/translate', withKey('aet_' + 'x'.repeat(40), json('POST', { error: PYTHON_ERROR }))),
    );
    expectDocumented('POST', '/translate', await app.request('/translate', withKey(key, json('POST', { error: 'x'.repeat(1024 * 1024 + 10) }))));
    expectDocumented(
      'POST',
      '/translate/feedback',
      await app.request('/translate/feedback', withKey(key, json('POST', { answer_id: answer.body.answer_id, helpful: true }))),
    );
    expectDocumented(
      'POST',
      '/translate/feedback',
      await app.request('/translate/feedback', json('POST', { answer_id: answer.body.answer_id, helpful: false, comment: 'meh' }, access)),
    );

    expectDocumented('GET', '/users/me/usage', await app.request('/users/me/usage?days=7', bearer(access)));
    expectDocumented('GET', '/users/me/usage', await app.request('/users/me/usage?days=0', bearer(access)));
    expectDocumented('GET', '/users/me/dashboard', await app.request('/users/me/dashboard', bearer(access)));
    expectDocumented('GET', '/billing/subscription', await app.request('/billing/subscription', bearer(access)));
    expectDocumented('GET', '/health/live', await app.request('/health/live'));
    expectDocumented('GET', '/health/ready', await app.request('/health/ready'));
    expectDocumented(
      'POST',
      '/auth/logout',
      await app.request('/auth/logout', json('POST', { refresh_token: refreshed.body.refresh_token }, access)),
    );

    const expected = [
      'register 201',
      'register 409',
      'register 400',
      'register 415',
      'login 200',
      'login 401',
      'refreshToken 200',
      'refreshToken 401',
      'getMe 200',
      'updateMe 200',
      'updateMe 400',
      'createApiKey 201',
      'createApiKey 409',
      'listApiKeys 200',
      'listApiKeys 401',
      'getCurrentApiKey 200',
      'getCurrentApiKey 400',
      'deactivateApiKey 404',
      'deactivateApiKey 400',
      'translate 200',
      'translate 400',
      'translate 401',
      'translate 413',
      'rateAnswer 201',
      'rateAnswer 200',
      'getUsage 200',
      'getUsage 400',
      'getDashboard 200',
      'getLiveness 200',
      'getReadiness 200',
      'logout 204',
    ];
    expect(expected.filter((entry) => !checked.has(entry))).toEqual([]);
  });

  it('a 429 past the rate limit is documented, with its headers', async () => {
    const session = await signUp(app);
    let last: TestResponse | undefined;
    for (let i = 0; i <= RATE_LIMIT && last?.status !== 429; i += 1) {
      last = await app.request('/translate', json('POST', { error: PYTHON_ERROR }, session.access));
      expectDocumented('POST', '/translate', last);
    }
    expect(last!.status).toBe(429);
    expect(checked).toContain('translate 429');
  });
});
