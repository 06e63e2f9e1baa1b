/**
 * `npm run bench:usage-scale`: analytics at scale. Seeds USAGE_SCALE_ROWS usage rows
 * (10,000,000) into the PostgreSQL database at DATABASE_URL, USAGE_SCALE_USER_ROWS (1,000,000) of
 * them for one user, spread over the last USAGE_SCALE_DAYS (365) days; checks with EXPLAIN that the
 * endpoints read the roll-up and the indexes; then starts our server and times
 * GET /users/me/usage?days=30, ?days=365, GET /users/me/dashboard and, for the API key all of that
 * user's rows were made with, GET /users/me/api-keys/{key_id}/usage?days=30 and ?days=365, with
 * USAGE_SCALE_REQUESTS (200) sequential requests each. Target: p95 < 100 ms. Exit 1 if missed.
 *
 * The database is migrated, never dropped: each run adds its rows and users (point it at a scratch
 * database). Other knobs: USAGE_SCALE_OTHER_USERS (999), USAGE_SCALE_CHUNK (100,000 rows per
 * INSERT), USAGE_SCALE_CONCURRENCY (2 connections).
 */
import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { loadConfig } from '../src/config/load-config';
import { createAppDataSource } from '../src/database/app-data-source';
import { MAIN_JS, startServer, type RunningServer } from './servers';
import { checkPlans } from './usage-scale-plans';
import { createOtherUsers, seedUsage } from './usage-scale-seed';
import { positiveInt } from './settings';

const P95_TARGET_MS = 100;
const PASSWORD = 'Usage-Scale-Bench-42';

const settings = {
  databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/aet_usage_scale',
  totalRows: positiveInt('USAGE_SCALE_ROWS', 10_000_000),
  userRows: positiveInt('USAGE_SCALE_USER_ROWS', 1_000_000),
  otherUsers: positiveInt('USAGE_SCALE_OTHER_USERS', 999),
  days: positiveInt('USAGE_SCALE_DAYS', 365),
  chunkRows: positiveInt('USAGE_SCALE_CHUNK', 100_000),
  concurrency: positiveInt('USAGE_SCALE_CONCURRENCY', 2),
  requests: positiveInt('USAGE_SCALE_REQUESTS', 200),
};

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Creates the database when it does not exist yet, then applies every pending migration. */
async function prepareDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^postgres(ql)?:/.test(url) || !name) throw new Error(`DATABASE_URL must be a postgres:// URL naming a database, got "${url}"`);
  const adminUrl = new URL(url);
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  const toStderr = (message: object) => log(JSON.stringify(message));
  const dataSource = await createAppDataSource(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }), {
    log: () => undefined,
    warn: toStderr,
    error: toStderr,
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** The parts of the analytics answers this script prints (GET /users/me/usage's and the per-key one's). */
interface UsageAnswer {
  total_requests: number;
  error_rate?: number | null;
  p95_response_time_ms?: number | null;
  status_classes?: Record<string, number>;
  latency_ms?: Record<string, number | null>;
  by_endpoint: unknown[];
}

interface StatsRow {
  log_rows: number;
  rollup_rows: number;
  user_rolled_up: number;
  key_rolled_up: number;
  key_rollup_rows: number;
  log_size: string;
  rollup_size: string;
}

/** A JSON answer, read as the shape the caller expects (this is a benchmark, not a contract test). */
async function call<T = unknown>(server: RunningServer, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.baseUrl}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Registers the target user through the API, logs in and makes an API key: a real account, token and key. */
async function account(server: RunningServer, tag: string): Promise<{ userId: string; token: string; keyId: string }> {
  const email = `usage-scale-${tag}-target@bench.invalid`;
  const headers = { 'content-type': 'application/json' };
  const created = await call<{ id: string }>(server, '/users', { method: 'POST', headers, body: JSON.stringify({ email, password: PASSWORD }) });
  if (created.status !== 201) throw new Error(`register: ${created.status} ${JSON.stringify(created.body)}`);
  const tokens = await call<{ access_token: string }>(server, '/auth/login', {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (tokens.status !== 200) throw new Error(`login: ${tokens.status} ${JSON.stringify(tokens.body)}`);
  const token = tokens.body.access_token;
  const key = await call<{ id: string }>(server, '/users/me/api-keys', {
    method: 'POST',
    headers: { ...headers, authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: 'usage-scale' }),
  });
  if (key.status !== 201) throw new Error(`create API key: ${key.status} ${JSON.stringify(key.body)}`);
  return { userId: created.body.id, token, keyId: key.body.id };
}

function percentile(sorted: number[], percent: number): number {
  return sorted[Math.max(1, Math.ceil((percent * sorted.length) / 100)) - 1];
}

/** Sequential requests (after a warm-up), so each latency is the endpoint's alone. */
async function time(server: RunningServer, path: string, token: string, count: number) {
  const init = { headers: { authorization: `Bearer ${token}` } };
  for (let i = 0; i < Math.min(20, count); i += 1) await call(server, path, init);
  const latencies: number[] = [];
  let last: UsageAnswer | undefined;
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const response = await call<UsageAnswer>(server, path, init);
    latencies.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    last = response.body;
  }
  latencies.sort((a, b) => a - b);
  return {
    path,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1)!,
    last: last!,
  };
}

async function main(): Promise<number> {
  if (settings.userRows > settings.totalRows) throw new Error('USAGE_SCALE_USER_ROWS cannot exceed USAGE_SCALE_ROWS');
  const tag = randomBytes(4).toString('hex');
  log(
    `usage-scale: ${settings.totalRows.toLocaleString('en')} rows, ${settings.userRows.toLocaleString('en')} for one user, ` +
      `${settings.otherUsers} other users, ${settings.days} days, into ${new URL(settings.databaseUrl).pathname.slice(1)}`,
  );
  await prepareDatabase(settings.databaseUrl);

  const server = await startServer({
    label: 'ours',
    script: MAIN_JS,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: settings.databaseUrl,
      LOG_LEVEL: 'warn',
      JWT_SECRET: randomBytes(48).toString('base64'),
      JWT_ACCESS_TTL: '12h',
      BCRYPT_ROUNDS: '4',
    },
  });
  const pool = new Pool({ connectionString: settings.databaseUrl, max: settings.concurrency });
  try {
    const target = await account(server, tag);
    const others = await createOtherUsers(pool, settings.otherUsers, tag);
    const seeded = await seedUsage(pool, { ...settings, targetUserId: target.userId, targetKeyId: target.keyId, ...others });
    log(`seeded in ${seeded.seconds.toFixed(1)} s (${Math.round(seeded.rowsPerSecond).toLocaleString('en')} rows/s, roll-up trigger included)`);
    log('ANALYZE usage_logs, usage_daily, api_key_usage_daily …');
    await pool.query('ANALYZE usage_logs');
    await pool.query('ANALYZE usage_daily');
    await pool.query('ANALYZE api_key_usage_daily');

    const stats = (
      await pool.query<StatsRow>(
        `SELECT (SELECT COUNT(*) FROM usage_logs)::float8 AS log_rows,
              (SELECT COUNT(*) FROM usage_daily)::float8 AS rollup_rows,
              (SELECT COALESCE(SUM(requests), 0) FROM usage_daily WHERE user_id = $1)::float8 AS user_rolled_up,
              (SELECT COALESCE(SUM(requests), 0) FROM api_key_usage_daily WHERE api_key_id = $2)::float8 AS key_rolled_up,
              (SELECT COUNT(*) FROM api_key_usage_daily WHERE api_key_id = $2)::float8 AS key_rollup_rows,
              -- A partitioned table's own size is 0: its partitions hold the rows.
              pg_size_pretty((SELECT SUM(pg_total_relation_size(relid)) FROM pg_partition_tree('usage_logs'))) AS log_size,
              pg_size_pretty(pg_total_relation_size('usage_daily')) AS rollup_size`,
        [target.userId, target.keyId],
      )
    ).rows[0];
    log(
      `usage_logs: ${stats.log_rows.toLocaleString('en')} rows (${stats.log_size}); usage_daily: ${stats.rollup_rows.toLocaleString('en')} rows (${stats.rollup_size})`,
    );
    // The user's own POST /users/me/api-keys (made with the access token) is logged too: one request more than seeded.
    const userRequests = settings.userRows + 1;
    const rollUpOk = stats.user_rolled_up === userRequests && stats.key_rolled_up === settings.userRows;
    log(
      `roll-up holds ${stats.user_rolled_up.toLocaleString('en')} requests for the user: ${stats.user_rolled_up === userRequests ? 'exact' : `EXPECTED ${userRequests}`}`,
    );
    log(
      `per-key roll-up holds ${stats.key_rolled_up.toLocaleString('en')} requests for its key in ${stats.key_rollup_rows.toLocaleString('en')} rows: ` +
        `${stats.key_rolled_up === settings.userRows ? 'exact' : `EXPECTED ${settings.userRows}`}`,
    );

    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const yearAgo = new Date(now.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
    const plans = await checkPlans(pool, target.userId, target.keyId, today, yearAgo, `${today.slice(0, 7)}-01`);
    console.log('\nQuery plans (EXPLAIN) for the seeded user');
    for (const plan of plans) console.log(`  ${plan.ok ? 'ok  ' : 'FAIL'} ${plan.query.padEnd(40)} ${plan.access.join('; ')}`);

    // GET /users/me (no analytics) first: how fast this machine answers any authenticated request right now.
    const reference = await time(server, '/users/me', target.token, settings.requests);
    const results = [];
    const keyUsage = `/users/me/api-keys/${target.keyId}/usage`;
    for (const path of [
      '/users/me/usage?days=30',
      '/users/me/usage?days=365',
      '/users/me/dashboard',
      `${keyUsage}?days=30`,
      `${keyUsage}?days=365`,
    ]) {
      results.push(await time(server, path, target.token, settings.requests));
    }
    console.log(
      `\n${settings.requests} sequential requests each (after 20 warm-up), user with ${settings.userRows.toLocaleString('en')} of ${stats.log_rows.toLocaleString('en')} rows`,
    );
    console.log(
      `  ${'endpoint'.padEnd(74)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  p95 < ${P95_TARGET_MS} ms`,
    );
    console.log(
      `  GET ${reference.path.padEnd(70)} ${reference.p50.toFixed(1).padStart(8)} ${reference.p95.toFixed(1).padStart(8)} ${reference.p99.toFixed(1).padStart(8)} ${reference.max.toFixed(1).padStart(8)}  (reference: no analytics)`,
    );
    for (const r of results) {
      console.log(
        `  GET ${r.path.padEnd(70)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}  ${r.p95 < P95_TARGET_MS ? 'yes' : 'NO'}`,
      );
    }
    const year = results[1].last;
    console.log(
      `\n  days=365 answer: total_requests ${year.total_requests}, error_rate ${year.error_rate}, p95_response_time_ms ${year.p95_response_time_ms}, ${year.by_endpoint.length} endpoints`,
    );
    const keyYear = results[4].last;
    console.log(
      `  key days=365 answer: total_requests ${keyYear.total_requests}, status_classes ${JSON.stringify(keyYear.status_classes)}, ` +
        `latency_ms ${JSON.stringify(keyYear.latency_ms)}, ${keyYear.by_endpoint.length} endpoints`,
    );
    const ok = rollUpOk && plans.every((plan) => plan.ok) && results.every((r) => r.p95 < P95_TARGET_MS);
    console.log(ok ? '\nAll targets met.' : '\nTARGET MISSED (see above).');
    return ok ? 0 : 1;
  } finally {
    await pool.end();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
