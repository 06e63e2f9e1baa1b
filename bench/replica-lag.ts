/**
 * Replica lag under write load: writes usage rows into the primary as fast as the service's batched
 * recorder would (multi-row INSERTs of USAGE_BATCH_SIZE rows, the daily roll-up trigger included)
 * while sampling, every SAMPLE_MS, how far a streaming replica is behind, three ways:
 *
 *  - reported lag: what ReadReplicas checks (REPLICA_LAG_SQL, on the replica);
 *  - byte lag: WAL written on the primary but not yet replayed on the replica;
 *  - visibility lag: a marker row inserted on the primary, polled on the replica until it is there.
 *
 * Usage (both URLs name the same, migrated database; the replica streams from the primary):
 *   PRIMARY_URL=postgres://…:5432/db REPLICA_URL=postgres://…:5433/db node dist/bench/replica-lag.js
 * Options: DURATION_S (20), BATCH (500), WRITERS (2), SAMPLE_MS (100), RATE (rows/s in all; 0 = as fast as possible).
 */
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { REPLICA_LAG_SQL } from '../src/database/read-replicas.service';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const INSERT_SQL = `
  INSERT INTO usage_logs (user_id, endpoint, method, status_code, ip_address, user_agent, response_time_ms, created_at)
  SELECT $1::uuid, '/translate', 'POST', CASE WHEN g % 23 = 0 THEN 500 ELSE 200 END, '127.0.0.1', 'replica-lag-bench',
         (1 + random() * 50)::integer, now()
    FROM generate_series(1, $2::int) AS g`;

function percentile(values: number[], percent: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((percent * sorted.length) / 100)) - 1];
}

function summary(name: string, unit: string, values: number[]): string {
  const fmt = (value: number) => (Number.isFinite(value) ? value.toFixed(unit === 'kB' ? 1 : 0) : 'n/a');
  return `${name.padEnd(16)} p50 ${fmt(percentile(values, 50))} ${unit}, p95 ${fmt(percentile(values, 95))} ${unit}, p99 ${fmt(percentile(values, 99))} ${unit}, max ${fmt(Math.max(...values))} ${unit} (${values.length} samples)`;
}

async function main(): Promise<void> {
  const primaryUrl = process.env.PRIMARY_URL;
  const replicaUrl = process.env.REPLICA_URL;
  if (!primaryUrl || !replicaUrl)
    throw new Error('set PRIMARY_URL and REPLICA_URL (the same migrated database on the primary and on its replica)');
  const durationMs = env('DURATION_S', 20) * 1000;
  const batch = env('BATCH', 500);
  const writers = env('WRITERS', 2);
  const sampleMs = env('SAMPLE_MS', 100);
  const rate = env('RATE', 0);

  const primary = new Pool({ connectionString: primaryUrl, max: writers + 2 });
  const replica = new Client({ connectionString: replicaUrl });
  await replica.connect();
  const [{ id: userId }] = (
    await primary.query<{ id: string }>(`INSERT INTO users (email, full_name) VALUES ($1, 'replica lag bench') RETURNING id`, [
      `replica-lag-${randomUUID()}@bench.invalid`,
    ])
  ).rows;

  const deadline = Date.now() + durationMs;
  let rows = 0;
  const writer = async () => {
    // With RATE, each writer paces itself to its share; without, it writes back to back.
    const perBatchMs = rate > 0 ? (batch * writers * 1000) / rate : 0;
    while (Date.now() < deadline) {
      const started = Date.now();
      await primary.query(INSERT_SQL, [userId, batch]);
      rows += batch;
      const wait = perBatchMs - (Date.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };

  const reported: number[] = [];
  const bytes: number[] = [];
  const visible: number[] = [];
  const sampler = async () => {
    while (Date.now() < deadline) {
      const [{ lsn }] = (await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows;
      const [lag] = (await replica.query<{ lag_ms: number | null }>(REPLICA_LAG_SQL)).rows;
      const [diff] = (
        await replica.query<{ behind: number }>('SELECT pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn())::float8 AS behind', [lsn])
      ).rows;
      const row = { lag_ms: lag.lag_ms, behind: diff.behind };
      if (row.lag_ms !== null) reported.push(row.lag_ms);
      bytes.push(Math.max(0, row.behind) / 1024);
      await new Promise((resolve) => setTimeout(resolve, sampleMs));
    }
  };
  const marker = async () => {
    while (Date.now() < deadline) {
      const id = randomUUID();
      await primary.query(
        `INSERT INTO usage_logs (id, user_id, endpoint, method, status_code, created_at) VALUES ($1, $2, '/marker', 'GET', 200, now())`,
        [id, userId],
      );
      const written = Date.now();
      for (;;) {
        const found = await replica.query('SELECT 1 FROM usage_logs WHERE id = $1', [id]);
        if (found.rowCount) break;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      visible.push(Date.now() - written);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };

  const started = Date.now();
  await Promise.all([...Array.from({ length: writers }, writer), sampler(), marker()]);
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    [
      `wrote ${rows} usage rows in ${seconds.toFixed(1)} s: ${Math.round(rows / seconds)} rows/s (${writers} writers, ${batch} rows per INSERT${rate ? `, paced to ${rate} rows/s` : ''})`,
      summary('reported lag', 'ms', reported),
      summary('byte lag', 'kB', bytes),
      summary('visibility lag', 'ms', visible),
      '',
    ].join('\n'),
  );
  await primary.query('DELETE FROM usage_logs WHERE user_id = $1', [userId]);
  await primary.query('DELETE FROM usage_daily WHERE user_id = $1', [userId]).catch(() => undefined);
  await primary.query('DELETE FROM users WHERE id = $1', [userId]);
  await replica.end();
  await primary.end();
}

main().catch((error) => {
  process.stderr.write(`replica-lag: ${(error as Error).message}\n`);
  process.exit(1);
});
