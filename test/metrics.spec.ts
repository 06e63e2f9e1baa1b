import { randomUUID } from 'node:crypto';
import { register } from 'prom-client';
import { ServiceFiguresCollector, type ServiceFigures } from '../src/metrics/service-figures.collector';
import {
  createTestDatabase,
  describeWithPostgres,
  json,
  migrate,
  queryDatabase,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  type TestApp,
  type TestDatabase,
} from './support';

/** Three services start at once, on a machine the other suites share. */
const START_TIMEOUT_MS = 90_000;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format (0.0.4), one sample per line; comments (# HELP, # TYPE) are kept apart. */
function parse(text: string): { samples: Sample[]; types: Map<string, string> } {
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) types.set(type[1], type[2]);
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value!;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return { samples, types };
}

function find(samples: Sample[], name: string, labels: Record<string, string> = {}): Sample[] {
  return samples.filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
}

function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = find(samples, name, labels);
  if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${found.length} samples`);
  return found[0]?.value;
}

async function scrape(app: TestApp): Promise<Sample[]> {
  const response = await app.request('/metrics');
  expect(response.status).toBe(200);
  return parse(response.text).samples;
}

describeWithPostgres('GET /metrics', () => {
  let database: TestDatabase;
  let figures: TestDatabase;
  let app: TestApp;
  let figuresApp: TestApp;
  let disabledApp: TestApp;

  beforeAll(async () => {
    [database, figures] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await Promise.all([migrate(database.url), migrate(figures.url)]);
    const env = { JWT_SECRET: TEST_JWT_SECRET, SCHEDULER_ENABLED: 'false' };
    [app, figuresApp, disabledApp] = await Promise.all([
      startApp({ ...env, DATABASE_URL: database.url }, { timeoutMs: START_TIMEOUT_MS }),
      startApp({ ...env, DATABASE_URL: figures.url }, { timeoutMs: START_TIMEOUT_MS }),
      startApp({ ...env, DATABASE_URL: figures.url, METRICS_ENABLED: 'false' }, { timeoutMs: START_TIMEOUT_MS }),
    ]);
  }, START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await Promise.all([app, figuresApp, disabledApp].map((one) => one?.stop()));
    await Promise.all([database, figures].map((one) => one?.drop()));
  });

  it('is Prometheus text (version 0.0.4), public, and carries the process metrics', async () => {
    const response = await app.request('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4(; charset=utf-8)?$/);
    const { samples, types } = parse(response.text);
    expect(value(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(value(samples, 'process_resident_memory_bytes')).toBeGreaterThan(1_000_000);
    expect(find(samples, 'nodejs_heap_size_used_bytes')).toHaveLength(1);
    expect(types.get('aet_http_requests_total')).toBe('counter');
    expect(types.get('aet_http_request_duration_seconds')).toBe('histogram');
    expect(types.get('aet_db_pool_connections')).toBe('gauge');
  });

  it('counts requests exactly by route pattern and status, never by raw URL, and never its own scrapes', async () => {
    const keyId = randomUUID();
    for (let i = 0; i < 3; i++) expect((await app.request('/health/live')).status).toBe(200);
    // Parameters and trailing slashes fold into the route's pattern.
    expect((await app.request(`/users/me/api-keys/${keyId}`, { method: 'DELETE' })).status).toBe(401);
    expect((await app.request(`/users/me/api-keys/${randomUUID()}/`, { method: 'DELETE' })).status).toBe(401);
    expect((await app.request('/users/me')).status).toBe(401);
    // Unknown URLs (a scanner, say) all share one label value, whatever the path.
    for (let i = 0; i < 20; i++) expect((await app.request(`/wp-admin/${randomUUID()}.php`)).status).toBe(404);
    await scrape(app);

    const samples = await scrape(app);
    const requests = find(samples, 'aet_http_requests_total').map((sample) => [
      sample.labels.method,
      sample.labels.route,
      sample.labels.status,
      sample.value,
    ]);
    expect(requests.sort()).toEqual(
      [
        ['DELETE', '/users/me/api-keys/:key_id', '401', 2],
        ['GET', '/health/live', '200', 3],
        ['GET', '/users/me', '401', 1],
        ['GET', 'unmatched', '404', 20],
      ].sort(),
    );
    expect(JSON.stringify(samples)).not.toContain(keyId);
    expect(find(samples, 'aet_http_requests_total', { route: '/metrics' })).toEqual([]);
  });

  it('has a latency histogram per series: cumulative buckets, +Inf equal to the count, a positive sum', async () => {
    const samples = await scrape(app);
    const series = { method: 'GET', route: '/health/live', status: '200' };
    const buckets = find(samples, 'aet_http_request_duration_seconds_bucket', series);
    expect(buckets.map((bucket) => bucket.labels.le)).toEqual([
      '0.001',
      '0.0025',
      '0.005',
      '0.01',
      '0.025',
      '0.05',
      '0.1',
      '0.25',
      '0.5',
      '1',
      '2.5',
      '5',
      '10',
      '+Inf',
    ]);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i].value).toBeGreaterThanOrEqual(buckets[i - 1].value);
    expect(buckets.at(-1)!.value).toBe(3);
    expect(value(samples, 'aet_http_request_duration_seconds_count', series)).toBe(3);
    const sum = value(samples, 'aet_http_request_duration_seconds_sum', series)!;
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(3 * 10);
    expect(value(samples, 'aet_http_request_duration_seconds_count', { route: 'unmatched', status: '404' })).toBe(20);
  });

  it('reports the database pool: in use, idle and waiting connections', async () => {
    const samples = await scrape(app);
    const pool = Object.fromEntries(find(samples, 'aet_db_pool_connections').map((sample) => [sample.labels.state, sample.value]));
    expect(Object.keys(pool).sort()).toEqual(['idle', 'in_use', 'waiting']);
    for (const count of Object.values(pool)) expect(Number.isInteger(count) && count >= 0).toBe(true);
    // The pool is DATABASE_POOL_SIZE + DATABASE_MAX_OVERFLOW (10 + 20) at most, and has served queries.
    expect(pool.in_use + pool.idle).toBeGreaterThanOrEqual(1);
    expect(pool.in_use + pool.idle).toBeLessThanOrEqual(30);
    expect(pool.waiting).toBe(0);
  });

  it("gives the seed's monitoring figures from the database, then serves them from a cache", async () => {
    await queryDatabase(
      figures.url,
      `INSERT INTO users (email, is_active) SELECT 'u' || n || '@example.com', n <= 3 FROM generate_series(1, 4) AS n`,
    );
    // 7 calls in the last 24 hours, 2 of them errors; 5 older ones that must not count.
    await queryDatabase(
      figures.url,
      `INSERT INTO usage_logs (endpoint, method, status_code, created_at)
         SELECT '/translate', 'POST', s, now() - interval '1 hour' FROM unnest(ARRAY[200, 200, 201, 200, 204, 400, 503]) AS s
         UNION ALL SELECT '/translate', 'POST', 500, now() - interval '25 hours' FROM generate_series(1, 5)`,
    );
    const first = await scrape(figuresApp);
    expect(value(first, 'aet_active_users')).toBe(3);
    expect(value(first, 'aet_api_calls_24h')).toBe(7);
    expect(value(first, 'aet_error_rate_24h')).toBeCloseTo(2 / 7, 10);

    await queryDatabase(figures.url, "INSERT INTO users (email) VALUES ('late@example.com')");
    await queryDatabase(figures.url, "INSERT INTO usage_logs (endpoint, method, status_code) VALUES ('/translate', 'POST', 500)");
    const cached = await scrape(figuresApp);
    expect([value(cached, 'aet_active_users'), value(cached, 'aet_api_calls_24h'), value(cached, 'aet_error_rate_24h')]).toEqual([
      3,
      7,
      value(first, 'aet_error_rate_24h'),
    ]);
  });

  it('METRICS_ENABLED=false: /metrics is 404', async () => {
    const response = await disabledApp.request('/metrics');
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('aet_');
    expect((await disabledApp.request('/health/live')).status).toBe(200);
  });
});

describe('service figures cache', () => {
  // Long enough that a loaded machine still scrapes twice within it.
  const TTL_MS = 1_500;
  let computed: number;
  let next: ServiceFigures | Error;
  const errors: unknown[] = [];

  async function figures(): Promise<number[]> {
    const { samples } = parse(await register.metrics());
    return ['aet_active_users', 'aet_api_calls_24h', 'aet_error_rate_24h'].map((name) => value(samples, name)!);
  }

  beforeAll(() => {
    computed = 0;
    next = { activeUsers: 4, callsLast24h: 10, errorRate: 0.1 };
    new ServiceFiguresCollector(
      async () => {
        computed += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (next instanceof Error) throw next;
        return next;
      },
      (error) => errors.push(error),
      TTL_MS,
    );
  });

  afterAll(() => register.clear());

  it('computes once for concurrent scrapes and for scrapes within the TTL, and again after it', async () => {
    expect(await Promise.all([figures(), figures(), figures()])).toEqual([
      [4, 10, 0.1],
      [4, 10, 0.1],
      [4, 10, 0.1],
    ]);
    expect(computed).toBe(1);
    next = { activeUsers: 5, callsLast24h: 11, errorRate: 0.2 };
    expect(await figures()).toEqual([4, 10, 0.1]);
    expect(computed).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, TTL_MS + 50));
    expect(await figures()).toEqual([5, 11, 0.2]);
    expect(computed).toBe(2);
  });

  it('keeps the last figures when the database fails, and reports the failure', async () => {
    await new Promise((resolve) => setTimeout(resolve, TTL_MS + 50));
    next = new Error('connection refused');
    expect(await figures()).toEqual([5, 11, 0.2]);
    expect(errors).toEqual([next]);
    expect(computed).toBe(3);
  });
});

describeWithPostgres('GET /metrics: what the other modules report', () => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp(
      { DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, RATE_LIMIT_FREE: '3', QUOTA_FREE: '2' },
      { timeoutMs: START_TIMEOUT_MS },
    );
  }, START_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('counts rate-limit and quota refusals, and shows the usage queue and spool', async () => {
    const translate = (access: string) => app.request('/translate', json('POST', { error: 'TypeError: x is not a function' }, access));
    const before = await scrape(app);
    expect(value(before, 'aet_usage_queue_depth')).toBeGreaterThanOrEqual(0);
    expect(value(before, 'aet_usage_spool_records')).toBe(0);

    // Two translations use the quota up; the third is refused by the quota, the fourth by the rate.
    const session = await signUp(app);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await translate(session.access)).status);
    expect(statuses).toEqual([200, 200, 429, 429]);

    const after = await scrape(app);
    expect(value(after, 'aet_quota_rejections_total', { tier: 'free' })).toBe(1);
    expect(value(after, 'aet_rate_limit_rejections_total', { scope: 'user' })).toBe(1);
    expect(value(after, 'aet_http_requests_total', { method: 'POST', route: '/translate', status: '429' })).toBe(2);
  });
});
