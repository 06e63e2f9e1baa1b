import Redis from 'ioredis';
import { json, type Session } from './accounts';
import { createTestDatabase, queryDatabase, type TestDatabase } from './postgres';
import { migrate, startApp, type TestApp, type TestResponse } from './test-app';
import { until } from './wait';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const PYTHON_ERROR = "ModuleNotFoundError: No module named 'requests'";

/** Starting the service takes seconds on a busy machine; two start at once in some tests. */
export const STARTUP_MS = 90_000;
export const SLOW = 180_000;

export interface LimitsSuite {
  /** Set once the suite's beforeAll has run. */
  database: TestDatabase;
  redis: Redis;
  /** Starts an app on the suite's database with the suite's limits and `env`; stopped after the suite. */
  start: (env?: Record<string, string>) => Promise<TestApp>;
}

/**
 * For a describe block: one migrated database and a Redis client for the whole suite, and any
 * number of app instances on that database (several instances share limits through Redis).
 */
export function useLimitsSuite(limits: Record<string, string>): LimitsSuite {
  const apps: TestApp[] = [];
  const suite = {
    async start(env: Record<string, string> = {}): Promise<TestApp> {
      const app = await startApp({ DATABASE_URL: suite.database.url, ...limits, ...env }, { timeoutMs: STARTUP_MS });
      apps.push(app);
      return app;
    },
  } as LimitsSuite;
  beforeAll(async () => {
    suite.database = await createTestDatabase();
    await migrate(suite.database.url);
    suite.redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    suite.redis?.disconnect();
    await suite.database?.drop();
  });
  return suite;
}

export function translate(
  app: TestApp,
  credential: { access?: string; key?: string },
  body: unknown = { error: PYTHON_ERROR },
): Promise<TestResponse> {
  const init = json('POST', body, credential.access);
  if (credential.key) (init.headers as Record<string, string>)['x-api-key'] = credential.key;
  return app.request('/translate', init);
}

export async function newApiKey(app: TestApp, session: Session, name = 'ci'): Promise<string> {
  const created = await app.request('/users/me/api-keys', json('POST', { name }, session.access));
  if (created.status !== 201) throw new Error(`key not created: ${created.status} ${created.text}`);
  return created.body.key as string;
}

/** Changes the tier in the database and announces it on the change feed, as UsersService does. */
export async function setTier(databaseUrl: string, userId: string, tier: string): Promise<void> {
  await queryDatabase(databaseUrl, 'UPDATE users SET subscription_tier = $2 WHERE id = $1', [userId, tier]);
  await queryDatabase(databaseUrl, "SELECT pg_notify('aet_changes', 'user-changed' || chr(10) || $1)", [userId]);
}

export function header(response: TestResponse, name: string): string | null {
  return response.headers.get(name);
}

/** Waits until an instance's cached user row shows the tier (GET /users/me costs no budget). */
export async function tierSeen(app: TestApp, session: Session, tier: string): Promise<void> {
  await until(async () => {
    const me = await app.request('/users/me', { headers: { authorization: `Bearer ${session.access}` } });
    return me.body?.subscription_tier === tier ? true : null;
  }, 3_000);
}
