import { bucketUpperBound, LATENCY_BUCKET_BOUNDS, latencyBucketOf, parseHistogram, percentileUpperBound } from '../src/usage/latency-histogram';
import { addDays, daysEndingOn, utcDay } from '../src/usage/usage-calendar';
import {
  bearer,
  createTestDatabase,
  migrate,
  queryDatabase,
  signUp,
  startApp,
  TEST_JWT_SECRET,
  type Session,
  type TestApp,
  type TestDatabase,
} from './support';
import { undoStepsThrough } from './support/migration-order';
import { runOnPglite } from './support/pglite-script';
import { awayFromMidnight, DAY_MS, insertLogs, insertLogsStatement, seededRandom, utcMidnight, type LogRow } from './support/usage-logs';

/** Reverting UsageDailyRollup takes it and every later migration with it. */
const UNDO_ROLLUP = undoStepsThrough('UsageDailyRollup');

const VALIDATION = 'https://ai-error-translator.dev/problems/validation-error';
const ENDPOINTS: Array<[string, string]> = [
  ['POST', '/translate'],
  ['GET', '/users/me'],
  ['GET', '/users/me/api-keys'],
  ['DELETE', '/users/me/api-keys/{key_id}'],
];
const STATUSES = [200, 200, 200, 201, 204, 301, 399, 400, 401, 404, 429, 500, 503];

/** The nearest-rank percentile of exact values: what the histogram approximates. */
function exactPercentile(values: number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((percent * sorted.length) / 100)) - 1];
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** The answer GET /users/me/usage must give, computed the slow way from the raw rows. */
function expectedUsage(rows: readonly LogRow[], userId: string, days: number, now: Date) {
  const dates = daysEndingOn(utcDay(now), days);
  const mine = rows.filter((row) => row.userId === userId && dates.includes(utcDay(row.createdAt)));
  const isError = (row: LogRow) => row.statusCode >= 400;
  const times = (list: LogRow[]) => list.map((row) => row.responseTimeMs).filter((ms): ms is number => ms !== null);
  const average = (list: LogRow[]) => {
    const timed = times(list);
    return timed.length === 0 ? null : round(timed.reduce((a, b) => a + b, 0) / timed.length, 1);
  };
  const endpoints = new Map<string, LogRow[]>();
  for (const row of mine) endpoints.set(`${row.method} ${row.endpoint}`, [...(endpoints.get(`${row.method} ${row.endpoint}`) ?? []), row]);
  const p95 = exactPercentile(times(mine), 95);
  return {
    exactP95: p95,
    body: {
      days,
      total_requests: mine.length,
      error_count: mine.filter(isError).length,
      error_rate: mine.length === 0 ? null : round(mine.filter(isError).length / mine.length, 4),
      avg_response_time_ms: average(mine),
      p95_response_time_ms: p95 === null ? null : bucketUpperBound(latencyBucketOf(p95)),
      by_day: dates.map((date) => {
        const onDay = mine.filter((row) => utcDay(row.createdAt) === date);
        return { date, requests: onDay.length, errors: onDay.filter(isError).length };
      }),
      by_endpoint: [...endpoints.values()]
        .map((list) => ({
          endpoint: list[0].endpoint,
          method: list[0].method,
          requests: list.length,
          errors: list.filter(isError).length,
          avg_response_time_ms: average(list),
        }))
        .sort((a, b) => b.requests - a.requests || (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : a.method < b.method ? -1 : 1)),
    },
  };
}

/** `count` varied rows over the last `spanDays` days (today included), plus the UTC-midnight edges. */
function trafficFor(userId: string, count: number, spanDays: number, seed: number, now: Date): LogRow[] {
  const random = seededRandom(seed);
  const today = utcMidnight(now).getTime();
  const rows: LogRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const dayStart = today - Math.floor(random() * spanDays) * DAY_MS;
    const createdAt = new Date(Math.min(now.getTime(), dayStart + Math.floor(random() * DAY_MS)));
    const [method, endpoint] = ENDPOINTS[Math.floor(random() * ENDPOINTS.length)];
    // Log-uniform from 0 to ~30 s, and some requests without a recorded time.
    const responseTimeMs = random() < 0.05 ? null : Math.floor(Math.exp(random() * Math.log(30_000)) - 1);
    rows.push({ userId, createdAt, endpoint, method, statusCode: STATUSES[Math.floor(random() * STATUSES.length)], responseTimeMs });
  }
  // The last millisecond of yesterday and the first of today fall on different days.
  rows.push({ userId, createdAt: new Date(today - 1), endpoint: '/translate', method: 'POST', statusCode: 500, responseTimeMs: 7 });
  rows.push({ userId, createdAt: new Date(today), endpoint: '/translate', method: 'POST', statusCode: 200, responseTimeMs: 9 });
  return rows;
}

function shuffle<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Writes rows in multi-row INSERTs of uneven sizes, so batches meet on the same roll-up rows. */
async function insertInBatches(url: string, rows: readonly LogRow[], seed: number): Promise<void> {
  const random = seededRandom(seed);
  for (let start = 0; start < rows.length;) {
    const size = 1 + Math.floor(random() * 120);
    await insertLogs(url, rows.slice(start, start + size));
    start += size;
  }
}

describe('latency histogram (pure)', () => {
  it("puts each time in the bucket whose bounds hold it, and reports the bucket's upper end", () => {
    expect(latencyBucketOf(0)).toBe(0);
    expect(latencyBucketOf(-5)).toBe(0);
    expect(latencyBucketOf(9)).toBe(latencyBucketOf(8));
    expect(latencyBucketOf(10)).toBe(latencyBucketOf(8) + 1);
    expect(latencyBucketOf(5_000_000)).toBe(LATENCY_BUCKET_BOUNDS.length - 1);
    for (let ms = 0; ms < 200_000; ms += ms < 2_000 ? 1 : 97) {
      const bucket = latencyBucketOf(ms);
      expect(LATENCY_BUCKET_BOUNDS[bucket]).toBeLessThanOrEqual(ms);
      expect(bucketUpperBound(bucket)).toBeGreaterThanOrEqual(ms);
      // The promise documented for p95: never below, at most ~19% above (exact below 8 ms).
      expect(bucketUpperBound(bucket)).toBeLessThanOrEqual(ms < 8 ? ms : ms * 1.19);
    }
  });

  it('takes the nearest rank without floating-point drift, and is null when empty', () => {
    expect(percentileUpperBound([], 95)).toBeNull();
    expect(percentileUpperBound([0, 0, 0], 95)).toBeNull();
    // 60 requests: rank 57 (0.95 × 60 is 57.000000000000007 in floating point, which would say 58).
    const histogram: number[] = [];
    histogram[latencyBucketOf(5)] = 57;
    histogram[latencyBucketOf(900)] = 3;
    expect(
      percentileUpperBound(
        Array.from(histogram, (n) => n ?? 0),
        95,
      ),
    ).toBe(5);
    histogram[latencyBucketOf(5)] = 56;
    histogram[latencyBucketOf(900)] = 4;
    expect(
      percentileUpperBound(
        Array.from(histogram, (n) => n ?? 0),
        95,
      ),
    ).toBe(bucketUpperBound(latencyBucketOf(900)));
  });

  it('reads histograms as PostgreSQL prints them', () => {
    expect(parseHistogram('{}')).toEqual([]);
    expect(parseHistogram('{7}')).toEqual([7]);
    expect(parseHistogram('{0,0,12,1}')).toEqual([0, 0, 12, 1]);
  });

  it('counts UTC days', () => {
    expect(daysEndingOn('2024-03-01', 3)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('GET /users/me/usage (PostgreSQL, trigger-built roll-up)', () => {
  let database: TestDatabase;
  let app: TestApp;
  let now: Date;

  const usage = (session: Session, query = '') => app.request(`/users/me/usage${query}`, bearer(session.access));

  beforeAll(async () => {
    await awayFromMidnight();
    now = new Date();
    database = await createTestDatabase();
    await migrate(database.url);
    // The rows are seeded with SQL; the app's own records of these requests would add to them.
    app = await startApp({ DATABASE_URL: database.url, JWT_SECRET: TEST_JWT_SECRET, USAGE_LOGGING: 'false' });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('answers every day of the window with zeros, and null rates, for a user without traffic', async () => {
    const session = await signUp(app);
    const response = await usage(session);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      days: 30,
      total_requests: 0,
      error_count: 0,
      error_rate: null,
      avg_response_time_ms: null,
      p95_response_time_ms: null,
      by_day: daysEndingOn(utcDay(now), 30).map((date) => ({ date, requests: 0, errors: 0 })),
      by_endpoint: [],
    });
    expect(response.body.by_day.at(-1).date).toBe(utcDay(new Date()));
  });

  it('counts exactly what was logged: per UTC day, per endpoint, errors (status ≥ 400), averages, p95 to its bucket', async () => {
    const [alice, bob] = [await signUp(app), await signUp(app)];
    const rows = trafficFor(alice.userId, 900, 400, 1, now);
    // Bob's traffic on the same days and endpoints, interleaved in the same statements.
    const mixed = shuffle([...rows, ...trafficFor(bob.userId, 300, 40, 2, now)], 7);
    await insertInBatches(database.url, mixed, 3);

    for (const days of [1, 2, 7, 30, 365]) {
      const response = await usage(alice, `?days=${days}`);
      expect(response.status).toBe(200);
      const expected = expectedUsage(rows, alice.userId, days, now);
      expect(response.body).toEqual(expected.body);
      expect(response.body.by_day).toHaveLength(days);
      if (expected.exactP95 !== null && expected.exactP95 >= 10) {
        expect(response.body.p95_response_time_ms).toBeGreaterThanOrEqual(expected.exactP95);
        expect(response.body.p95_response_time_ms).toBeLessThanOrEqual(expected.exactP95 * 1.19);
      }
    }
    // Yesterday's last millisecond and today's first are told apart.
    const twoDays = (await usage(alice, '?days=2')).body.by_day;
    expect(twoDays[0].requests).toBeGreaterThanOrEqual(1);
    expect(twoDays[1].requests).toBeGreaterThanOrEqual(1);
    const bobs = await usage(bob, '?days=365');
    expect(bobs.body).toEqual(expectedUsage(mixed, bob.userId, 365, now).body);
    expect(bobs.body.total_requests).toBe(302);
  });

  it('keeps history when old usage_logs are deleted (retention): the roll-up stays', async () => {
    const session = await signUp(app);
    const rows = trafficFor(session.userId, 120, 60, 4, now);
    await insertLogs(database.url, rows);
    const before = await usage(session, '?days=90');
    expect(before.body.total_requests).toBe(122);

    await queryDatabase(database.url, `DELETE FROM usage_logs WHERE user_id = $1 AND created_at < $2`, [session.userId, utcMidnight(now, -10)]);
    const after = await usage(session, '?days=90');
    expect(after.body).toEqual(before.body);
    expect(after.body).toEqual(expectedUsage(rows, session.userId, 90, now).body);
  });

  it('loses nothing when batches are written concurrently onto the same roll-up rows', async () => {
    const session = await signUp(app);
    const rows = trafficFor(session.userId, 400, 3, 6, now);
    const batches = Array.from({ length: 16 }, (_, i) =>
      shuffle(
        rows.filter((_, j) => j % 16 === i),
        i,
      ),
    );
    await Promise.all(batches.map((batch) => insertLogs(database.url, batch)));
    expect((await usage(session, '?days=3')).body).toEqual(expectedUsage(rows, session.userId, 3, now).body);
  });

  it("counts a request without a user or a recorded time correctly: no user → nobody's; no time → counted, not averaged", async () => {
    const session = await signUp(app);
    const at = new Date(now.getTime() - 1_000);
    await insertLogs(database.url, [
      { userId: session.userId, createdAt: at, endpoint: '/translate', method: 'POST', statusCode: 200, responseTimeMs: null },
      { userId: null, createdAt: at, endpoint: '/translate', method: 'POST', statusCode: 200, responseTimeMs: 5 },
    ]);
    const response = await usage(session, '?days=1');
    expect(response.body).toMatchObject({
      total_requests: 1,
      error_count: 0,
      error_rate: 0,
      avg_response_time_ms: null,
      p95_response_time_ms: null,
      by_endpoint: [{ endpoint: '/translate', method: 'POST', requests: 1, errors: 0, avg_response_time_ms: null }],
    });
  });

  it.each(['0', '366', '-1', 'abc', '1.5', '', '1e2', '0x10', '%2030', '1000000000000'])('refuses days=%s with a 400 problem', async (value) => {
    const session = await signUp(app);
    const response = await usage(session, `?days=${value}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: VALIDATION,
      status: 400,
      errors: [{ field: 'days', message: 'days must be a whole number from 1 to 365' }],
    });
  });

  it('refuses repeated or unknown parameters, and answers only with an access token', async () => {
    const session = await signUp(app);
    expect((await usage(session, '?days=1&days=2')).status).toBe(400);
    expect((await usage(session, '?day=7')).status).toBe(400);
    expect((await usage(session, '?days=365')).body.by_day).toHaveLength(365);
    expect((await usage(session, '?days=030')).body.days).toBe(30);
    const anonymous = await app.request('/users/me/usage');
    expect(anonymous.status).toBe(401);
  });

  it('uses the same buckets in SQL (usage_latency_bucket) as in the application', async () => {
    const probes = [...new Set(LATENCY_BUCKET_BOUNDS.flatMap((bound) => [bound - 1, bound, bound + 1]).concat([-3, 2_000_000]))];
    const rows = await queryDatabase(database.url, 'SELECT ms, usage_latency_bucket(ms) AS bucket FROM unnest($1::int[]) AS ms', [probes]);
    expect(rows.map((row) => [row.ms, row.bucket - 1])).toEqual(probes.map((ms) => [ms, latencyBucketOf(ms)]));
  });
});

describe('the roll-up on the embedded database (PGlite)', () => {
  const alice = '00000000-0000-4000-8000-00000000000a';
  const bob = '00000000-0000-4000-8000-00000000000b';
  const ROLL_UP = `SELECT user_id, to_char(day, 'YYYY-MM-DD') AS day, endpoint, method, requests, errors, timed_requests,
                          total_response_ms::int AS total_ms, latency_histogram
                     FROM usage_daily ORDER BY user_id, day, endpoint, method`;
  const row = (userId: string | null, at: string, statusCode: number, responseTimeMs: number | null, endpoint = '/translate'): LogRow => ({
    userId,
    createdAt: new Date(at),
    endpoint,
    method: 'POST',
    statusCode,
    responseTimeMs,
  });
  const histogram = (...times: number[]) => {
    const counts: number[] = [];
    for (const ms of times) counts[latencyBucketOf(ms)] = (counts[latencyBucketOf(ms)] ?? 0) + 1;
    return Array.from(counts, (n) => n ?? 0);
  };
  let results: any[];

  beforeAll(async () => {
    results = await runOnPglite([
      { migrate: true },
      { sql: `INSERT INTO users (id, email) VALUES ($1, 'alice@example.com'), ($2, 'bob@example.com')`, params: [alice, bob] },
      insertLogsStatement([
        row(alice, '2026-03-01T23:59:59.999Z', 200, 12),
        row(alice, '2026-03-02T00:00:00.000Z', 500, 120),
        row(alice, '2026-03-02T10:00:00.000Z', 200, null),
        row(bob, '2026-03-02T10:00:00.000Z', 404, 0, '/users/me'),
        row(null, '2026-03-02T10:00:00.000Z', 200, 3),
      ]),
      insertLogsStatement([row(alice, '2026-03-02T23:00:00.000Z', 429, 3), row(alice, '2026-03-02T23:30:00.000Z', 200, 120)]),
      { sql: ROLL_UP },
      // Back to before the roll-up: UsageDailyRollup and every migration after it.
      ...Array.from({ length: UNDO_ROLLUP }, () => ({ undoLast: true as const })),
      { sql: `SELECT to_regclass('usage_daily') AS t, (SELECT COUNT(*)::int FROM pg_proc WHERE proname LIKE 'usage\\_%') AS functions` },
      // Written while there is no trigger: only the migration's backfill can count these.
      insertLogsStatement([row(alice, '2026-03-02T12:00:00.000Z', 200, 50), row(bob, '2026-03-03T12:00:00.000Z', 200, 50)]),
      { migrate: true },
      { sql: ROLL_UP },
    ]);
  }, 180_000);

  it('folds each multi-row INSERT into usage_daily, by UTC day, merging into existing rows', () => {
    expect(results[0]).toBeGreaterThanOrEqual(4);
    expect(results[4]).toEqual([
      {
        user_id: alice,
        day: '2026-03-01',
        endpoint: '/translate',
        method: 'POST',
        requests: 1,
        errors: 0,
        timed_requests: 1,
        total_ms: 12,
        latency_histogram: histogram(12),
      },
      {
        user_id: alice,
        day: '2026-03-02',
        endpoint: '/translate',
        method: 'POST',
        requests: 4,
        errors: 2,
        timed_requests: 3,
        total_ms: 243,
        latency_histogram: histogram(120, 3, 120),
      },
      {
        user_id: bob,
        day: '2026-03-02',
        endpoint: '/users/me',
        method: 'POST',
        requests: 1,
        errors: 1,
        timed_requests: 1,
        total_ms: 0,
        latency_histogram: [1],
      },
    ]);
  });

  it('backfills existing rows when the migration runs; its down() removes table, trigger and functions', () => {
    expect(results[5 + UNDO_ROLLUP]).toEqual([{ t: null, functions: 0 }]);
    // Re-applied: UsageDailyRollup and every migration after it.
    expect(results[7 + UNDO_ROLLUP]).toBe(UNDO_ROLLUP);
    const after = results[8 + UNDO_ROLLUP] as Array<Record<string, unknown>>;
    expect(after).toHaveLength(4);
    expect(after.find((r) => r.user_id === alice && r.day === '2026-03-02')).toMatchObject({
      requests: 5,
      errors: 2,
      timed_requests: 4,
      total_ms: 293,
      latency_histogram: histogram(120, 3, 120, 50),
    });
    expect(after.find((r) => r.user_id === bob && r.day === '2026-03-03')).toMatchObject({ requests: 1, errors: 0 });
  });
});
