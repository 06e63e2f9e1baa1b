import { MigrationInterface, QueryRunner } from 'typeorm';

// Analytics: usage_daily, a per user/day/endpoint/method roll-up of usage_logs kept by a statement-level trigger
// (whoever writes the logs, in whatever batches), backfilled from existing rows; a partial index for latest errors.

/**
 * Response-time buckets (lower bounds, ms): ⌈2^(k/4)⌉ for k = 0…80, and 0. Frozen here: the
 * application holds the same list (src/usage/latency-histogram.ts) and a test keeps them equal.
 */
const LATENCY_BOUNDS =
  '{0,1,2,3,4,5,6,7,8,10,12,14,16,20,23,27,32,39,46,54,64,77,91,108,128,153,182,216,256,305,363,431,512,609,725,862,1024,1218,1449,1723,2048,2436,2897,3445,4096,4871,5793,6889,8192,9742,11586,13778,16384,19484,23171,27555,32768,38968,46341,55109,65536,77936,92682,110218,131072,155872,185364,220436,262144,311744,370728,440872,524288,623488,741456,881744,1048576}';

/**
 * Folds the rows of `source` into usage_daily. Rows are grouped per bucket first, so the plpgsql
 * histogram step runs once per (group, bucket), not once per row. ORDER BY the key makes
 * concurrent batches lock roll-up rows in the same order: they wait for each other, never deadlock.
 * Rows without a user or a time belong to no one's analytics and are skipped.
 */
function rollUp(source: string): string {
  return `
        INSERT INTO usage_daily AS d (user_id, day, endpoint, method, requests, errors, timed_requests, total_response_ms, latency_histogram)
        SELECT user_id, day, endpoint, method, SUM(n)::integer, SUM(failed)::integer, SUM(timed)::integer, SUM(total_ms)::bigint,
               usage_histogram_agg(bucket, timed::integer)
          FROM (SELECT user_id, (created_at AT TIME ZONE 'UTC')::date AS day, endpoint, method,
                       usage_latency_bucket(response_time_ms) AS bucket, COUNT(*) AS n,
                       COUNT(*) FILTER (WHERE status_code >= 400) AS failed, COUNT(response_time_ms) AS timed,
                       COALESCE(SUM(response_time_ms), 0) AS total_ms
                  FROM ${source}
                 WHERE user_id IS NOT NULL AND created_at IS NOT NULL
                 GROUP BY 1, 2, 3, 4, 5) AS per_bucket
         GROUP BY user_id, day, endpoint, method
         ORDER BY user_id, day, endpoint, method
        ON CONFLICT (user_id, day, endpoint, method) DO UPDATE SET
            requests = d.requests + EXCLUDED.requests,
            errors = d.errors + EXCLUDED.errors,
            timed_requests = d.timed_requests + EXCLUDED.timed_requests,
            total_response_ms = d.total_response_ms + EXCLUDED.total_response_ms,
            latency_histogram = usage_histogram_add(d.latency_histogram, EXCLUDED.latency_histogram)`;
}

export class UsageDailyRollup1795616584341 implements MigrationInterface {
  name = 'UsageDailyRollup1795616584341';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "usage_daily" ("user_id" uuid NOT NULL, "day" date NOT NULL, "endpoint" character varying(255) NOT NULL, "method" character varying(10) NOT NULL, "requests" integer NOT NULL, "errors" integer NOT NULL, "timed_requests" integer NOT NULL, "total_response_ms" bigint NOT NULL, "latency_histogram" integer array NOT NULL, CONSTRAINT "PK_9268a0fc461ce174960681b8c79" PRIMARY KEY ("user_id", "day", "endpoint", "method"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_usage_logs_user_id_errors" ON "usage_logs"  ("user_id", "created_at") WHERE "status_code" >= 400`,
    );
    await queryRunner.query(
      `ALTER TABLE "usage_daily" ADD CONSTRAINT "FK_203b27e5e3fbbe9bbf427ccea26" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // The 1-based bucket of a response time; NULL for NULL. A plain SQL function: inlined by the planner.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION usage_latency_bucket(ms integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT width_bucket(GREATEST(ms, 0), '${LATENCY_BOUNDS}'::integer[]) $$`);
    // Histograms are trimmed after their last non-empty bucket, so short arrays grow here.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION usage_histogram_step(state integer[], bucket integer, n integer) RETURNS integer[]
            LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
            DECLARE
                len integer := COALESCE(array_length(state, 1), 0);
            BEGIN
                IF bucket IS NULL OR n IS NULL OR n = 0 THEN
                    RETURN state;
                END IF;
                IF bucket > len THEN
                    state := state || array_fill(0, ARRAY[bucket - len]);
                END IF;
                state[bucket] := state[bucket] + n;
                RETURN state;
            END $$`);
    await queryRunner.query(
      `CREATE OR REPLACE AGGREGATE usage_histogram_agg(integer, integer) (SFUNC = usage_histogram_step, STYPE = integer[], INITCOND = '{}')`,
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION usage_histogram_add(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT COALESCE(array_agg(COALESCE(x, 0) + COALESCE(y, 0) ORDER BY i), '{}') FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i) $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION usage_daily_roll_up() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                ${rollUp('inserted')};
                RETURN NULL;
            END $$`);

    // Writers wait from here to commit (SHARE ROW EXCLUSIVE conflicts with INSERT), so every row
    // is counted exactly once: by the backfill if committed before, by the trigger if after.
    await queryRunner.query(`LOCK TABLE usage_logs IN SHARE ROW EXCLUSIVE MODE`);
    await queryRunner.query(`CREATE TRIGGER usage_daily_roll_up AFTER INSERT ON usage_logs REFERENCING NEW TABLE AS inserted
            FOR EACH STATEMENT EXECUTE FUNCTION usage_daily_roll_up()`);
    await queryRunner.query(rollUp('usage_logs'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER usage_daily_roll_up ON usage_logs`);
    await queryRunner.query(`DROP FUNCTION usage_daily_roll_up()`);
    await queryRunner.query(`DROP FUNCTION usage_histogram_add(integer[], integer[])`);
    await queryRunner.query(`DROP AGGREGATE usage_histogram_agg(integer, integer)`);
    await queryRunner.query(`DROP FUNCTION usage_histogram_step(integer[], integer, integer)`);
    await queryRunner.query(`DROP FUNCTION usage_latency_bucket(integer)`);
    await queryRunner.query(`ALTER TABLE "usage_daily" DROP CONSTRAINT "FK_203b27e5e3fbbe9bbf427ccea26"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_usage_logs_user_id_errors"`);
    await queryRunner.query(`DROP TABLE "usage_daily"`);
  }
}
