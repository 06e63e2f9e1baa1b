import { MigrationInterface, QueryRunner } from 'typeorm';

// API keys: api_keys.prefix, the key's visible start (`aet_` + 8 characters) for recognising it.
// Generated; hand-edited so rows from before (none expected) get '' rather than failing the NOT NULL.

export class ApiKeyPrefix1795611661485 implements MigrationInterface {
  name = 'ApiKeyPrefix1795611661485';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "prefix" character varying(16) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "api_keys" ALTER COLUMN "prefix" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "prefix"`);
  }
}
