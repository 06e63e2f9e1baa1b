/**
 * The floor we compare against: plain node:http + pg, no framework, doing per request exactly the
 * database work our route does. Started by run.ts as its own process, like our server.
 *
 * Env: PORT, HOST, DATABASE_URL, POOL_MAX, POOL_MIN, POOL_IDLE_MS, MIGRATION_NAMES (JSON array),
 * JWT_SECRET (the same as our server's, so both accept the same token), SAME_WORK=1 (POST /translate
 * also does ours' rate limit, quota, usage record and metrics: see same-work.ts).
 */
import jwt from 'jsonwebtoken';
import { createHash, createSecretKey, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { helmetHeaders } from '../src/common/security-headers';
import { RulesEngine } from '../src/translator/rules/rules-engine';
import { answerId, countQuota, countRequest, takeToken, UsageQueue } from './same-work';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`baseline-server: ${name} is required`);
  return value;
};

const pool = new Pool({
  connectionString: env('DATABASE_URL'),
  max: Number(env('POOL_MAX')),
  min: Number(env('POOL_MIN')),
  idleTimeoutMillis: Number(env('POOL_IDLE_MS')),
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
});
const MIGRATION_NAMES = JSON.parse(env('MIGRATION_NAMES')) as string[];
/** As ours does: a KeyObject and one pinned algorithm. */
const JWT_KEY = createSecretKey(Buffer.from(env('JWT_SECRET'), 'utf8'));
/** Our readiness gives each check HEALTH_DB_TIMEOUT_MS; a hand-written server would too. */
const CHECK_TIMEOUT_MS = 1_000;
/** As ours (Fastify bodyLimit). */
const BODY_LIMIT_BYTES = 1024 * 1024;

type Handler = (req: IncomingMessage, body: string) => Promise<{ status: number; body: unknown }>;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The statements TypeORM's MigrationExecutor.getPendingMigrations() sends, on one checked-out
 * client. TypeORM reads current_schema() once when it connects, not per call: so do we.
 */
async function pendingMigrations(schema: string): Promise<string[]> {
  const client = await pool.connect();
  try {
    const table = await client.query('SELECT * FROM "information_schema"."tables" WHERE "table_schema" = $1 AND "table_name" = $2', [
      schema,
      'migrations',
    ]);
    if (table.rowCount === 0) return MIGRATION_NAMES;
    const applied = await client.query<{ name: string }>('SELECT * FROM "migrations" "migrations" ORDER BY "id" DESC');
    return MIGRATION_NAMES.filter((name) => !applied.rows.some((row) => row.name === name));
  } finally {
    client.release();
  }
}

type CheckResult = { responseTime: number; status: 'up' } | { status: 'down'; message: string };

async function check(work: () => Promise<void>): Promise<CheckResult> {
  const started = Date.now();
  try {
    await withTimeout(work(), CHECK_TIMEOUT_MS);
    return { responseTime: Date.now() - started, status: 'up' };
  } catch (error) {
    return { status: 'down', message: error instanceof Error ? error.message : String(error) };
  }
}

/** A check whose result (or run in flight) every caller shares for `ttlMs`. */
function sharedFor(ttlMs: number, run: () => Promise<CheckResult>): () => Promise<CheckResult> {
  let last: { at: number; result: Promise<CheckResult> } | null = null;
  return () => {
    if (last && Date.now() - last.at < ttlMs) return last.result;
    last = { at: Date.now(), result: run() };
    return last.result;
  };
}

/** Like ours (MIGRATION_STATUS_TTL_MS), the migration status is reused for 5 s. */
const MIGRATION_STATUS_TTL_MS = 5_000;
/** Like ours (HEALTH_READY_CACHE_MS, default 1 s), concurrent probes share one ping. */
const PING_SHARED_MS = 1_000;

const migrationStatus = (schema: string) =>
  sharedFor(MIGRATION_STATUS_TTL_MS, () =>
    check(async () => {
      const pending = await pendingMigrations(schema);
      if (pending.length > 0) throw new Error(`${pending.length} pending: ${pending.join(', ')}`);
    }),
  );

const databasePing = sharedFor(PING_SHARED_MS, () =>
  check(async () => {
    await pool.query('SELECT 1');
  }),
);

interface UserRow {
  id: string;
  email: string;
  full_name: string | null;
  subscription_tier: string | null;
  is_active: boolean | null;
  is_verified: boolean | null;
  created_at: Date | null;
  updated_at: Date | null;
  last_login: Date | null;
  password_changed_at: Date | null;
}

const unauthorized = (detail: string) => ({ status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401, detail } });

/** The naive way: verify the token, then read the user row on every request. */
async function me(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
  const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) return unauthorized('Missing bearer token.');
  let claims: { sub?: unknown; typ?: unknown; ims?: unknown };
  try {
    claims = jwt.verify(token, JWT_KEY, { algorithms: ['HS256'] });
  } catch {
    return unauthorized('Invalid token.');
  }
  if (typeof claims.sub !== 'string' || claims.typ !== 'access' || typeof claims.ims !== 'number') {
    return unauthorized('This is not an access token.');
  }
  const { rows } = await pool.query<UserRow>(
    'SELECT id, email, full_name, subscription_tier, is_active, is_verified, created_at, updated_at, last_login, ' +
      'password_changed_at FROM users WHERE id = $1',
    [claims.sub],
  );
  const user = rows[0];
  if (!user || user.is_active === false) return unauthorized('The account does not exist or is disabled.');
  if (user.password_changed_at && claims.ims < user.password_changed_at.getTime()) {
    return unauthorized('The password has changed since this token was issued.');
  }
  // UserResponse.of, field for field.
  const createdAt = user.created_at ?? new Date(0);
  return {
    status: 200,
    body: {
      id: user.id,
      email: user.email,
      full_name: user.full_name,
      subscription_tier: user.subscription_tier ?? 'free',
      is_active: user.is_active ?? true,
      is_verified: user.is_verified ?? false,
      created_at: createdAt.toISOString(),
      updated_at: (user.updated_at ?? createdAt).toISOString(),
      last_login: user.last_login?.toISOString() ?? null,
    },
  };
}

interface KeyRow {
  id: string;
  user_id: string | null;
  is_active: boolean | null;
  expires_at: Date | null;
}

/** key hash → row, filled on first sight and kept (ours caches the same way, with a TTL and invalidation). */
const keysByHash = new Map<string, Promise<KeyRow | null>>();
const engine = new RulesEngine();

function keyRow(hash: string): Promise<KeyRow | null> {
  let row = keysByHash.get(hash);
  if (!row) {
    row = pool
      .query<KeyRow>('SELECT id, user_id, is_active, expires_at FROM api_keys WHERE key_hash = $1', [hash])
      .then((result) => result.rows[0] ?? null);
    keysByHash.set(hash, row);
    row.catch(() => keysByHash.delete(hash));
  }
  return row;
}

const badRequest = (detail: string) => ({ status: 400, body: { type: 'about:blank', title: 'Bad Request', status: 400, detail } });

type Answer = { status: number; body: unknown };

/** The X-API-Key by its SHA-256 against the cached key row: the row, or the refusal. */
async function verifiedKey(req: IncomingMessage): Promise<KeyRow | Answer> {
  const key = req.headers['x-api-key'];
  if (typeof key !== 'string' || key === '') return unauthorized('Missing API key.');
  const row = await keyRow(createHash('sha256').update(key, 'utf8').digest('hex'));
  if (!row || row.is_active !== true) return unauthorized('Invalid API key.');
  if (row.expires_at && row.expires_at.getTime() <= Date.now()) return unauthorized('Expired API key.');
  return row;
}

/** The translation; with `askedBy`, signed with an answer id as ours does. */
function translation(body: string, askedBy?: string): Answer {
  let parsed: { error?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return badRequest('The body is not valid JSON.');
  }
  if (typeof parsed?.error !== 'string' || parsed.error === '') return badRequest('error must not be empty');
  const { translation: answer, patternId } = engine.analyse({ error: parsed.error });
  if (askedBy === undefined) return { status: 200, body: answer };
  return { status: 200, body: { ...answer, answer_id: answerId(askedBy, answer.language, answer.error_type, patternId) } };
}

/** Verify the key, then run the rules engine. */
async function translate(req: IncomingMessage, body: string): Promise<Answer> {
  const key = await verifiedKey(req);
  return 'status' in key ? key : translation(body);
}

const SAME_WORK = process.env.SAME_WORK === '1';
const usage = SAME_WORK ? new UsageQueue(pool) : null;
const tooMany = (detail: string) => ({ status: 429, body: { type: 'about:blank', title: 'Too Many Requests', status: 429, detail } });

/** translate() plus what ours does around it: rate limit, monthly quota, usage record, metrics. */
async function translateSameWork(req: IncomingMessage, body: string): Promise<Answer> {
  const started = performance.now();
  const key = await verifiedKey(req);
  if ('status' in key) return key;
  if (key.user_id === null) return unauthorized('The key has no owner.');
  const userId = key.user_id;
  const now = new Date();
  const result = !takeToken(key.id, now.getTime())
    ? tooMany('Rate limit exceeded.')
    : !countQuota(userId, now)
      ? tooMany('Monthly quota exceeded.')
      : translation(body, userId);
  usage!.add({
    userId,
    apiKeyId: key.id,
    endpoint: '/translate',
    method: 'POST',
    statusCode: result.status,
    ipAddress: req.socket.remoteAddress ?? null,
    userAgent: req.headers['user-agent'] ?? null,
    responseTimeMs: Math.round(performance.now() - started),
    createdAt: Date.now(),
  });
  countRequest('POST', '/translate', result.status);
  return result;
}

/** Keyed by `METHOD pathname`; add one per scenario in scenarios.ts. */
const routes = (schema: string): Record<string, Handler> => {
  const migrationsCheck = migrationStatus(schema);
  return {
    'GET /health/live': async () => ({ status: 200, body: { status: 'ok' } }),

    // Same shape as Terminus' HealthCheckResult, both checks concurrent as Terminus runs them.
    'GET /health/ready': async () => {
      const [database, migrations] = await Promise.all([databasePing(), migrationsCheck()]);
      const details = { database, migrations };
      const up = database.status === 'up' && migrations.status === 'up';
      const info = Object.fromEntries(Object.entries(details).filter(([, v]) => v.status === 'up'));
      const error = Object.fromEntries(Object.entries(details).filter(([, v]) => v.status !== 'up'));
      return { status: up ? 200 : 503, body: { status: up ? 'ok' : 'error', info, error, details } };
    },

    'GET /users/me': me,

    'POST /translate': SAME_WORK ? translateSameWork : translate,
  };
};

/**
 * What ours sends on every response besides the body: helmet's headers (the same policy, taken
 * from ours' own computation of them), a request id, and no-store. Bytes on the wire cost CPU in
 * the kernel and in Node's header writer; a baseline answering with fewer would not be doing the
 * same work.
 */
let commonHeaders: Record<string, string> = {};

function send(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...commonHeaders,
    'x-request-id': randomUUID(),
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

async function main(): Promise<void> {
  const schema = (await pool.query<{ current_schema: string }>('SELECT * FROM current_schema()')).rows[0].current_schema;
  const handlers = routes(schema);
  commonHeaders = await helmetHeaders();
  const server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    const handler = handlers[`${req.method} ${pathname}`];
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) return send(res, 413, { status: 413, title: 'Payload Too Large' });
      if (!handler) return send(res, 404, { status: 404, title: 'Not Found' });
      handler(req, Buffer.concat(chunks).toString('utf8')).then(
        (result) => send(res, result.status, result.body),
        (error: unknown) => send(res, 500, { status: 500, detail: error instanceof Error ? error.message : String(error) }),
      );
    });
  });

  server.listen(Number(env('PORT')), env('HOST'));
  const shutdown = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`baseline-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
