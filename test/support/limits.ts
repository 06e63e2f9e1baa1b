import { json, type Session } from './accounts';
import { queryDatabase } from './postgres';
import type { TestApp, TestResponse } from './test-app';

export const PROBLEMS = 'https://ai-error-translator.dev/problems/';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const PYTHON_ERROR = "ModuleNotFoundError: No module named 'requests'";

export function translate(app: TestApp, credential: { access?: string; key?: string }, body: unknown = { error: PYTHON_ERROR }): Promise<TestResponse> {
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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Retries `probe` until it yields a value (the change feed and reconnections take a moment). */
export async function until<T>(probe: () => Promise<T | null | undefined>, limitMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() - started > limitMs) throw new Error(`condition not met within ${limitMs} ms`);
    await sleep(50);
  }
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
