import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796175925108 implements MigrationInterface {
  name = 'Webhooks1796175925108';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."webhook_endpoint" ("id" uuid NOT NULL, "account_id" uuid NOT NULL, "url" text NOT NULL, "description" text NOT NULL DEFAULT '', "event_types" text array NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" text, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_endpoint_account" ON "identity"."webhook_endpoint"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."webhook_secret" ("id" BIGSERIAL NOT NULL, "endpoint_id" uuid NOT NULL, "sealed" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5846dcede2111cca14b94f259eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_secret_endpoint" ON "identity"."webhook_secret"  ("endpoint_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."webhook_message" ("id" BIGSERIAL NOT NULL, "endpoint_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "leased_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retry_since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_07903a2e1c41801efd06f7110b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_message_due" ON "identity"."webhook_message"  ("next_attempt_at") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_message_pending_aggregate" ON "identity"."webhook_message"  ("endpoint_id", "aggregate_id", "id") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_message_endpoint_newest" ON "identity"."webhook_message"  ("endpoint_id", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "webhook_message_event" ON "identity"."webhook_message"  ("endpoint_id", "event_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."webhook_attempt" ("id" BIGSERIAL NOT NULL, "message_id" bigint NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "duration_ms" integer NOT NULL, "response_excerpt" text, "error" text, CONSTRAINT "PK_e4ff77b66cdd20591ba6189a1f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_attempt_message" ON "identity"."webhook_attempt"  ("message_id", "id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "identity"."webhook_attempt_message"`);
    await queryRunner.query(`DROP TABLE "identity"."webhook_attempt"`);
    await queryRunner.query(`DROP INDEX "identity"."webhook_message_event"`);
    await queryRunner.query(`DROP INDEX "identity"."webhook_message_endpoint_newest"`);
    await queryRunner.query(`DROP INDEX "identity"."webhook_message_pending_aggregate"`);
    await queryRunner.query(`DROP INDEX "identity"."webhook_message_due"`);
    await queryRunner.query(`DROP TABLE "identity"."webhook_message"`);
    await queryRunner.query(`DROP INDEX "identity"."webhook_secret_endpoint"`);
    await queryRunner.query(`DROP TABLE "identity"."webhook_secret"`);
    await queryRunner.query(`DROP INDEX "identity"."webhook_endpoint_account"`);
    await queryRunner.query(`DROP TABLE "identity"."webhook_endpoint"`);
  }
}
