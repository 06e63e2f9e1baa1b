import { MigrationInterface, QueryRunner } from 'typeorm';

// Usage logs: usage_logs.api_key_id, the API key a request was made with (null for an access token),
// kept as NULL when the key is deleted; partial index on (api_key_id, created_at) for keyed rows. Generated.

export class UsageLogApiKey1795616527916 implements MigrationInterface {
  name = 'UsageLogApiKey1795616527916';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "usage_logs" ADD "api_key_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "IDX_usage_logs_api_key_id_created_at" ON "usage_logs" ("api_key_id", "created_at") WHERE "api_key_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "usage_logs" ADD CONSTRAINT "FK_71db9a347f0639d5a0537cc06f9" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "usage_logs" DROP CONSTRAINT "FK_71db9a347f0639d5a0537cc06f9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_usage_logs_api_key_id_created_at"`);
    await queryRunner.query(`ALTER TABLE "usage_logs" DROP COLUMN "api_key_id"`);
  }
}
