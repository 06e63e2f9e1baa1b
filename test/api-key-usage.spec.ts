import { randomUUID } from 'node:crypto';
import { bucketUpperBound, latencyBucketOf } from '../src/usage/latency-histogram';
import { addDays, utcDay } from '../src/usage/usage-calendar';
import { INSERT_USAGE_RECORDS, usageBatchParameters } from '../src/usage/usage-log.sql';
import type { UsageRecord } from '../src/usage/usage-record';
import {
  bearer,
  createTestDatabase,
  describeWithPostgres,
  json,
  migrate,
  PROBLEMS,
  queryDatabase,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  until,
  type Session,
  type TestApp,
  type TestDatabase,
} from './support';
import { awayFromMidnight, DAY_MS } from './support/usage-logs';

const VALIDATION = `${PROBLEMS}validation-error`;
const CLASSES = ['2xx', '3xx', '4xx', '429', '5xx'] as const;
const FIRST_IP = '203.0.113.7';
const LAST_IP = '198.51.100.9';

function classOf(status: number): (typeof CLASSES)[number] | null {
  if (status === 429) return '429';
  if (status >= 200 && status < 600) return `${Math.floor(status / 100)}xx` as (typeof CLASSES)[number];
  return null;
}

function countClasses(statuses: number[]): Record<string, number> {
  const counts: Record<string, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0 };
  for (const status of statuses) {
    const name = classOf(status);
    if (name) counts[name] += 1;
  }
  return counts;
}

/** The nearest-rank percentile of exact values, as the roll-up's buckets report it (the bucket's upper end). */
function bucketedPercentile(values: number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return bucketUpperBound(latencyBucketOf(sorted[Math.max(1, Math.ceil((percent * sorted.length) / 100)) - 1]));
}

/** A usage record as the recorder batches it, for a key, at `createdAt`. */
function record(userId: string, apiKeyId: string, createdAt: number, statusCode: number, responseTimeMs: number, ip: string): UsageRecord {
  return {
    id: randomUUID(),
    userId,
    apiKeyId,
    endpoint: '/translate',
    method: 'POST',
    statusCode,
    ipAddress: ip,
    userAgent: 'api-key-usage-spec',
    responseTimeMs,
    errorType: statusCode >= 400 ? 'seeded' : null,
    errorMessage: null,
    createdAt,
  };
}

describeWithPostgres('GET /users/me/api-keys/{key_id}/usage', () => {
  let database: TestDatabase;
  let app: TestApp;

  const usageOf = (session: Session, keyId: string, query = '') =>
    app.request(`/users/me/api-keys/${keyId}/usage${query}`, bearer(session.access));
  const newKey = async (session: Session, name = 'analytics') => {
    const created = await app.request('/users/me/api-keys', json('POST', { name }, session.access));
    expect(created.status).toBe(201);
    return { id: created.body.id as string, key: created.body.key as string };
  };
  /** The roll-up is written by the usage recorder's next flush: poll until it holds `requests`. */
  const usageOnceRolledUp = (session: Session, keyId: string, requests: number, query = '?days=7') =>
    until(
      async () => {
        const response = await usageOf(session, keyId, query);
        return response.status === 200 && response.body.total_requests === requests && response;
      },
      10_000,
      `${requests} requests rolled up for key ${keyId}`,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrate(database.url);
    app = await startApp({
      DATABASE_URL: database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      TRUST_PROXY: 'true',
      USAGE_FLUSH_INTERVAL_MS: '50',
      // A small per-key budget, so real requests end in real 429s.
      RATE_LIMIT_FREE: '5',
    });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("counts real requests by day, endpoint and status class (429 apart), with percentiles and the key's last use", async () => {
    await awayFromMidnight();
    const alice = await signUp(app);
    const key = await newKey(alice);
    const other = await newKey(alice, 'other');
    const headers = (apiKey: string, ip: string) => ({ 'x-api-key': apiKey, 'content-type': 'application/json', 'x-forwarded-for': ip });
    const translate = (apiKey: string, body: unknown, ip = FIRST_IP) =>
      app.request('/translate', { method: 'POST', headers: headers(apiKey, ip), body: JSON.stringify(body) });

    const statuses: number[] = [];
    statuses.push((await translate(key.key, { error: 'KeyError: 1' })).status);
    statuses.push((await translate(key.key, { error: 'TypeError: x is undefined' })).status);
    statuses.push((await translate(key.key, {})).status);
    // Past the budget of 5 a minute: 429s.
    for (let i = 0; i < 5; i += 1) statuses.push((await translate(key.key, { error: `ValueError: ${i}` })).status);
    const current = await app.request('/users/me/api-keys/current', { headers: headers(key.key, LAST_IP) });
    expect(statuses.slice(0, 3)).toEqual([200, 200, 400]);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(2);
    // Neither another key's requests nor the owner's own (access token) count for this key.
    expect((await translate(other.key, { error: 'KeyError: 2' })).status).toBe(200);
    expect((await app.request('/users/me', bearer(alice.access))).status).toBe(200);

    const all = [...statuses, current.status];
    const response = await usageOnceRolledUp(alice, key.id, all.length);
    const body = response.body;
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const today = utcDay(new Date());
    const classes = countClasses(all);
    expect(body).toMatchObject({
      key_id: key.id,
      days: 7,
      total_requests: all.length,
      error_count: all.filter((status) => status >= 400).length,
      status_classes: classes,
    });
    // Real traffic of three classes, every response in one of them.
    expect(classes['2xx']).toBeGreaterThanOrEqual(2);
    expect(classes['4xx']).toBe(1);
    expect(classes['429']).toBeGreaterThanOrEqual(2);
    expect(CLASSES.reduce((sum, name) => sum + classes[name], 0)).toBe(all.length);
    expect(body.by_day).toHaveLength(7);
    expect(body.by_day.map((day: { date: string }) => day.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(today, i - 6)));
    expect(body.by_day.slice(0, 6).every((day: { requests: number }) => day.requests === 0)).toBe(true);
    expect(body.by_day[6]).toEqual({
      date: today,
      requests: all.length,
      errors: body.error_count,
      status_classes: classes,
    });
    expect(body.by_endpoint.map((row: any) => [row.method, row.endpoint, row.requests, row.status_classes])).toEqual([
      ['POST', '/translate', statuses.length, countClasses(statuses)],
      ['GET', '/users/me/api-keys/current', 1, countClasses([current.status])],
    ]);

    // The same numbers the slow way, from the raw log: percentiles are the exact ones' buckets.
    const rows = await queryDatabase(
      database.url,
      'SELECT endpoint, status_code, response_time_ms, ip_address, created_at FROM usage_logs WHERE api_key_id = $1 ORDER BY created_at',
      [key.id],
    );
    expect(rows.map((row) => row.status_code).sort()).toEqual([...all].sort());
    const times = rows.map((row) => row.response_time_ms as number);
    expect(body.latency_ms).toEqual({
      p50: bucketedPercentile(times, 50),
      p95: bucketedPercentile(times, 95),
      p99: bucketedPercentile(times, 99),
    });
    expect(body.latency_ms.p50).toBeLessThanOrEqual(body.latency_ms.p95);
    expect(body.latency_ms.p95).toBeLessThanOrEqual(body.latency_ms.p99);
    expect(body.avg_response_time_ms).toBeCloseTo(times.reduce((a, b) => a + b, 0) / times.length, 1);
    const translateTimes = rows.filter((row) => row.endpoint === '/translate').map((row) => row.response_time_ms as number);
    expect(body.by_endpoint[0].p95_response_time_ms).toBe(bucketedPercentile(translateTimes, 95));

    // Last use: the latest request, from its own address (TRUST_PROXY: X-Forwarded-For's).
    // Polled like the totals: under load the recorder may have two batches in flight, and the one
    // with the last request can commit after the answer above was read.
    const latest = rows[rows.length - 1];
    const lastUsed = await until(
      async () => {
        const again = await usageOf(alice, key.id, '?days=7');
        return again.body.last_used?.at === new Date(latest.created_at).toISOString() && again.body.last_used;
      },
      10_000,
      'the last request as the last use',
    );
    expect(lastUsed).toEqual({ at: new Date(latest.created_at).toISOString(), ip: LAST_IP });

    // The other key has its own numbers.
    const others = await usageOnceRolledUp(alice, other.id, 1);
    expect(others.body.status_classes).toEqual({ '2xx': 1, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0 });
    expect(others.body.last_used.ip).toBe(FIRST_IP);
  });

  it('counts a batch written twice once, spreads days over the window, and never moves last use back in time', async () => {
    await awayFromMidnight();
    const alice = await signUp(app);
    const key = await newKey(alice);
    const now = Date.now();
    const recent = record(alice.userId, key.id, now - 1_000, 200, 40, LAST_IP);
    const threeDaysAgo = [
      record(alice.userId, key.id, now - 3 * DAY_MS, 200, 5, FIRST_IP),
      record(alice.userId, key.id, now - 3 * DAY_MS, 503, 900, FIRST_IP),
    ];
    const tenDaysAgo = record(alice.userId, key.id, now - 10 * DAY_MS, 404, 3, FIRST_IP);
    await queryDatabase(database.url, INSERT_USAGE_RECORDS, usageBatchParameters([recent]));
    // Older requests written later (a spool replayed), the first of them sent again: counted once, last use kept.
    const late = [...threeDaysAgo, tenDaysAgo];
    await queryDatabase(database.url, INSERT_USAGE_RECORDS, usageBatchParameters(late));
    await queryDatabase(database.url, INSERT_USAGE_RECORDS, usageBatchParameters(late));

    const week = await usageOf(alice, key.id, '?days=7');
    expect(week.status).toBe(200);
    expect(week.body.total_requests).toBe(3);
    expect(week.body.status_classes).toEqual({ '2xx': 2, '3xx': 0, '4xx': 0, '429': 0, '5xx': 1 });
    const byDate = new Map(week.body.by_day.map((day: { date: string }) => [day.date, day]));
    expect(byDate.get(utcDay(new Date(now)))).toMatchObject({ requests: 1, errors: 0 });
    expect(byDate.get(utcDay(new Date(now - 3 * DAY_MS)))).toMatchObject({ requests: 2, errors: 1 });
    expect(week.body.latency_ms).toEqual({ p50: bucketUpperBound(latencyBucketOf(40)), p95: 1023, p99: 1023 });
    expect(week.body.last_used).toEqual({ at: new Date(recent.createdAt).toISOString(), ip: LAST_IP });

    const fortnight = await usageOf(alice, key.id, '?days=14');
    expect(fortnight.body.total_requests).toBe(4);
    expect(fortnight.body.status_classes['4xx']).toBe(1);
    // The default window is 30 days, as GET /users/me/usage's.
    const byDefault = await usageOf(alice, key.id);
    expect(byDefault.body.days).toBe(30);
    expect(byDefault.body.by_day).toHaveLength(30);
  });

  it('answers an unused key with zeros and nulls, and a deactivated key still has its history', async () => {
    const alice = await signUp(app);
    const key = await newKey(alice);
    const unused = await usageOf(alice, key.id, '?days=1');
    expect(unused.status).toBe(200);
    expect(unused.body).toEqual({
      key_id: key.id,
      days: 1,
      total_requests: 0,
      error_count: 0,
      status_classes: { '2xx': 0, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0 },
      avg_response_time_ms: null,
      latency_ms: { p50: null, p95: null, p99: null },
      last_used: null,
      by_day: [{ date: utcDay(new Date()), requests: 0, errors: 0, status_classes: { '2xx': 0, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0 } }],
      by_endpoint: [],
    });

    const used = await app.request('/users/me/api-keys/current', { headers: { 'x-api-key': key.key } });
    expect(used.status).toBe(200);
    await usageOnceRolledUp(alice, key.id, 1);
    expect((await app.request(`/users/me/api-keys/${key.id}`, json('DELETE', undefined, alice.access))).status).toBe(204);
    const after = await usageOf(alice, key.id);
    expect(after.status).toBe(200);
    expect(after.body.total_requests).toBe(1);
  });

  it("is 404 for another user's key or an unknown one, 400 for a bad key id or days, 401 without an access token", async () => {
    const [alice, bob] = [await signUp(app), await signUp(app)];
    const key = await newKey(alice);

    for (const id of [key.id, randomUUID()]) {
      const response = await usageOf(bob, id);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 404, type: `${PROBLEMS}not-found` });
    }
    // The key id is matched case-insensitively, like the other key routes (UUIDs are).
    expect((await usageOf(alice, key.id.toUpperCase())).status).toBe(200);

    for (const days of ['0', '366', '-1', '1.5', 'abc', '1e2', '', '9999999999']) {
      const response = await usageOf(alice, key.id, `?days=${encodeURIComponent(days)}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe(VALIDATION);
      expect(JSON.stringify(response.body)).toContain('days must be a whole number from 1 to 365');
    }
    for (const days of ['1', '365']) expect((await usageOf(alice, key.id, `?days=${days}`)).status).toBe(200);

    const malformed = await usageOf(alice, 'not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.type).toBe(VALIDATION);

    expect((await app.request(`/users/me/api-keys/${key.id}/usage`)).status).toBe(401);
    // A key cannot read its own (or any) traffic: key management takes an access token.
    const byKey = await app.request(`/users/me/api-keys/${key.id}/usage`, { headers: { 'x-api-key': key.key } });
    expect(byKey.status).toBe(401);
    expect(byKey.body.type).toBe(`${PROBLEMS}api-key-not-accepted`);
  });
});
