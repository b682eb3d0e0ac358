import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795788918012 implements MigrationInterface {
  name = 'Initial1795788918012';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."outbox" ("position" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "type" text NOT NULL, "version" integer NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_cc0c9e40998e45ecfc5e313429d" UNIQUE ("event_id"), CONSTRAINT "PK_eaeb48f0dd30890d452d108804b" PRIMARY KEY ("position"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_unpublished" ON "meter_readings"."outbox"  ("position") WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."processed_event" ("consumer" text NOT NULL, "event_id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df88f54e67ec5c5caece922a498" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."consumer_offset" ("consumer" text NOT NULL, "position" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c4fbe4325282bfc87762e6bc73" PRIMARY KEY ("consumer"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."device_projection" ("device_id" uuid NOT NULL, "revision" integer NOT NULL, "serial_number" text NOT NULL, "account_id" uuid NOT NULL, "status" text NOT NULL, "snapshot" jsonb NOT NULL, CONSTRAINT "PK_a51a8183cca1c19c21b95c29897" PRIMARY KEY ("device_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "device_projection_serial_number" ON "meter_readings"."device_projection"  ("serial_number") `,
    );
    await queryRunner.query(
      `CREATE INDEX "device_projection_account" ON "meter_readings"."device_projection"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."meter_reading" ("id" uuid NOT NULL, "device_id" uuid NOT NULL, "reading_date" date NOT NULL, "source" text NOT NULL, "submitted_by" text NOT NULL, "submitted_by_name" text, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "previous_reading_date" date, "idempotency_key" text, CONSTRAINT "meter_reading_device_day" UNIQUE ("device_id", "reading_date"), CONSTRAINT "PK_933383ce48c42f14109fdaed881" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."meter_reading_value" ("reading_id" uuid NOT NULL, "meter" text NOT NULL, "value" bigint NOT NULL, "usage_since_previous" bigint, CONSTRAINT "PK_b33bc41f74d1ff72b17d6bd6b5a" PRIMARY KEY ("reading_id", "meter"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."meter_reading_request" ("actor" text NOT NULL, "idempotency_key" text NOT NULL, "request_hash" text NOT NULL, "reading_id" uuid, "user_errors" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_60b6e079f5d190d96cbb9c1c606" PRIMARY KEY ("actor", "idempotency_key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meter_readings"."meter_reading_request"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."meter_reading_value"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."meter_reading"`);
    await queryRunner.query(`DROP INDEX "meter_readings"."device_projection_account"`);
    await queryRunner.query(`DROP INDEX "meter_readings"."device_projection_serial_number"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."device_projection"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."consumer_offset"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."processed_event"`);
    await queryRunner.query(`DROP INDEX "meter_readings"."outbox_unpublished"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."outbox"`);
  }
}
