import { MigrationInterface, QueryRunner } from 'typeorm';

// The seed's five tables, column for column. ON DELETE: api_keys and subscriptions go with their
// user (CASCADE); usage_logs keep their rows anonymised (SET NULL) so service-wide figures hold.

export class InitialSchema1795606785891 implements MigrationInterface {
  name = 'InitialSchema1795606785891';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(255) NOT NULL, "hashed_password" character varying(255), "full_name" character varying(255), "subscription_tier" character varying(50) DEFAULT 'free', "stripe_customer_id" character varying(255), "is_active" boolean DEFAULT true, "is_verified" boolean DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "last_login" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "UQ_5ffbe395603641c29e8ce9b4c97" UNIQUE ("stripe_customer_id"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "key_hash" character varying(255) NOT NULL, "name" character varying(255) NOT NULL, "is_active" boolean DEFAULT true, "last_used" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_57384430aa1959f4578046c9b81" UNIQUE ("key_hash"), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_api_keys_user_id" ON "api_keys"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "token_blacklist" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_jti" character varying(255) NOT NULL, "token_type" character varying(50) NOT NULL, "revoked_by" character varying(255), "revocation_reason" character varying(255), "created_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_7cdc3eb552f33f9fa94e4e2fb34" UNIQUE ("token_jti"), CONSTRAINT "PK_3e37528d03f0bd5335874afa48d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_token_blacklist_expires_at" ON "token_blacklist"  ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "stripe_subscription_id" character varying(255), "stripe_price_id" character varying(255), "tier" character varying(50) NOT NULL, "status" character varying(50) DEFAULT 'active', "current_period_start" TIMESTAMP WITH TIME ZONE, "current_period_end" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), "canceled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_3a2d09d943f39912a01831a9272" UNIQUE ("stripe_subscription_id"), CONSTRAINT "PK_a87248d73155605cf782be9ee5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_subscriptions_user_id" ON "subscriptions"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_subscriptions_status" ON "subscriptions"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "usage_logs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "endpoint" character varying(255) NOT NULL, "method" character varying(10) NOT NULL, "status_code" integer NOT NULL, "ip_address" character varying(45), "user_agent" text, "response_time_ms" integer, "error_type" character varying(255), "error_message" text, "created_at" TIMESTAMP WITH TIME ZONE DEFAULT now(), CONSTRAINT "PK_38ed6efac407c7a3f818d90c279" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_usage_logs_user_id_created_at" ON "usage_logs"  ("user_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_a3baee01d8408cd3c0f89a9a973" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subscriptions" ADD CONSTRAINT "FK_d0a95ef8a28188364c546eb65c1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "usage_logs" ADD CONSTRAINT "FK_7b39630636b5b0339d718dd8a11" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "usage_logs" DROP CONSTRAINT "FK_7b39630636b5b0339d718dd8a11"`);
    await queryRunner.query(`ALTER TABLE "subscriptions" DROP CONSTRAINT "FK_d0a95ef8a28188364c546eb65c1"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_a3baee01d8408cd3c0f89a9a973"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_usage_logs_user_id_created_at"`);
    await queryRunner.query(`DROP TABLE "usage_logs"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_subscriptions_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_subscriptions_user_id"`);
    await queryRunner.query(`DROP TABLE "subscriptions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_token_blacklist_expires_at"`);
    await queryRunner.query(`DROP TABLE "token_blacklist"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_api_keys_user_id"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
