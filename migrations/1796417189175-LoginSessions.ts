import { MigrationInterface, QueryRunner } from 'typeorm';

// Sessions you can see and end: one login_sessions row per login (refresh-token family), keyed by the
// family id the tokens carry as `fam`. Generated; the backfill is ours: every family that can still
// refresh (a token neither used, revoked nor expired) gets a row, without user agent or address.

export class LoginSessions1796417189175 implements MigrationInterface {
  name = 'LoginSessions1796417189175';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" character varying(512), "ip_address" character varying(45), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_856ef68c4c116c517937056c7bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_login_sessions_user_id" ON "login_sessions"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_login_sessions_expires_at" ON "login_sessions"  ("expires_at") `);
    await queryRunner.query(
      `ALTER TABLE "login_sessions" ADD CONSTRAINT "FK_b5edc6cc3a246a811005a96e06a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`INSERT INTO "login_sessions" ("id", "user_id", "created_at", "last_refreshed_at", "expires_at")
            SELECT "family_id", MIN("user_id"::text)::uuid, MIN("created_at"), MAX("created_at"), MAX("expires_at") FROM "refresh_tokens"
             WHERE "family_id" IN (SELECT "family_id" FROM "refresh_tokens" WHERE "used_at" IS NULL AND "revoked_at" IS NULL AND "expires_at" > now())
             GROUP BY "family_id"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "login_sessions" DROP CONSTRAINT "FK_b5edc6cc3a246a811005a96e06a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_login_sessions_expires_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_login_sessions_user_id"`);
    await queryRunner.query(`DROP TABLE "login_sessions"`);
  }
}
