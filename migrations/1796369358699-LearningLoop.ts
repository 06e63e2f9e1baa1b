import { MigrationInterface, QueryRunner } from 'typeorm';

// The loop that learns: answer_feedback (one rating per user and answer, named by the answer's signed
// id; deleted with the user), unknown_errors (masked fingerprints of unrecognised errors counted per
// UTC day, no user), and users.share_unrecognised_errors (the opt-out, on by default). Generated.

export class LearningLoop1796369358699 implements MigrationInterface {
  name = 'LearningLoop1796369358699';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "answer_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "answer_id" character varying(400) NOT NULL, "language" character varying(20) NOT NULL, "error_type" character varying(200) NOT NULL, "pattern_id" character varying(100), "helpful" boolean NOT NULL, "comment" character varying(1000), "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_23599b2d46f847ee9ead43109f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_answer_feedback_updated_at" ON "answer_feedback"  ("updated_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_answer_feedback_user_answer" ON "answer_feedback"  ("user_id", "answer_id") `);
    await queryRunner.query(
      `CREATE TABLE "unknown_errors" ("fingerprint" character varying(64) NOT NULL, "day" date NOT NULL, "language" character varying(20) NOT NULL, "masked_line" character varying(200) NOT NULL, "count" bigint NOT NULL, "first_seen" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_711f79e9574acc5b2e2909e52f8" PRIMARY KEY ("fingerprint", "day"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_unknown_errors_day" ON "unknown_errors"  ("day") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "share_unrecognised_errors" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "answer_feedback" ADD CONSTRAINT "FK_ac364b9871bff4bebf2e6e90402" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "answer_feedback" DROP CONSTRAINT "FK_ac364b9871bff4bebf2e6e90402"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "share_unrecognised_errors"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_unknown_errors_day"`);
    await queryRunner.query(`DROP TABLE "unknown_errors"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_answer_feedback_user_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_answer_feedback_updated_at"`);
    await queryRunner.query(`DROP TABLE "answer_feedback"`);
  }
}
