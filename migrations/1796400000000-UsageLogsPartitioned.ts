import { MigrationInterface, QueryRunner } from 'typeorm';

// Usage logs partitioned by UTC month on created_at (declarative range partitioning), so that
// retention drops whole months instead of deleting rows one by one. Written by hand: TypeORM
// cannot declare partitioning.
//
// What partitioning forces, and nothing more: a primary key must contain the partition key, so it
// becomes (id, created_at), and created_at becomes NOT NULL (a key column cannot be null). The
// exactly-once write is unchanged: a record's id and time are both fixed when it is made, so a
// batch sent again still conflicts on (id, created_at) and writes nothing. Rows that had no time
// (only a hand-written INSERT could make one) get the migration's time: kept, and expired one
// retention period from now.
//
// A DEFAULT partition takes any row no month covers (a clock far in the future or the past, a
// month not created yet): without it such an INSERT fails, and the recorder would retry its whole
// batch for ever. The scheduled maintenance keeps it empty in practice: it creates months ahead
// and moves rows of a month it creates out of the default partition.
//
// The rows are copied into the new table (not attached as one big partition) so that history is
// split into months like everything after it. The copy fires no trigger (the roll-up trigger is
// made after it): usage_daily already counts those rows.

/** Columns in the order the table has had since UsageLogApiKey (api_key_id last). */
const COLUMNS = `"id", "user_id", "endpoint", "method", "status_code", "ip_address", "user_agent", "response_time_ms", "error_type", "error_message", "created_at", "api_key_id"`;

/** Months covered ahead of the current one at migration time; the maintenance job keeps it so. */
const MONTHS_AHEAD = 2;

function columnsDdl(createdAt: string): string {
  return `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "endpoint" character varying(255) NOT NULL, "method" character varying(10) NOT NULL, "status_code" integer NOT NULL, "ip_address" character varying(45), "user_agent" text, "response_time_ms" integer, "error_type" character varying(255), "error_message" text, ${createdAt}, "api_key_id" uuid`;
}

/** `usage_logs_y2026m03` for March 2026: the name the maintenance job gives the same month. */
function monthPartition(year: number, month: number): { name: string; from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    name: `usage_logs_y${year}m${pad(month)}`,
    from: `${year}-${pad(month)}-01 00:00:00+00`,
    to: `${next.year}-${pad(next.month)}-01 00:00:00+00`,
  };
}

async function createIndexesAndKeys(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE INDEX "IDX_usage_logs_user_id_created_at" ON "usage_logs" ("user_id", "created_at") `);
  await queryRunner.query(`CREATE INDEX "IDX_usage_logs_user_id_errors" ON "usage_logs" ("user_id", "created_at") WHERE "status_code" >= 400`);
  await queryRunner.query(
    `CREATE INDEX "IDX_usage_logs_api_key_id_created_at" ON "usage_logs" ("api_key_id", "created_at") WHERE "api_key_id" IS NOT NULL`,
  );
  await queryRunner.query(`CREATE INDEX "IDX_usage_logs_created_at_brin" ON "usage_logs" USING brin ("created_at")`);
  await queryRunner.query(
    `ALTER TABLE "usage_logs" ADD CONSTRAINT "FK_7b39630636b5b0339d718dd8a11" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  );
  await queryRunner.query(
    `ALTER TABLE "usage_logs" ADD CONSTRAINT "FK_71db9a347f0639d5a0537cc06f9" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  );
  await queryRunner.query(`CREATE TRIGGER usage_daily_roll_up AFTER INSERT ON usage_logs REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION usage_daily_roll_up()`);
}

/** The old table's indexes, dropped before the new table takes their names. */
async function dropIndexes(queryRunner: QueryRunner): Promise<void> {
  for (const index of [
    'IDX_usage_logs_user_id_created_at',
    'IDX_usage_logs_user_id_errors',
    'IDX_usage_logs_api_key_id_created_at',
    'IDX_usage_logs_created_at_brin',
  ]) {
    await queryRunner.query(`DROP INDEX "public"."${index}"`);
  }
}

export class UsageLogsPartitioned1796400000000 implements MigrationInterface {
  name = 'UsageLogsPartitioned1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Writers wait from here to commit: no row is written to the old table after it was copied.
    await queryRunner.query(`LOCK TABLE "usage_logs" IN ACCESS EXCLUSIVE MODE`);
    await queryRunner.query(`ALTER TABLE "usage_logs" RENAME TO "usage_logs_unpartitioned"`);
    await dropIndexes(queryRunner);
    await queryRunner.query(`UPDATE "usage_logs_unpartitioned" SET "created_at" = now() WHERE "created_at" IS NULL`);

    await queryRunner.query(
      `CREATE TABLE "usage_logs" (${columnsDdl(`"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`)}) PARTITION BY RANGE ("created_at")`,
    );
    // Every month that has rows, up to the last month created ahead; rows past it wait in the default partition.
    const months = (await queryRunner.query(`
            SELECT DISTINCT extract(year FROM m)::int AS year, extract(month FROM m)::int AS month
              FROM (SELECT date_trunc('month', "created_at" AT TIME ZONE 'UTC') AS m FROM "usage_logs_unpartitioned"
                    UNION SELECT date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => g)
                      FROM generate_series(0, ${MONTHS_AHEAD}) AS g) AS months
             WHERE m <= date_trunc('month', now() AT TIME ZONE 'UTC') + make_interval(months => ${MONTHS_AHEAD})
             ORDER BY 1, 2`)) as Array<{ year: number; month: number }>;
    for (const { year, month } of months) {
      const { name, from, to } = monthPartition(year, month);
      await queryRunner.query(`CREATE TABLE "${name}" PARTITION OF "usage_logs" FOR VALUES FROM ('${from}') TO ('${to}')`);
    }
    await queryRunner.query(`CREATE TABLE "usage_logs_default" PARTITION OF "usage_logs" DEFAULT`);

    await queryRunner.query(`INSERT INTO "usage_logs" (${COLUMNS}) SELECT ${COLUMNS} FROM "usage_logs_unpartitioned"`);
    await queryRunner.query(`DROP TABLE "usage_logs_unpartitioned"`);
    // Indexes and keys after the copy: one build per partition is cheaper than maintaining them row by row.
    await queryRunner.query(`ALTER TABLE "usage_logs" ADD CONSTRAINT "PK_e5a99cc0d28afe047dc20982060" PRIMARY KEY ("id", "created_at")`);
    await createIndexesAndKeys(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`LOCK TABLE "usage_logs" IN ACCESS EXCLUSIVE MODE`);
    await queryRunner.query(`ALTER TABLE "usage_logs" RENAME TO "usage_logs_partitioned"`);
    await dropIndexes(queryRunner);
    // As UsageLogApiKey left it: primary key (id), created_at nullable.
    await queryRunner.query(
      `CREATE TABLE "usage_logs" (${columnsDdl(`"created_at" TIMESTAMP WITH TIME ZONE DEFAULT now()`)}, CONSTRAINT "PK_38ed6efac407c7a3f818d90c279" PRIMARY KEY ("id"))`,
    );
    // Two rows with one id and different times (allowed by the partitioned key) stop the revert here, loudly.
    await queryRunner.query(`INSERT INTO "usage_logs" (${COLUMNS}) SELECT ${COLUMNS} FROM "usage_logs_partitioned"`);
    // The partitions go with their parent (the trigger too).
    await queryRunner.query(`DROP TABLE "usage_logs_partitioned"`);
    await createIndexesAndKeys(queryRunner);
  }
}
