/**
 * `npm run bench:retention`: what retention costs on one month of usage logs, the two ways it can
 * go. The bench database (RETENTION_BENCH_DATABASE_URL, default aet_retention_bench on the local
 * PostgreSQL) is dropped, recreated and migrated; a month six months back is filled with
 * RETENTION_BENCH_ROWS rows (1,000,000) and then removed
 *
 *   1. row by row, as retention did before partitioning and still does for a partly expired
 *      month: DELETE of 5,000 rows per statement (UsageLogRepository.deleteBatchOlderThan), and
 *      the VACUUM that must follow to make the space reusable (autovacuum would do it later);
 *   2. as retention does now for a whole expired month: DETACH PARTITION + DROP TABLE
 *      (UsagePartitionsService.drop), after the month was filled again the same way.
 *
 * Each is timed, and its WAL measured as the server's WAL position before and after
 * (pg_wal_lsn_diff(pg_current_wal_lsn(), start)), after a CHECKPOINT so both start with the same
 * full-page-write state. The WAL position is server-wide: other work on the same server is
 * counted too, so the background rate over an idle second is printed alongside.
 */
import { Client } from 'pg';
import { loadConfig } from '../src/config/load-config';
import { createAppDataSource } from '../src/database/app-data-source';
import { UsageLogRepository } from '../src/usage/usage-log.repository';
import { monthPartitionOf, quoteIdentifier } from '../src/usage/usage-months';
import { UsagePartitionsService } from '../src/usage/usage-partitions.service';
import { RETENTION_BATCH_SIZE } from '../src/usage/usage-retention.service';
import { recreateBenchDatabase } from './database';
import { positiveInt } from './settings';

const settings = {
  databaseUrl: process.env.RETENTION_BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/aet_retention_bench',
  rows: positiveInt('RETENTION_BENCH_ROWS', 1_000_000),
};

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Measure {
  ms: number;
  walBytes: number;
}

async function measured(client: Client, work: () => Promise<unknown>): Promise<Measure> {
  await client.query('CHECKPOINT');
  const [{ lsn }] = (await client.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows as [{ lsn: string }];
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  const [{ bytes }] = (await client.query<{ bytes: string }>('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::bigint AS bytes', [lsn]))
    .rows as [{ bytes: string }];
  return { ms, walBytes: Number(bytes) };
}

/** The month's rows, written straight into its partition (as the recorder's batches would land there), with the indexes in place. */
async function fillMonth(client: Client, partition: string, from: Date, to: Date, rows: number): Promise<void> {
  const users = (await client.query<{ id: string }>(`SELECT id FROM users`)).rows.map((row) => row.id);
  const span = (to.getTime() - from.getTime()) / 1000;
  const chunk = 100_000;
  for (let done = 0; done < rows; done += chunk) {
    const n = Math.min(chunk, rows - done);
    await client.query(
      `INSERT INTO ${partition} (user_id, endpoint, method, status_code, ip_address, user_agent, response_time_ms, error_type, error_message, created_at)
       SELECT ($1::uuid[])[1 + (g % array_length($1::uuid[], 1))], '/translate', 'POST',
              CASE WHEN g % 20 = 0 THEN 422 ELSE 200 END, '203.0.113.' || (g % 250), 'Mozilla/5.0 (X11; Linux x86_64) bench-client/1.0',
              (g % 900) + 5, CASE WHEN g % 20 = 0 THEN 'validation-error' END, CASE WHEN g % 20 = 0 THEN 'stack trace too long' END,
              $2::timestamptz + make_interval(secs => (g::float8 * $3) / $4)
         FROM generate_series($5::bigint, $6::bigint) AS g`,
      [users, from, span, rows, done, done + n - 1],
    );
  }
  await client.query(`ANALYZE ${partition}`);
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const database = await recreateBenchDatabase(settings.databaseUrl);
  log(`bench database ${database.name} on PostgreSQL ${database.serverVersion}; ${settings.rows.toLocaleString('en')} rows per fill`);
  const config = loadConfig({ DATABASE_URL: settings.databaseUrl, LOG_LEVEL: 'silent', NODE_ENV: 'production' });
  const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
  const dataSource = await createAppDataSource(config, quiet);
  await dataSource.initialize();
  const client = new Client({ connectionString: settings.databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO users (email) SELECT 'bench-' || g || '@example.com' FROM generate_series(1, 100) AS g`);
    const now = new Date();
    const month = monthPartitionOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, 15)));
    const name = quoteIdentifier(month.name);
    const createMonth = `CREATE TABLE ${name} PARTITION OF usage_logs FOR VALUES FROM ('${month.from!.toISOString()}') TO ('${month.to!.toISOString()}')`;
    await client.query(createMonth);

    const idle = await measured(client, () => new Promise((resolve) => setTimeout(resolve, 1_000)));

    let started = performance.now();
    await fillMonth(client, name, month.from!, month.to!, settings.rows);
    const size = Number((await client.query<{ bytes: string }>(`SELECT pg_total_relation_size('${name}') AS bytes`)).rows[0].bytes);
    log(`filled ${month.name} in ${seconds(performance.now() - started)} (${mb(size)} with indexes)`);

    const logs = new UsageLogRepository(dataSource);
    let deletedRows = 0;
    const deleted = await measured(client, async () => {
      for (;;) {
        const affected = await logs.deleteBatchOlderThan(month.to!, RETENTION_BATCH_SIZE, name);
        deletedRows += affected;
        if (affected < RETENTION_BATCH_SIZE) return;
      }
    });
    const vacuum = await measured(client, () => client.query(`VACUUM ${name}`));
    log(
      `batched DELETE: ${deletedRows} rows in ${seconds(deleted.ms)}, ${mb(deleted.walBytes)} WAL; VACUUM ${seconds(vacuum.ms)}, ${mb(vacuum.walBytes)} WAL`,
    );

    started = performance.now();
    await fillMonth(client, name, month.from!, month.to!, settings.rows);
    log(`filled again in ${seconds(performance.now() - started)}`);
    let droppedRows = 0;
    const dropped = await measured(client, async () => {
      droppedRows = await new UsagePartitionsService(dataSource).drop(month);
    });
    log(`DETACH + DROP: ${droppedRows} rows in ${seconds(dropped.ms)}, ${mb(dropped.walBytes)} WAL`);

    const result = {
      rows: settings.rows,
      partitionBytes: size,
      idleWalBytesPerSecond: idle.walBytes,
      batchedDelete: { rows: deletedRows, ms: Math.round(deleted.ms), walBytes: deleted.walBytes },
      vacuumAfterDelete: { ms: Math.round(vacuum.ms), walBytes: vacuum.walBytes },
      detachDrop: { rows: droppedRows, ms: Math.round(dropped.ms), walBytes: dropped.walBytes },
    };
    const rowsOut = [
      ['batched DELETE (5,000 rows/statement)', deleted],
      ['  + VACUUM afterwards', vacuum],
      ['DETACH PARTITION + DROP TABLE', dropped],
    ] as const;
    process.stdout.write(
      `retention of one month, ${settings.rows.toLocaleString('en')} rows (${mb(size)}), PostgreSQL ${database.serverVersion}\n`,
    );
    for (const [label, m] of rowsOut)
      process.stdout.write(`${label.padEnd(40)} ${seconds(m.ms).padStart(10)} ${mb(m.walBytes).padStart(12)} WAL\n`);
    process.stdout.write(`(server-wide WAL while idle: ${idle.walBytes} bytes/s)\n${JSON.stringify(result)}\n`);
  } finally {
    await client.end();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  log(`bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
