import type { Pool } from 'pg';

/** What a scenario's setup may change in the request, for every server alike. */
export interface RequestParts {
  path?: string;
  headers?: Record<string, string>;
  body?: string | object;
}

export interface ScenarioContext {
  /** The bench database, migrated; setup may seed rows (users, API keys) through it. */
  db: Pool;
  databaseUrl: string;
  /** Base URL of one of our servers, for setup through our own API (register, log in). */
  oursUrl: string;
}

/**
 * One group of rows in the table. The baseline server must answer the same request doing the
 * same work (see `routes` in baseline-server.ts), otherwise the ratio means nothing.
 */
export interface Scenario extends RequestParts {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Printed in the header: what each server does per request, where that differs. */
  notes?: string[];
  /** Runs once before the scenario is loaded; its result overrides the static request parts. */
  setup?: (context: ScenarioContext) => Promise<RequestParts>;
}

async function postJson<T>(url: string, body: object): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** Registers a user through our API and logs in once (one bcrypt each; login throttling allows it). */
async function bearerForNewUser(context: ScenarioContext): Promise<RequestParts> {
  const credentials = { email: 'bench-me@example.com', password: 'Bench-Passphrase-2024' };
  await postJson(`${context.oursUrl}/users`, { ...credentials, full_name: 'Bench User' });
  const { access_token } = await postJson<{ access_token: string }>(`${context.oursUrl}/auth/login`, credentials);
  return { headers: { authorization: `Bearer ${access_token}` } };
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'GET /health/ready',
    method: 'GET',
    path: '/health/ready',
  },
  {
    name: 'GET /users/me (JWT)',
    method: 'GET',
    path: '/users/me',
    notes: [
      'ours: passport-jwt verify (HS256 KeyObject, pinned algorithm), token type, in-memory revocation set, ' +
        'user row from an in-memory cache (no query while cached; invalidated on change, 60 s TTL), password-change check, JSON',
      'baseline: jsonwebtoken verify (HS256 KeyObject, pinned algorithm), token type, one primary-key SELECT of the user ' +
        'on every request, is_active and password-change checks, the same JSON; no revocation check',
      'ours wins here by design (cached row vs a query per request); usage logging (planned, issue 5) is not yet part of ours',
    ],
    setup: bearerForNewUser,
  },
];
