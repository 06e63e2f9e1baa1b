import { MigrationInterface, QueryRunner } from 'typeorm';

// Per-key analytics: api_key_usage_daily (per API key/day/endpoint/method: counts per status class and a latency
// histogram) and api_key_last_use (time and client address of each key's latest logged request), both kept by one
// more statement-level trigger on usage_logs (one grouped upsert each per batch the usage recorder writes, nothing per
// request, no new index on usage_logs), and backfilled from existing rows. Reuses UsageDailyRollup's histogram functions.

/**
 * Folds the keyed rows of `source` into api_key_usage_daily, as UsageDailyRollup folds them into
 * usage_daily: per bucket first (the plpgsql histogram step runs once per group and bucket), then
 * ORDER BY the key, so concurrent batches lock roll-up rows in one order and never deadlock.
 * 4xx counts every 4xx but 429, which has its own column.
 */
function rollUp(source: string): string {
  return `
        INSERT INTO api_key_usage_daily AS d (api_key_id, day, endpoint, method, requests, status_2xx, status_3xx, status_4xx, status_429,
                                              status_5xx, timed_requests, total_response_ms, latency_histogram)
        SELECT api_key_id, day, endpoint, method, SUM(n)::integer, SUM(s2)::integer, SUM(s3)::integer, SUM(s4)::integer, SUM(s429)::integer,
               SUM(s5)::integer, SUM(timed)::integer, SUM(total_ms)::bigint, usage_histogram_agg(bucket, timed::integer)
          FROM (SELECT api_key_id, (created_at AT TIME ZONE 'UTC')::date AS day, endpoint, method,
                       usage_latency_bucket(response_time_ms) AS bucket, COUNT(*) AS n,
                       COUNT(*) FILTER (WHERE status_code BETWEEN 200 AND 299) AS s2,
                       COUNT(*) FILTER (WHERE status_code BETWEEN 300 AND 399) AS s3,
                       COUNT(*) FILTER (WHERE status_code BETWEEN 400 AND 499 AND status_code <> 429) AS s4,
                       COUNT(*) FILTER (WHERE status_code = 429) AS s429,
                       COUNT(*) FILTER (WHERE status_code BETWEEN 500 AND 599) AS s5,
                       COUNT(response_time_ms) AS timed, COALESCE(SUM(response_time_ms), 0) AS total_ms
                  FROM ${source}
                 WHERE api_key_id IS NOT NULL AND created_at IS NOT NULL
                 GROUP BY 1, 2, 3, 4, 5) AS per_bucket
         GROUP BY api_key_id, day, endpoint, method
         ORDER BY api_key_id, day, endpoint, method
        ON CONFLICT (api_key_id, day, endpoint, method) DO UPDATE SET
            requests = d.requests + EXCLUDED.requests,
            status_2xx = d.status_2xx + EXCLUDED.status_2xx,
            status_3xx = d.status_3xx + EXCLUDED.status_3xx,
            status_4xx = d.status_4xx + EXCLUDED.status_4xx,
            status_429 = d.status_429 + EXCLUDED.status_429,
            status_5xx = d.status_5xx + EXCLUDED.status_5xx,
            timed_requests = d.timed_requests + EXCLUDED.timed_requests,
            total_response_ms = d.total_response_ms + EXCLUDED.total_response_ms,
            latency_histogram = usage_histogram_add(d.latency_histogram, EXCLUDED.latency_histogram)`;
}

/**
 * Each key's latest row of `source` into api_key_last_use. Only forward: a batch replayed from the
 * spool (older requests, written late) leaves a newer use in place. Ordered by key, as above.
 */
function lastUse(source: string): string {
  return `
        INSERT INTO api_key_last_use AS l (api_key_id, used_at, ip_address)
        SELECT DISTINCT ON (api_key_id) api_key_id, created_at, ip_address
          FROM ${source}
         WHERE api_key_id IS NOT NULL AND created_at IS NOT NULL
         ORDER BY api_key_id, created_at DESC
        ON CONFLICT (api_key_id) DO UPDATE SET used_at = EXCLUDED.used_at, ip_address = EXCLUDED.ip_address
         WHERE EXCLUDED.used_at >= l.used_at`;
}

export class ApiKeyUsageRollup1796410000000 implements MigrationInterface {
  name = 'ApiKeyUsageRollup1796410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_key_last_use" ("api_key_id" uuid NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip_address" character varying(45), CONSTRAINT "PK_6142b5a114dd354b8bd61dc36d3" PRIMARY KEY ("api_key_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_key_usage_daily" ("api_key_id" uuid NOT NULL, "day" date NOT NULL, "endpoint" character varying(255) NOT NULL, "method" character varying(10) NOT NULL, "requests" integer NOT NULL, "status_2xx" integer NOT NULL, "status_3xx" integer NOT NULL, "status_4xx" integer NOT NULL, "status_429" integer NOT NULL, "status_5xx" integer NOT NULL, "timed_requests" integer NOT NULL, "total_response_ms" bigint NOT NULL, "latency_histogram" integer array NOT NULL, CONSTRAINT "PK_0347053e6f132e6daa8055a5a36" PRIMARY KEY ("api_key_id", "day", "endpoint", "method"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_key_last_use" ADD CONSTRAINT "FK_6142b5a114dd354b8bd61dc36d3" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_key_usage_daily" ADD CONSTRAINT "FK_343f037672c07e35d3cca32903d" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // A statement that wrote no keyed row (access-token traffic) costs one scan of its transition table and no write.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION api_key_usage_roll_up() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                ${rollUp('inserted')};
                ${lastUse('inserted')};
                RETURN NULL;
            END $$`);

    // As in UsageDailyRollup: writers wait from here to commit, so every row is counted exactly once.
    await queryRunner.query(`LOCK TABLE usage_logs IN SHARE ROW EXCLUSIVE MODE`);
    await queryRunner.query(`CREATE TRIGGER api_key_usage_roll_up AFTER INSERT ON usage_logs REFERENCING NEW TABLE AS inserted
            FOR EACH STATEMENT EXECUTE FUNCTION api_key_usage_roll_up()`);
    await queryRunner.query(rollUp('usage_logs'));
    await queryRunner.query(lastUse('usage_logs'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER api_key_usage_roll_up ON usage_logs`);
    await queryRunner.query(`DROP FUNCTION api_key_usage_roll_up()`);
    await queryRunner.query(`ALTER TABLE "api_key_usage_daily" DROP CONSTRAINT "FK_343f037672c07e35d3cca32903d"`);
    await queryRunner.query(`ALTER TABLE "api_key_last_use" DROP CONSTRAINT "FK_6142b5a114dd354b8bd61dc36d3"`);
    await queryRunner.query(`DROP TABLE "api_key_usage_daily"`);
    await queryRunner.query(`DROP TABLE "api_key_last_use"`);
  }
}
