import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795788900954 implements MigrationInterface {
  name = 'Initial1795788900954';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "service_orders"."outbox" ("position" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "type" text NOT NULL, "version" integer NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_cc0c9e40998e45ecfc5e313429d" UNIQUE ("event_id"), CONSTRAINT "PK_eaeb48f0dd30890d452d108804b" PRIMARY KEY ("position"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_unpublished" ON "service_orders"."outbox"  ("position") WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_orders"."processed_event" ("consumer" text NOT NULL, "event_id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df88f54e67ec5c5caece922a498" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_orders"."consumer_offset" ("consumer" text NOT NULL, "position" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c4fbe4325282bfc87762e6bc73" PRIMARY KEY ("consumer"))`,
    );
    // "sequence" BIGSERIAL: the PostgreSQL sequence service_order_sequence_seq numbers the orders (SO-000123).
    await queryRunner.query(
      `CREATE TABLE "service_orders"."service_order" ("id" uuid NOT NULL, "sequence" BIGSERIAL NOT NULL, "device_id" uuid NOT NULL, "type" text NOT NULL, "status" text NOT NULL, "channel" text NOT NULL, "description" text NOT NULL, "error_code" text, "contact_name" text NOT NULL, "contact_phone" text NOT NULL, "contact_email" text, "calendar" text NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "response_time_hours" integer NOT NULL, "response_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "responded_at" TIMESTAMP WITH TIME ZONE, "scheduled_visit_at" TIMESTAMP WITH TIME ZONE, "technician_id" uuid, "technician_name" text, "created_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d446532815454e173d205cf4a8b" UNIQUE ("sequence"), CONSTRAINT "PK_b01a59b48a0dfbd84dd8221364a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "service_order_one_open_breakdown" ON "service_orders"."service_order"  ("device_id") WHERE type = 'BREAKDOWN' AND status IN ('SUBMITTED', 'ACKNOWLEDGED', 'SCHEDULED', 'IN_PROGRESS')`,
    );
    await queryRunner.query(
      `CREATE INDEX "service_order_queue" ON "service_orders"."service_order"  ("response_due_at", "sequence") `,
    );
    await queryRunner.query(
      `CREATE INDEX "service_order_device" ON "service_orders"."service_order"  ("device_id", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "service_orders"."service_order_event" ("id" BIGSERIAL NOT NULL, "order_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor" text NOT NULL, "actor_name" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "comment" text, "internal" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_cd2739247b027166e977c347a35" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "service_order_event_order" ON "service_orders"."service_order_event"  ("order_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "service_orders"."device_projection" ("device_id" uuid NOT NULL, "revision" integer NOT NULL, "serial_number" text NOT NULL, "account_id" uuid NOT NULL, "status" text NOT NULL, "snapshot" jsonb NOT NULL, CONSTRAINT "PK_a51a8183cca1c19c21b95c29897" PRIMARY KEY ("device_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "device_projection_account" ON "service_orders"."device_projection"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "service_orders"."outgoing_mail" ("id" BIGSERIAL NOT NULL, "to" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_ed85381cac829352bf9e8238ff8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outgoing_mail_unsent" ON "service_orders"."outgoing_mail"  ("id") WHERE sent_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "service_orders"."outgoing_mail_unsent"`);
    await queryRunner.query(`DROP TABLE "service_orders"."outgoing_mail"`);
    await queryRunner.query(`DROP INDEX "service_orders"."device_projection_account"`);
    await queryRunner.query(`DROP TABLE "service_orders"."device_projection"`);
    await queryRunner.query(`DROP INDEX "service_orders"."service_order_event_order"`);
    await queryRunner.query(`DROP TABLE "service_orders"."service_order_event"`);
    await queryRunner.query(`DROP INDEX "service_orders"."service_order_device"`);
    await queryRunner.query(`DROP INDEX "service_orders"."service_order_queue"`);
    await queryRunner.query(`DROP INDEX "service_orders"."service_order_one_open_breakdown"`);
    await queryRunner.query(`DROP TABLE "service_orders"."service_order"`);
    await queryRunner.query(`DROP TABLE "service_orders"."consumer_offset"`);
    await queryRunner.query(`DROP TABLE "service_orders"."processed_event"`);
    await queryRunner.query(`DROP INDEX "service_orders"."outbox_unpublished"`);
    await queryRunner.query(`DROP TABLE "service_orders"."outbox"`);
  }
}
