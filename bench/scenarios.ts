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
  /** Also measure the baseline doing ours' work besides the engine (SAME_WORK=1): the limit. */
  sameWorkBaseline?: boolean;
  /** Runs once before the scenario is loaded; its result overrides the static request parts. */
  setup?: (context: ScenarioContext) => Promise<RequestParts>;
  /** Issue 17's target: ours (logging on) at least `minRatio` × the req/s of the baseline named. */
  target?: ScenarioTarget;
  /** Also measure usage logging's CPU cost in finely paired slices (bench/logging-cost.ts). */
  loggingCost?: boolean;
}

export interface ScenarioTarget {
  minRatio: number;
  against: 'bare' | 'same work';
}

export async function postJson<T>(url: string, body: object): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/**
 * Registers a user through our API and logs in once (one bcrypt each; login throttling allows it).
 * Each scenario passes its own email: the database is recreated per run, not per scenario.
 */
async function registerAndLogIn(context: ScenarioContext, email: string): Promise<string> {
  const credentials = { email, password: 'Bench-Passphrase-2024' };
  await postJson(`${context.oursUrl}/users`, { ...credentials, full_name: 'Bench User' });
  const { access_token } = await postJson<{ access_token: string }>(`${context.oursUrl}/auth/login`, credentials);
  return access_token;
}

async function bearerForNewUser(context: ScenarioContext): Promise<RequestParts> {
  const token = await registerAndLogIn(context, 'bench-me@example.com');
  return { headers: { authorization: `Bearer ${token}` } };
}

/** A new user with one API key made through our API; every server gets the same key. */
async function apiKeyForNewUser(context: ScenarioContext): Promise<RequestParts> {
  const token = await registerAndLogIn(context, 'bench-translate@example.com');
  const response = await fetch(`${context.oursUrl}/users/me/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: 'bench' }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST /users/me/api-keys: ${response.status} ${text.slice(0, 300)}`);
  const { key } = JSON.parse(text) as { key: string };
  return { headers: { 'x-api-key': key } };
}

/** A real-looking traceback, the kind pasted most: a missing Python module. */
const PYTHON_TRACEBACK = [
  'Traceback (most recent call last):',
  '  File "/home/dev/project/app/main.py", line 3, in <module>',
  '    import requests',
  "ModuleNotFoundError: No module named 'requests'",
].join('\n');

export const SCENARIOS: Scenario[] = [
  {
    name: 'GET /health/live',
    method: 'GET',
    path: '/health/live',
    notes: [
      'ours: the whole Nest + Fastify request path with nothing behind it; baseline: a constant JSON body. Every baseline route ' +
        "answers with ours' response headers (helmet's, a request id, no-store): the same bytes on the wire",
    ],
    // Nest on Fastify runs at about 72 % of bare Fastify in NestJS's own benchmarks.
    target: { minRatio: 0.7, against: 'bare' },
  },
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
      'ours wins here by design (cached row vs a query per request); ours also records every request in usage_logs ' +
        '(queued in memory, one multi-row INSERT per batch), except the USAGE_LOGGING=false row',
    ],
    setup: bearerForNewUser,
    target: { minRatio: 0.95, against: 'bare' },
  },
  {
    name: 'POST /translate (API key)',
    method: 'POST',
    path: '/translate',
    body: { error: PYTHON_TRACEBACK },
    notes: [
      'ours: Fastify JSON body (1 MiB limit), API-key guard (SHA-256 hex → key row from an in-memory cache by hash, ' +
        'no query while cached, 60 s TTL; owner from the cached user row, is_active check), last_used noted in memory ' +
        '(one batched UPDATE per second), ValidationPipe on TranslateDto, RulesEngine, JSON',
      'baseline: node:http body read (1 MiB limit), JSON.parse, SHA-256 hex of X-API-Key → key row from an in-memory Map ' +
        'filled on first sight by SELECT id, user_id, is_active, expires_at FROM api_keys WHERE key_hash = $1 ' +
        '(the same caching idea as ours), is_active and expiry checks, the same RulesEngine, the translation JSON; ' +
        'no owner check, no last_used, no validation beyond "error is a non-empty string"',
      'ours records every request in usage_logs (queued, batched INSERTs), except the USAGE_LOGGING=false row; ' +
        'and runs the per-key rate limit (token bucket, in memory: no REDIS_URL), the monthly quota counter and the ' +
        'metrics hook on every request (limits set so high that none refuses)',
      'baseline, same work: the baseline plus, per request, an HMAC-signed answer id, a token bucket and a monthly quota counter in Maps, a ' +
        'prom-client counter, and a usage record queued in memory and written as ours writes it (the same INSERT, ' +
        'every 2 s or 2,000 records); ratio to it is ours against the limit',
    ],
    sameWorkBaseline: true,
    setup: apiKeyForNewUser,
    target: { minRatio: 0.6, against: 'same work' },
    loggingCost: true,
  },
];
