/**
 * `npm run bench:usage-ingest`: how many usage rows per second PostgreSQL absorbs through the
 * usage recorder's own write path (UsageLogRepository.insertRecords: one multi-row INSERT per
 * batch, the usage_daily roll-up trigger included), and what each row costs the server.
 *
 * USAGE_INGEST_WRITERS (4) concurrent writers stand for that many app instances flushing at once,
 * each sending batches of USAGE_BATCH_SIZE (the app's default, 2,000) records spread over
 * USAGE_INGEST_USERS (1,000) users, for USAGE_INGEST_SECONDS (15). The database at
 * BENCH_DATABASE_URL (default aet_usage_ingest) is dropped and recreated.
 *
 * Prints rows/s, PostgreSQL CPU per 1,000 rows (every `postgres` process on the machine, from
 * /proc: steadier than throughput on a shared 2-core machine), WAL bytes per row and the bytes a
 * row occupies on disk with its indexes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { loadConfig } from '../src/config/load-config';
import { createAppDataSource } from '../src/database/app-data-source';
import { DEFAULT_USAGE_BATCH_SIZE } from '../src/usage/usage-batching';
import { UsageLogRepository } from '../src/usage/usage-log.repository';
import type { UsageRecord } from '../src/usage/usage-record';
import { newUsageRecordId } from '../src/usage/usage-record-id';
import { recreateBenchDatabase } from './database';
import { processCpuSeconds } from './machine';
import { positiveInt } from './settings';
import { createOtherUsers } from './usage-scale-seed';

const settings = {
  url: process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/aet_usage_ingest',
  writers: positiveInt('USAGE_INGEST_WRITERS', 4),
  batchSize: positiveInt('USAGE_BATCH_SIZE', DEFAULT_USAGE_BATCH_SIZE),
  users: positiveInt('USAGE_INGEST_USERS', 1_000),
  seconds: positiveInt('USAGE_INGEST_SECONDS', 15),
};

const log = (line: string) => process.stderr.write(`${line}\n`);
const toStderr = (message: object) => log(JSON.stringify(message));

/** CPU seconds used so far by every PostgreSQL process (backends, WAL writer, checkpointer…). */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/comm`, 'utf8').startsWith('postgres')) continue;
    } catch {
      continue;
    }
    total += processCpuSeconds(Number(entry)) ?? 0;
  }
  return total;
}

/** A batch like the ones the recorder sends: translate calls, one in ten refused. */
function batch(userIds: readonly string[], size: number): UsageRecord[] {
  const now = Date.now();
  return Array.from({ length: size }, (_, i) => {
    const failed = i % 10 === 0;
    return {
      id: newUsageRecordId(),
      userId: userIds[Math.floor(Math.random() * userIds.length)],
      apiKeyId: null,
      endpoint: '/translate',
      method: 'POST',
      statusCode: failed ? 429 : 200,
      ipAddress: '203.0.113.7',
      userAgent: 'usage-ingest-bench/1.0',
      responseTimeMs: 1 + Math.floor(Math.random() * 40),
      errorType: failed ? 'rate-limited' : null,
      errorMessage: failed ? 'Too many requests' : null,
      createdAt: now,
    };
  });
}

async function main(): Promise<void> {
  const database = await recreateBenchDatabase(settings.url);
  log(
    `usage-ingest: ${settings.writers} writers × batches of ${settings.batchSize} for ${settings.seconds} s into ${database.name} (PostgreSQL ${database.serverVersion})`,
  );
  const pool = new Pool({ connectionString: settings.url, max: 2 });
  const { otherUserIds: userIds } = await createOtherUsers(pool, settings.users, 'ingest');

  const config = loadConfig({ DATABASE_URL: settings.url, LOG_LEVEL: 'silent', DATABASE_POOL_SIZE: String(settings.writers) });
  const dataSource = await createAppDataSource(config, { log: () => undefined, warn: toStderr, error: toStderr }, true);
  await dataSource.initialize();
  const logs = new UsageLogRepository(dataSource);
  try {
    await logs.insertRecords(batch(userIds, settings.batchSize)); // warm-up: plans and the first roll-up rows
    const walBefore = (await pool.query<{ lsn: string }>('SELECT pg_current_wal_lsn() AS lsn')).rows[0].lsn;
    const cpuBefore = postgresCpuSeconds();
    const ownBefore = process.cpuUsage();
    const started = performance.now();
    const deadline = started + settings.seconds * 1_000;
    let rows = 0;
    const latencies: number[] = [];
    await Promise.all(
      Array.from({ length: settings.writers }, async () => {
        while (performance.now() < deadline) {
          const records = batch(userIds, settings.batchSize);
          const sent = performance.now();
          await logs.insertRecords(records);
          latencies.push(performance.now() - sent);
          rows += records.length;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1_000;
    const postgresCpu = postgresCpuSeconds() - cpuBefore;
    const own = process.cpuUsage(ownBefore);
    const {
      rows: [wal],
    } = await pool.query<{ bytes: string }>('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1) AS bytes', [walBefore]);
    // A partitioned table's own size is 0: its partitions hold the rows. A plain table has no tree.
    const {
      rows: [stored],
    } = await pool.query<{ n: number; daily: number; bytes: string }>(
      `SELECT (SELECT COUNT(*)::int FROM usage_logs) AS n, (SELECT SUM(requests)::int FROM usage_daily) AS daily,
              COALESCE((SELECT SUM(pg_total_relation_size(relid)) FROM pg_partition_tree('usage_logs')),
                       pg_total_relation_size('usage_logs')) AS bytes`,
    );
    latencies.sort((a, b) => a - b);
    const result = {
      writers: settings.writers,
      batchSize: settings.batchSize,
      seconds: Number(seconds.toFixed(1)),
      rowsPerSecond: Math.round(rows / seconds),
      batchMedianMs: Number(latencies[Math.floor(latencies.length / 2)].toFixed(1)),
      batchP99Ms: Number(latencies[Math.floor(latencies.length * 0.99)].toFixed(1)),
      postgresCpuMsPer1000Rows: Number(((postgresCpu * 1e6) / rows).toFixed(1)),
      postgresCoresBusy: Number((postgresCpu / seconds).toFixed(2)),
      benchCpuMsPer1000Rows: Number((((own.user + own.system) / 1e3 / rows) * 1_000).toFixed(1)),
      walBytesPerRow: Math.round(Number(wal.bytes) / rows),
      storedBytesPerRow: Math.round(Number(stored.bytes) / stored.n),
      rowsStored: stored.n,
      rolledUp: stored.daily,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.rowsStored !== result.rolledUp) throw new Error('roll-up and logs disagree');
  } finally {
    await dataSource.destroy();
    await pool.end();
  }
}

main().catch((error) => {
  log(String((error as Error).stack ?? error));
  process.exit(1);
});
