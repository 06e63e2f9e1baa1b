import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { clean, errorTypeOf, fit, isLoggedRoute, isUsageRecord, USAGE_LIMITS, usageRecordOf, type UsageRecord } from '../src/usage/usage-record';
import { register } from 'prom-client';
import { registerUsageGauges, unregisterUsageGauges } from '../src/usage/usage-metrics';
import { UsageSpool } from '../src/usage/usage-spool';

function record(overrides: Partial<UsageRecord> = {}): UsageRecord {
  return {
    id: randomUUID(),
    userId: randomUUID(),
    apiKeyId: null,
    endpoint: '/users/me',
    method: 'GET',
    statusCode: 200,
    ipAddress: '127.0.0.1',
    userAgent: 'spec',
    responseTimeMs: 3,
    errorType: null,
    errorMessage: null,
    createdAt: Date.now(),
    ...overrides,
  };
}

describe('usage spool', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'aet-spool-unit-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes complete files, then claims, reads and removes them', async () => {
    const spool = new UsageSpool(dir);
    const written = [record(), record({ statusCode: 404, errorType: 'not-found', errorMessage: 'gone' })];
    await spool.write(written);
    await spool.write([record()]);
    expect(spool.records).toBe(3);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const files = await spool.claim();
    expect(files.map((file) => file.records).sort()).toEqual([1, 2]);
    expect(spool.records).toBe(3);
    const two = files.find((file) => file.records === 2)!;
    expect(await spool.read(two)).toEqual({ records: written, skipped: 0 });
    for (const file of files) await spool.remove(file);
    expect(spool.records).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes the same complete file synchronously, for the moment the process exits', async () => {
    const spool = new UsageSpool(join(dir, 'not-yet-made'));
    const written = [record(), record()];
    spool.writeSync(written);
    expect(spool.records).toBe(2);
    const names = readdirSync(join(dir, 'not-yet-made'));
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^usage-[\w-]+-n2\.jsonl$/);
    const replayer = new UsageSpool(join(dir, 'not-yet-made'), { pid: 103, isAlive: () => true });
    const [file] = await replayer.claim();
    expect(await replayer.read(file)).toEqual({ records: written, skipped: 0 });
  });

  it('gives each file to one process only when two claim at once', async () => {
    const writer = new UsageSpool(dir);
    for (let i = 0; i < 20; i++) await writer.write([record(), record()]);
    // Two processes: one process's second spool would rightly take the first's claims as its own
    // from an earlier life (same pid, other token).
    const alive = () => true;
    const [a, b] = [new UsageSpool(dir, { pid: 101, isAlive: alive }), new UsageSpool(dir, { pid: 102, isAlive: alive })];
    const [mineA, mineB] = await Promise.all([a.claim(), b.claim()]);
    expect(mineA.length + mineB.length).toBe(20);
    const names = new Set([...mineA, ...mineB].map((file) => file.name.replace(/\.claim-.*$/, '')));
    expect(names.size).toBe(20);
    expect(a.records + b.records).toBe(40);
  });

  it('takes over claims of dead processes (and of its own pid from an earlier life), not of live ones', async () => {
    const base = 'usage-1-1-abcd-1-n1.jsonl';
    const line = `${JSON.stringify(record())}\n`;
    const host = hostname();
    writeFileSync(join(dir, `${base}.claim-${host}-999999-dead`), line);
    writeFileSync(join(dir, `usage-2-1-abcd-1-n1.jsonl.claim-${host}-${process.pid}-0ddd`), line);
    writeFileSync(join(dir, `usage-3-1-abcd-1-n1.jsonl.claim-${host}-4242-a1fe`), line);
    writeFileSync(join(dir, 'usage-4-1-abcd-1-n1.jsonl.claim-elsewhere-77-abcd'), line);
    const spool = new UsageSpool(dir, { isAlive: (pid) => pid === 4242 });
    const files = await spool.claim();
    expect(files.map((file) => file.name.replace(/\.claim-.*$/, '')).sort()).toEqual([base, 'usage-2-1-abcd-1-n1.jsonl']);
    expect(readdirSync(dir).filter((name) => name.includes('-4242-') || name.includes('elsewhere'))).toHaveLength(2);
  });

  it('skips damaged lines and counts them', async () => {
    const good = record();
    writeFileSync(
      join(dir, 'usage-9-1-abcd-1-n4.jsonl'),
      [
        JSON.stringify(good),
        '{"id":',
        JSON.stringify({ ...record(), statusCode: 'x' }),
        JSON.stringify({ ...record(), endpoint: 'e'.repeat(256) }),
      ].join('\n'),
    );
    const spool = new UsageSpool(dir);
    const [file] = await spool.claim();
    expect(file.records).toBe(4);
    expect(await spool.read(file)).toEqual({ records: [good], skipped: 3 });
  });
});

describe('usage record', () => {
  const request = (overrides: Record<string, unknown> = {}) => ({
    method: 'DELETE',
    ip: '::ffff:203.0.113.7',
    url: '/users/me/api-keys/abc?x=1',
    headers: { 'user-agent': 'curl/8' },
    routeOptions: { url: '/users/me/api-keys/:key_id' },
    ...overrides,
  });
  const title = (status: number) => `Status ${status}`;

  it('names the route pattern, never the raw URL, and keeps API key and timing', () => {
    const made = usageRecordOf(request(), { statusCode: 204, elapsedTime: 2.6 }, 'u', 'k', undefined, title);
    expect(made).toMatchObject({ endpoint: '/users/me/api-keys/:key_id', method: 'DELETE', statusCode: 204, apiKeyId: 'k', responseTimeMs: 3 });
    expect(made).toMatchObject({ ipAddress: '::ffff:203.0.113.7', userAgent: 'curl/8', errorType: null, errorMessage: null });
    expect(isUsageRecord({ ...made, userId: randomUUID(), apiKeyId: null })).toBe(true);
  });

  it('takes error type and message from the problem, cut to the column sizes', () => {
    const problem = { type: 'https://x.dev/problems/validation-error', title: 'Validation Failed', status: 400, detail: 'd'.repeat(5_000) };
    const made = usageRecordOf(request(), { statusCode: 400, elapsedTime: 1 }, 'u', undefined, problem, title);
    expect(made.errorType).toBe('validation-error');
    expect(made.errorMessage).toBe('d'.repeat(USAGE_LIMITS.errorMessage));
    expect(made.apiKeyId).toBeNull();
    const bare = usageRecordOf(request(), { statusCode: 429, elapsedTime: 1 }, 'u', undefined, undefined, title);
    expect([bare.errorType, bare.errorMessage]).toEqual(['Status 429', null]);
    const long = usageRecordOf(
      request({ headers: { 'user-agent': 'a'.repeat(600) }, ip: 'i'.repeat(60) }),
      { statusCode: 200, elapsedTime: 1 },
      'u',
      undefined,
      undefined,
      title,
    );
    expect([long.userAgent!.length, long.ipAddress!.length]).toEqual([USAGE_LIMITS.userAgent, USAGE_LIMITS.ipAddress]);
  });

  it.each([
    [{ type: 'about:blank', title: 'Too Many Requests', status: 429 }, 'Too Many Requests'],
    [{ type: 'https://x.dev/problems/quota-exceeded/', title: 'Payment Required', status: 402 }, 'quota-exceeded'],
    [{ type: '', title: '', status: 500 }, 'fallback'],
  ])('error type of %j is %s', (problem, expected) => {
    expect(errorTypeOf(problem, 'fallback')).toBe(expected);
  });

  it('cuts without splitting a surrogate pair; cleans NUL and lone surrogates out of problem text', () => {
    expect(fit('ab😀', 3)).toBe('ab');
    expect(fit('abc', 3)).toBe('abc');
    expect(clean('a\u0000b😀\ud800c\udc00')).toBe('ab😀\ufffdc\ufffd');
    const problem = { type: 'about:blank', title: 'Bad\u0000 Request', status: 400, detail: 'property \ud83d should not exist' };
    const made = usageRecordOf(request(), { statusCode: 400, elapsedTime: 1 }, 'u', undefined, problem, title);
    expect([made.errorType, made.errorMessage]).toEqual(['Bad Request', 'property \ufffd should not exist']);
  });

  it.each([
    ['/health/live', false],
    ['/health', false],
    ['/docs-json', false],
    ['/docs/*', false],
    ['/metrics', false],
    ['/healthz-report', true],
    ['/users/me', true],
    ['/translate', true],
  ])('route %s logged: %s', (route, logged) => {
    expect(isLoggedRoute(route)).toBe(logged);
  });
});

describe('usage gauges', () => {
  afterAll(() => unregisterUsageGauges());

  it('report the recorder numbers in the default prom-client registry when scraped, and re-register cleanly', async () => {
    let stats = { queueDepth: 3, spoolRecords: 7 };
    registerUsageGauges(() => stats);
    registerUsageGauges(() => stats); // a second app in one process replaces, never throws
    stats = { queueDepth: 12, spoolRecords: 0 };
    const text = await register.metrics();
    expect(text).toMatch(/^aet_usage_queue_depth 12$/m);
    expect(text).toMatch(/^aet_usage_spool_records 0$/m);
    unregisterUsageGauges();
    expect(await register.metrics()).not.toMatch(/aet_usage_/);
  });
});
