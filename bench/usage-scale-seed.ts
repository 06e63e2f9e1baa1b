import { SingleBar } from 'cli-progress';
import type { Pool } from 'pg';

export interface SeedPlan {
  /** Rows written in all, and how many of them belong to the target user (spread evenly among the rest). */
  totalRows: number;
  userRows: number;
  targetUserId: string;
  /** The API key the target user's rows are made with (so the per-key roll-up holds all of them). */
  targetKeyId: string;
  otherUserIds: string[];
  /** One API key per other user (same order): their rows are made with it, so the per-key roll-up has everyone's keys. */
  otherKeyIds: string[];
  /** Rows are spread evenly in time over this many days, ending now. */
  days: number;
  chunkRows: number;
  concurrency: number;
}

export interface SeedResult {
  seconds: number;
  rowsPerSecond: number;
}

/**
 * One chunk: rows g ∈ [$1, $2) in time order, the target user's rows evenly interleaved with
 * everyone else's (row g is the target's when ⌊(g+1)·M/N⌋ > ⌊g·M/N⌋: exactly M of N). Ids are
 * time-ordered (a per-run prefix and g) so the primary key grows at its right edge, as UUIDv7
 * ids would; the service's own rows get random ids. About 4.6% errors, response times skewed
 * towards a few ms with a tail to 2 s. Every row carries its user's API key ($10 for the target, $11
 * for the others). One statement per chunk: the roll-up triggers fold it in.
 */
const CHUNK_SQL = `
  INSERT INTO usage_logs (id, user_id, api_key_id, endpoint, method, status_code, ip_address, user_agent, response_time_ms, error_type,
                          error_message, created_at)
  SELECT (lpad(to_hex($3::bigint), 16, '0') || lpad(to_hex(g), 16, '0'))::uuid,
         CASE WHEN target THEN $6::uuid ELSE ($7::uuid[])[other] END,
         CASE WHEN target THEN $10::uuid ELSE ($11::uuid[])[other] END,
         (ARRAY['/translate', '/translate', '/translate', '/users/me', '/users/me/api-keys', '/users/me/usage'])[1 + (g * 7) % 6],
         (ARRAY['POST', 'POST', 'POST', 'GET', 'GET', 'GET'])[1 + (g * 7) % 6],
         status, '127.0.0.1', 'usage-scale-bench',
         (1 + random() ^ 3 * 2000)::integer,
         CASE WHEN status >= 400 THEN 'HTTP ' || status END,
         CASE WHEN status >= 400 THEN 'seeded error ' || g END,
         $8::timestamptz + (g * $9::bigint / $4::bigint) * interval '1 millisecond'
    FROM generate_series($1::bigint, $2::bigint - 1) AS g,
         LATERAL (SELECT CASE WHEN g % 97 = 0 THEN 500 WHEN g % 89 = 0 THEN 429 WHEN g % 83 = 0 THEN 404
                              WHEN g % 79 = 0 THEN 400 ELSE 200 END AS status,
                         ((g + 1) * $5::bigint) / $4::bigint > (g * $5::bigint) / $4::bigint AS target,
                         1 + (g * 2654435761) % cardinality($7::uuid[]) AS other) AS s`;

/** Writes the plan's rows in chunks over `concurrency` connections, with a progress bar on stderr. */
export async function seedUsage(pool: Pool, plan: SeedPlan): Promise<SeedResult> {
  const runPrefix = Math.floor(Math.random() * 2 ** 40);
  const spanMs = plan.days * 86_400_000;
  const start = new Date(Date.now() - spanMs);
  const chunks = Math.ceil(plan.totalRows / plan.chunkRows);
  const bar = new SingleBar({
    format: 'seeding usage_logs [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}',
    noTTYOutput: true,
    notTTYSchedule: 10_000,
    hideCursor: true,
  });
  const started = Date.now();
  bar.start(plan.totalRows, 0, { rate: 0 });
  let next = 0;
  let written = 0;
  const worker = async () => {
    for (let chunk = next++; chunk < chunks; chunk = next++) {
      const from = chunk * plan.chunkRows;
      const to = Math.min(plan.totalRows, from + plan.chunkRows);
      await pool.query(CHUNK_SQL, [
        from,
        to,
        runPrefix,
        plan.totalRows,
        plan.userRows,
        plan.targetUserId,
        plan.otherUserIds,
        start,
        spanMs,
        plan.targetKeyId,
        plan.otherKeyIds,
      ]);
      written += to - from;
      bar.update(written, { rate: Math.round(written / ((Date.now() - started) / 1000)) });
    }
  };
  try {
    await Promise.all(Array.from({ length: plan.concurrency }, worker));
  } finally {
    bar.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  return { seconds, rowsPerSecond: plan.totalRows / seconds };
}

/** `count` users to share the rest of the rows, each with an API key (a random hash: nobody can present it); their ids. */
export async function createOtherUsers(pool: Pool, count: number, tag: string): Promise<{ otherUserIds: string[]; otherKeyIds: string[] }> {
  const { rows } = await pool.query<{ user_id: string; key_id: string }>(
    `WITH created AS (
       INSERT INTO users (email, full_name) SELECT 'usage-scale-' || $2 || '-' || n || '@bench.invalid', 'usage-scale bench'
         FROM generate_series(1, $1::integer) AS n RETURNING id)
     INSERT INTO api_keys (user_id, key_hash, name, prefix)
     SELECT id, md5(random()::text) || md5(random()::text), 'usage-scale', 'aet_benchkey' FROM created RETURNING user_id, id AS key_id`,
    [count, tag],
  );
  return { otherUserIds: rows.map((row) => row.user_id), otherKeyIds: rows.map((row) => row.key_id) };
}
