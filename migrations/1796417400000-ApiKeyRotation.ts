import { MigrationInterface, QueryRunner } from 'typeorm';

// Key rotation with a grace period: api_keys.replaced_by_id (the key that replaced this one; SET NULL
// should that row ever go, indexed for that ON DELETE) and rotated_at. The grace end itself is the
// old key's expires_at, which verification already honours on every instance. Generated.

export class ApiKeyRotation1796417400000 implements MigrationInterface {
  name = 'ApiKeyRotation1796417400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "replaced_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "rotated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_api_keys_replaced_by_id" ON "api_keys"  ("replaced_by_id") `);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_32fb82c2577605eda4694eb8335" FOREIGN KEY ("replaced_by_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_32fb82c2577605eda4694eb8335"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_api_keys_replaced_by_id"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "rotated_at"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "replaced_by_id"`);
  }
}
