import { randomUUID } from 'node:crypto';
import {
  json,
  login,
  signUp,
  startMigratedApp,
  TEST_JWT_SECRET,
  type MigratedApp,
  type Session,
  type TestApp,
  type TestResponse,
} from './support';
import { servedRoutes } from './support/openapi';

/**
 * Who may call each route. The table is the decision; the probes below hold the app to it, so a
 * new route fails this spec until someone decides (and writes down) who may call it.
 *
 * - `public`: no credentials needed.
 * - `jwt`: an access token only; an API key is refused, so a leaked key cannot manage the account.
 * - `key-or-jwt`: an API key or an access token (the product routes).
 * - `stripe-signature`: no user at all; the Stripe-Signature header is the credential.
 */
type Access = 'public' | 'jwt' | 'key-or-jwt' | 'stripe-signature';

const ACCESS: Record<string, Access> = {
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /metrics': 'public',
  'POST /users': 'public',
  'POST /auth/login': 'public',
  'POST /auth/refresh': 'public',
  'POST /auth/verify-email/confirm': 'public',
  'POST /auth/password-reset/request': 'public',
  'POST /auth/password-reset/confirm': 'public',
  'POST /billing/webhook': 'stripe-signature',
  'GET /users/me': 'jwt',
  'PUT /users/me': 'jwt',
  'POST /users/me/change-password': 'jwt',
  'GET /users/me/api-keys': 'jwt',
  'POST /users/me/api-keys': 'jwt',
  'DELETE /users/me/api-keys/{key_id}': 'jwt',
  'GET /users/me/usage': 'jwt',
  'GET /users/me/dashboard': 'jwt',
  'POST /auth/logout': 'jwt',
  'POST /auth/verify-email/request': 'jwt',
  'POST /billing/checkout': 'jwt',
  'POST /billing/portal': 'jwt',
  'GET /billing/subscription': 'jwt',
  'DELETE /users/me': 'jwt',
  'GET /users/me/export': 'jwt',
  'GET /users/me/sessions': 'jwt',
  'DELETE /users/me/sessions/{session_id}': 'jwt',
  'GET /users/me/security-events': 'jwt',
  'POST /users/me/api-keys/{key_id}/rotate': 'jwt',
  'GET /users/me/api-keys/{key_id}/usage': 'jwt',
  'GET /users/me/api-keys/current': 'key-or-jwt',
  'POST /translate': 'key-or-jwt',
  'POST /translate/feedback': 'key-or-jwt',
};

/**
 * Swagger UI and its document: public. SwaggerModule registers them while the app is built, before
 * the route listing can hook in, so they are probed from this list rather than found.
 */
const SWAGGER_UI = ['GET /docs', 'GET /docs/*', 'GET /docs-json'];

/** A user with a session and a key: the owner of the objects a second user must not reach. */
interface Owner {
  session: Session;
  key: { id: string; key: string };
}

/**
 * Each route that takes an identifier: how to make the owner's object, and the request a second
 * user sends for it. The second user must get 404 (not 403: whether the id exists is not theirs to
 * learn), and the owner's object must be unchanged afterwards.
 */
interface OwnedObjectCase {
  /** The id of an object the owner has, made fresh for this case. */
  create(app: TestApp, owner: Owner): Promise<string>;
  /** The second user's attempt on it. */
  attempt(id: string): { path: string; init: RequestInit };
  /** Proves the owner's object was left as it was. */
  unchanged(app: TestApp, owner: Owner, id: string): Promise<void>;
}

async function createKey(app: TestApp, session: Session, name: string): Promise<{ id: string; key: string }> {
  const created = await app.request('/users/me/api-keys', json('POST', { name }, session.access));
  if (created.status !== 201) throw new Error(`key not created: ${created.status} ${created.text}`);
  return { id: created.body.id, key: created.body.key };
}

async function keyStillWorks(app: TestApp, key: string): Promise<void> {
  const answer = await app.request('/users/me/api-keys/current', { headers: { 'x-api-key': key } });
  expect(answer.status).toBe(200);
}

const OWNED_OBJECTS: Record<string, OwnedObjectCase> = {
  'DELETE /users/me/api-keys/{key_id}': {
    create: async (app, owner) => (await createKey(app, owner.session, 'owned')).id,
    attempt: (id) => ({ path: `/users/me/api-keys/${id}`, init: { method: 'DELETE' } }),
    unchanged: async (app, owner, id) => {
      const list = await app.request('/users/me/api-keys', json('GET', undefined, owner.session.access));
      expect(list.body.find((key: { id: string }) => key.id === id)?.is_active).toBe(true);
    },
  },
  'POST /users/me/api-keys/{key_id}/rotate': {
    create: async (app, owner) => (await createKey(app, owner.session, 'to-rotate')).id,
    attempt: (id) => ({
      path: `/users/me/api-keys/${id}/rotate`,
      init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grace_seconds: 0 }) },
    }),
    unchanged: async (app, owner, id) => {
      const list = await app.request('/users/me/api-keys', json('GET', undefined, owner.session.access));
      expect(list.body.find((key: { id: string }) => key.id === id)).toMatchObject({ is_active: true, replaced_by: null });
    },
  },
  'GET /users/me/api-keys/{key_id}/usage': {
    create: async (_app, owner) => owner.key.id,
    attempt: (id) => ({ path: `/users/me/api-keys/${id}/usage`, init: {} }),
    unchanged: async (app, owner, id) => {
      const usage = await app.request(`/users/me/api-keys/${id}/usage`, json('GET', undefined, owner.session.access));
      expect(usage.status).toBe(200);
    },
  },
  'DELETE /users/me/sessions/{session_id}': {
    create: async (app, owner) => {
      const tokens = await login(app, owner.session.email);
      return JSON.parse(Buffer.from((tokens.body.access_token as string).split('.')[1], 'base64url').toString()).fam as string;
    },
    attempt: (id) => ({ path: `/users/me/sessions/${id}`, init: { method: 'DELETE' } }),
    unchanged: async (app, owner, id) => {
      const sessions = await app.request('/users/me/sessions', json('GET', undefined, owner.session.access));
      expect(sessions.body.map((session: { id: string }) => session.id)).toContain(id);
    },
  },
  'POST /translate/feedback': {
    create: async (app, owner) => {
      const answer = await app.request('/translate', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': owner.key.key },
        body: JSON.stringify({ error: "TypeError: Cannot read properties of undefined (reading 'map')" }),
      });
      expect(answer.status).toBe(200);
      return answer.body.answer_id as string;
    },
    attempt: (id) => ({
      path: '/translate/feedback',
      init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answer_id: id, helpful: false }) },
    }),
    unchanged: async (app, owner, id) => {
      // The owner can still rate their own answer: the stranger's attempt left no rating behind.
      const rated = await app.request('/translate/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': owner.key.key },
        body: JSON.stringify({ answer_id: id, helpful: true }),
      });
      expect(rated.status).toBeLessThan(300);
    },
  },
};

/** Routes Swagger UI serves, or Fastify adds on its own (HEAD for each GET, OPTIONS for CORS). */
function isOperation(route: string): boolean {
  return !route.startsWith('HEAD ') && !route.startsWith('OPTIONS ');
}

/** `/users/me/api-keys/{key_id}` with a random id, `/docs/*` as a real asset path. */
function concretePath(path: string): string {
  return path.replace(/\{\w+\}/g, randomUUID()).replace('/*', '/index.html');
}

function request(app: TestApp, route: string, headers: Record<string, string>): Promise<TestResponse> {
  const [method, path] = route.split(' ');
  const withBody = method === 'POST' || method === 'PUT';
  return app.request(concretePath(path), {
    method,
    headers: withBody ? { 'content-type': 'application/json', ...headers } : headers,
    body: withBody ? '{}' : undefined,
  });
}

describe('route access: every route has a decided access, and the app keeps to it', () => {
  let service: MigratedApp;
  let app: TestApp;
  let owner: Owner;
  let stranger: Session;
  let routes: string[];

  beforeAll(async () => {
    const env = {
      JWT_SECRET: TEST_JWT_SECRET,
      RATE_LIMIT_FREE: '1000',
      QUOTA_FREE: 'unlimited',
      // The owner makes a key for each case below.
      API_KEY_CAP_FREE: '20',
      STRIPE_WEBHOOK_SECRET: 'whsec_route_access',
      // Billing configured, so the webhook answers for its signature rather than 503 "billing off";
      // no call reaches this URL, as nothing here passes the signature check.
      STRIPE_SECRET_KEY: 'sk_test_route_access',
      STRIPE_PRICE_PRO: 'price_pro',
      STRIPE_PRICE_ENTERPRISE: 'price_enterprise',
      STRIPE_API_URL: 'http://127.0.0.1:9',
    };
    service = await startMigratedApp(env);
    app = service.app;
    routes = (await servedRoutes({ ...env, DATABASE_URL: service.database.url })).filter(isOperation);
    const session = await signUp(app);
    owner = { session, key: await createKey(app, session, 'probe') };
    stranger = await signUp(app);
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('has a decision for every route the app serves, and no decision for a route it does not serve', () => {
    expect(routes).toContain('POST /translate');
    expect(routes.filter((route) => !(route in ACCESS))).toEqual([]);
    expect(Object.keys(ACCESS).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('public routes answer without credentials', async () => {
    for (const route of [...SWAGGER_UI, ...Object.keys(ACCESS).filter((route) => ACCESS[route] === 'public')]) {
      const answer = await request(app, route, {});
      expect([route, answer.status]).not.toEqual([route, 401]);
      expect([route, answer.status]).not.toEqual([route, 403]);
      if (SWAGGER_UI.includes(route)) expect([route, answer.status]).toEqual([route, 200]);
    }
  });

  it('token-only routes refuse no credentials and an API key, and let a fresh access token through', async () => {
    for (const route of Object.keys(ACCESS).filter((route) => ACCESS[route] === 'jwt')) {
      expect([route, (await request(app, route, {})).status]).toEqual([route, 401]);
      expect([route, (await request(app, route, { 'x-api-key': owner.key.key })).status]).toEqual([route, 401]);
      expect([route, (await request(app, route, { authorization: `Bearer ${owner.key.key}` })).status]).toEqual([route, 401]);
      // A fresh token each time: POST /auth/logout ends the session it is called with.
      const tokens = await login(app, owner.session.email);
      const answer = await request(app, route, { authorization: `Bearer ${tokens.body.access_token}` });
      expect([route, answer.status]).not.toEqual([route, 401]);
      expect([route, answer.status]).not.toEqual([route, 403]);
    }
  });

  it('product routes refuse no credentials and take either an API key or an access token', async () => {
    for (const route of Object.keys(ACCESS).filter((route) => ACCESS[route] === 'key-or-jwt')) {
      expect([route, (await request(app, route, {})).status]).toEqual([route, 401]);
      for (const headers of <Array<Record<string, string>>>[
        { 'x-api-key': owner.key.key },
        { authorization: `Bearer ${owner.session.access}` },
      ]) {
        const answer = await request(app, route, headers);
        expect([route, answer.status]).not.toEqual([route, 401]);
        expect([route, answer.status]).not.toEqual([route, 403]);
      }
    }
  });

  it('the Stripe webhook takes no user credential: without a valid signature it is 400 whatever else is sent', async () => {
    for (const route of Object.keys(ACCESS).filter((route) => ACCESS[route] === 'stripe-signature')) {
      const forged = `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`;
      for (const headers of <Array<Record<string, string>>>[
        {},
        { authorization: `Bearer ${owner.session.access}` },
        { 'stripe-signature': forged },
      ]) {
        const answer = await request(app, route, headers);
        expect([route, answer.status, answer.headers.get('content-type')?.split(';')[0]]).toEqual([route, 400, 'application/problem+json']);
      }
    }
  });

  it('every route that takes an identifier has a second-user case', () => {
    const withIdentifier = routes.filter((route) => /\{\w+\}/.test(route) || route === 'POST /translate/feedback');
    expect(withIdentifier.filter((route) => !(route in OWNED_OBJECTS))).toEqual([]);
  });

  it.each(Object.keys(OWNED_OBJECTS))("%s: a second user gets 404 for the first user's object, which stays as it was", async (route) => {
    const objectCase = OWNED_OBJECTS[route];
    const id = await objectCase.create(app, owner);
    const { path, init } = objectCase.attempt(id);
    const answer = await app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${stranger.access}` },
    });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await objectCase.unchanged(app, owner, id);
    await keyStillWorks(app, owner.key.key);
  });
});
