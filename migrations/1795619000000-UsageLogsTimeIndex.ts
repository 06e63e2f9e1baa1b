import { MigrationInterface, QueryRunner } from 'typeorm';

// Usage logs: a BRIN index on created_at for service-wide time ranges (retention deletes, the
// 24-hour figures of /metrics), which the (user_id, created_at) index cannot serve. Written by hand:
// TypeORM cannot declare BRIN (the entity marks the index synchronize: false).

export class UsageLogsTimeIndex1795619000000 implements MigrationInterface {
  name = 'UsageLogsTimeIndex1795619000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_usage_logs_created_at_brin" ON "usage_logs" USING brin ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_usage_logs_created_at_brin"`);
  }
}
