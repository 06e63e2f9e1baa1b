import { MigrationInterface, QueryRunner } from 'typeorm';

// Stripe billing: processed_stripe_events (webhook idempotency by event id), and on subscriptions
// cancel_at_period_end, stripe_event_at (ordering of Stripe events) and an index on period end. Generated.

export class BillingState1795616319244 implements MigrationInterface {
  name = 'BillingState1795616319244';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "processed_stripe_events" ("id" character varying(255) NOT NULL, "type" character varying(100) NOT NULL, "event_created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" character varying(20) NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_219d43b789e772d07e8947937b2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "subscriptions" ADD "cancel_at_period_end" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "subscriptions" ADD "stripe_event_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_subscriptions_current_period_end" ON "subscriptions"  ("current_period_end") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_subscriptions_current_period_end"`);
    await queryRunner.query(`ALTER TABLE "subscriptions" DROP COLUMN "stripe_event_at"`);
    await queryRunner.query(`ALTER TABLE "subscriptions" DROP COLUMN "cancel_at_period_end"`);
    await queryRunner.query(`DROP TABLE "processed_stripe_events"`);
  }
}
