import { MigrationInterface, QueryRunner } from 'typeorm';

// security_events: what happened to an account (sign-ups, logins and their failures, lockouts,
// refresh-token reuse, password, email, key and tier changes), with time, IP and user agent.
// No foreign key (see the entity). Read newest first per user: (user_id, created_at DESC); the
// retention clean-up deletes by created_at alone.

export class SecurityEvents1796416928751 implements MigrationInterface {
  name = 'SecurityEvents1796416928751';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "security_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "type" character varying(40) NOT NULL, "ip_address" character varying(64), "user_agent" character varying(512), "detail" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_security_events_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_security_events_user_created" ON "security_events" ("user_id", "created_at" DESC)`);
    await queryRunner.query(`CREATE INDEX "IDX_security_events_created_at" ON "security_events" ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_security_events_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_security_events_user_created"`);
    await queryRunner.query(`DROP TABLE "security_events"`);
  }
}
