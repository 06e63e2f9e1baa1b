import { MigrationInterface, QueryRunner } from 'typeorm';

// Usage logs: the user and API-key references are checked once per batch instead of once per row.
//
// A foreign key checks every inserted row on its own (an index probe and a row lock on the users
// row, and again on the api_keys row): measured, a third of PostgreSQL's CPU per usage row. The
// batch INSERT (src/usage/usage-log.sql.ts) already joins each record to users and api_keys, leaving
// the reference empty when the user or key is gone; it now also locks each referenced user and key
// once per batch (FOR KEY SHARE, what a foreign key check takes per row), so a delete waits for the
// batch to commit, exactly as it waited for the foreign keys' locks.
//
// ON DELETE SET NULL becomes a trigger on users and on api_keys doing what the foreign key action
// did (one UPDATE through the (user_id, created_at) or (api_key_id, created_at) index). It runs
// after the delete has waited for any batch holding the row's lock, and in READ COMMITTED its UPDATE
// sees that batch's rows. Only our batch INSERT and the bench/seed scripts write usage_logs.

const FK_USER = 'FK_7b39630636b5b0339d718dd8a11';
const FK_API_KEY = 'FK_71db9a347f0639d5a0537cc06f9';

export class UsageLogsBatchReferences1796417300000 implements MigrationInterface {
  name = 'UsageLogsBatchReferences1796417300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION usage_logs_forget_user() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE usage_logs SET user_id = NULL WHERE user_id = OLD.id;
                RETURN NULL;
            END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION usage_logs_forget_api_key() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE usage_logs SET api_key_id = NULL WHERE api_key_id = OLD.id;
                RETURN NULL;
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER usage_logs_forget_user AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION usage_logs_forget_user()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER usage_logs_forget_api_key AFTER DELETE ON api_keys FOR EACH ROW EXECUTE FUNCTION usage_logs_forget_api_key()`,
    );
    await queryRunner.query(`ALTER TABLE "usage_logs" DROP CONSTRAINT "${FK_USER}"`);
    await queryRunner.query(`ALTER TABLE "usage_logs" DROP CONSTRAINT "${FK_API_KEY}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER usage_logs_forget_api_key ON api_keys`);
    await queryRunner.query(`DROP TRIGGER usage_logs_forget_user ON users`);
    await queryRunner.query(`DROP FUNCTION usage_logs_forget_api_key()`);
    await queryRunner.query(`DROP FUNCTION usage_logs_forget_user()`);
    // A reference to a row that is gone (only a hand-written INSERT could make one) would stop the constraint.
    await queryRunner.query(
      `UPDATE "usage_logs" l SET "user_id" = NULL WHERE "user_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = l."user_id")`,
    );
    await queryRunner.query(
      `UPDATE "usage_logs" l SET "api_key_id" = NULL WHERE "api_key_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "api_keys" k WHERE k."id" = l."api_key_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "usage_logs" ADD CONSTRAINT "${FK_USER}" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "usage_logs" ADD CONSTRAINT "${FK_API_KEY}" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }
}
