import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795785969778 implements MigrationInterface {
  name = 'Initial1795785969778';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "devices"."outbox" ("position" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "type" text NOT NULL, "version" integer NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_cc0c9e40998e45ecfc5e313429d" UNIQUE ("event_id"), CONSTRAINT "PK_eaeb48f0dd30890d452d108804b" PRIMARY KEY ("position"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_unpublished" ON "devices"."outbox"  ("position") WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "devices"."processed_event" ("consumer" text NOT NULL, "event_id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df88f54e67ec5c5caece922a498" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "devices"."consumer_offset" ("consumer" text NOT NULL, "position" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c4fbe4325282bfc87762e6bc73" PRIMARY KEY ("consumer"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "devices"."toner_product" ("sku" text NOT NULL, "name" text NOT NULL, "colour" text NOT NULL, CONSTRAINT "PK_6c2ab22ebf8bb9d52d8aee76a63" PRIMARY KEY ("sku"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "devices"."device_model" ("id" uuid NOT NULL, "name" text NOT NULL, "colour" boolean NOT NULL, "pages_per_minute" integer NOT NULL, "meters" text array NOT NULL, "toner_skus" text array NOT NULL, CONSTRAINT "UQ_2529a68da9417e5752c23321334" UNIQUE ("name"), CONSTRAINT "PK_0ad50a03f4778f2d1dc83386a77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "devices"."device" ("id" uuid NOT NULL, "serial_number" text NOT NULL, "model_id" uuid NOT NULL, "account_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'ACTIVE', "installed_at" date NOT NULL, "e_maintenance" boolean NOT NULL DEFAULT false, "stock_location_id" uuid, "time_zone" text NOT NULL DEFAULT 'Europe/Copenhagen', "revision" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "location_address" text NOT NULL, "location_building" text, "location_floor" text, "location_room" text, "location_note" text, "location_contact_name" text, "location_contact_phone" text, "contract_number" text NOT NULL, "contract_response_time_hours" integer NOT NULL, "contract_billed_meters" text array NOT NULL, "contract_reading_frequency" text NOT NULL, CONSTRAINT "UQ_c7f756679d925ed3d51af6cb8f2" UNIQUE ("serial_number"), CONSTRAINT "PK_2dc10972aa4e27c01378dad2c72" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "device_stock_location" ON "devices"."device"  ("stock_location_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "device_account_serial" ON "devices"."device"  ("account_id", "serial_number") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "devices"."device_account_serial"`);
    await queryRunner.query(`DROP INDEX "devices"."device_stock_location"`);
    await queryRunner.query(`DROP TABLE "devices"."device"`);
    await queryRunner.query(`DROP TABLE "devices"."device_model"`);
    await queryRunner.query(`DROP TABLE "devices"."toner_product"`);
    await queryRunner.query(`DROP TABLE "devices"."consumer_offset"`);
    await queryRunner.query(`DROP TABLE "devices"."processed_event"`);
    await queryRunner.query(`DROP INDEX "devices"."outbox_unpublished"`);
    await queryRunner.query(`DROP TABLE "devices"."outbox"`);
  }
}
