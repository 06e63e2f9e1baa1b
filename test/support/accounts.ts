import { randomBytes } from 'node:crypto';
import type { TestApp, TestResponse } from './test-app';

/** A password the default policy accepts. */
export const GOOD_PASSWORD = 'Sturdy-Passphrase-42';
/** The JWT secret the test apps are started with, so tests can forge tokens. */
export const TEST_JWT_SECRET = 'test-secret-for-the-suite-only-0123456789abcdef';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${randomBytes(5).toString('hex')}@example.com`;
}

export function json(method: string, body?: unknown, token?: string): RequestInit {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  return { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
}

export function bearer(token: string): RequestInit {
  return { headers: { authorization: `Bearer ${token}` } };
}

export interface Session {
  email: string;
  password: string;
  userId: string;
  access: string;
  refresh: string;
}

export async function register(app: TestApp, email = uniqueEmail(), password = GOOD_PASSWORD, fullName?: string): Promise<TestResponse> {
  return app.request('/users', json('POST', { email, password, ...(fullName ? { full_name: fullName } : {}) }));
}

export async function login(app: TestApp, email: string, password = GOOD_PASSWORD, headers: Record<string, string> = {}): Promise<TestResponse> {
  const init = json('POST', { email, password });
  return app.request('/auth/login', { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
}

/** Registers a fresh user and logs in. */
export async function signUp(app: TestApp, email = uniqueEmail()): Promise<Session> {
  const created = await register(app, email);
  if (created.status !== 201) throw new Error(`register failed: ${created.status} ${created.text}`);
  const tokens = await login(app, email);
  if (tokens.status !== 200) throw new Error(`login failed: ${tokens.status} ${tokens.text}`);
  return { email, password: GOOD_PASSWORD, userId: created.body.id, access: tokens.body.access_token, refresh: tokens.body.refresh_token };
}
