import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795789378243 implements MigrationInterface {
  name = 'Initial1795789378243';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "toner"."outbox" ("position" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "type" text NOT NULL, "version" integer NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_cc0c9e40998e45ecfc5e313429d" UNIQUE ("event_id"), CONSTRAINT "PK_eaeb48f0dd30890d452d108804b" PRIMARY KEY ("position"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_unpublished" ON "toner"."outbox"  ("position") WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."processed_event" ("consumer" text NOT NULL, "event_id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df88f54e67ec5c5caece922a498" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."consumer_offset" ("consumer" text NOT NULL, "position" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c4fbe4325282bfc87762e6bc73" PRIMARY KEY ("consumer"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."stock_location" ("id" uuid NOT NULL, "account_id" uuid NOT NULL, "name" text NOT NULL, "shipping_instructions" text NOT NULL DEFAULT '', "address" text NOT NULL, "contact_name" text, "revision" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_adf770067d0df1421f525fa25cc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stock_location_account" ON "toner"."stock_location"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."stock_level" ("location_id" uuid NOT NULL, "sku" text NOT NULL, "quantity" integer NOT NULL, "minimum_level" integer NOT NULL, "target_level" integer NOT NULL, "counted_at" TIMESTAMP WITH TIME ZONE, "counted_by" text, CONSTRAINT "stock_level_target_at_least_minimum" CHECK ("target_level" >= "minimum_level"), CONSTRAINT "stock_level_minimum_not_negative" CHECK ("minimum_level" >= 0), CONSTRAINT "stock_level_quantity_not_negative" CHECK ("quantity" >= 0), CONSTRAINT "PK_d3adb5f1977bdf42e2b5c9742c2" PRIMARY KEY ("location_id", "sku"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."shipment" ("id" uuid NOT NULL, "location_id" uuid NOT NULL, "sku" text NOT NULL, "quantity" integer NOT NULL, "status" text NOT NULL, "reason" text NOT NULL, "alert_id" text, "device_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "revision" integer NOT NULL DEFAULT '1', CONSTRAINT "shipment_status_known" CHECK ("status" IN ('CREATED', 'DISPATCHED', 'DELIVERED')), CONSTRAINT "shipment_quantity_positive" CHECK ("quantity" > 0), CONSTRAINT "PK_f51f635db95c534ca206bf7a0a4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "shipment_open" ON "toner"."shipment"  ("location_id", "sku") WHERE status IN ('CREATED', 'DISPATCHED')`,
    );
    await queryRunner.query(
      `CREATE INDEX "shipment_location_created" ON "toner"."shipment"  ("location_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."shipment_status_change" ("shipment_id" uuid NOT NULL, "status" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by" text NOT NULL, "by_name" text, CONSTRAINT "PK_63a090c75020ce424883ca924dc" PRIMARY KEY ("shipment_id", "status"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."toner_alert" ("alert_id" text NOT NULL, "device_id" uuid NOT NULL, "colour" text NOT NULL, "level_percent" integer NOT NULL, "location_id" uuid NOT NULL, "sku" text NOT NULL, "consumed" boolean NOT NULL, "shipment_id" uuid, "reported_by" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26b3fac4a242a11d7f6a601a716" PRIMARY KEY ("alert_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "toner_alert_location" ON "toner"."toner_alert"  ("location_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."toner_product" ("sku" text NOT NULL, "name" text NOT NULL, "colour" text NOT NULL, CONSTRAINT "PK_6c2ab22ebf8bb9d52d8aee76a63" PRIMARY KEY ("sku"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."device_projection" ("device_id" uuid NOT NULL, "revision" integer NOT NULL, "serial_number" text NOT NULL, "account_id" uuid NOT NULL, "status" text NOT NULL, "snapshot" jsonb NOT NULL, CONSTRAINT "PK_a51a8183cca1c19c21b95c29897" PRIMARY KEY ("device_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "device_projection_account" ON "toner"."device_projection"  ("account_id") `,
    );
    // Added by hand: the devices linked to a stock location (an expression the generator cannot write).
    await queryRunner.query(
      `CREATE INDEX "device_projection_stock_location" ON "toner"."device_projection" ((snapshot->>'stockLocationId'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."stock_level" ADD CONSTRAINT "FK_ba5ec2d0b4110a8f0323a221148" FOREIGN KEY ("location_id") REFERENCES "toner"."stock_location"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" ADD CONSTRAINT "FK_d009fe7dea2d48bfbbe808dd146" FOREIGN KEY ("location_id") REFERENCES "toner"."stock_location"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment_status_change" ADD CONSTRAINT "FK_0c830f4ab098b71cc2856afca35" FOREIGN KEY ("shipment_id") REFERENCES "toner"."shipment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment_status_change" DROP CONSTRAINT "FK_0c830f4ab098b71cc2856afca35"`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" DROP CONSTRAINT "FK_d009fe7dea2d48bfbbe808dd146"`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."stock_level" DROP CONSTRAINT "FK_ba5ec2d0b4110a8f0323a221148"`,
    );
    await queryRunner.query(`DROP INDEX "toner"."device_projection_stock_location"`);
    await queryRunner.query(`DROP INDEX "toner"."device_projection_account"`);
    await queryRunner.query(`DROP TABLE "toner"."device_projection"`);
    await queryRunner.query(`DROP TABLE "toner"."toner_product"`);
    await queryRunner.query(`DROP INDEX "toner"."toner_alert_location"`);
    await queryRunner.query(`DROP TABLE "toner"."toner_alert"`);
    await queryRunner.query(`DROP TABLE "toner"."shipment_status_change"`);
    await queryRunner.query(`DROP INDEX "toner"."shipment_location_created"`);
    await queryRunner.query(`DROP INDEX "toner"."shipment_open"`);
    await queryRunner.query(`DROP TABLE "toner"."shipment"`);
    await queryRunner.query(`DROP TABLE "toner"."stock_level"`);
    await queryRunner.query(`DROP INDEX "toner"."stock_location_account"`);
    await queryRunner.query(`DROP TABLE "toner"."stock_location"`);
    await queryRunner.query(`DROP TABLE "toner"."consumer_offset"`);
    await queryRunner.query(`DROP TABLE "toner"."processed_event"`);
    await queryRunner.query(`DROP INDEX "toner"."outbox_unpublished"`);
    await queryRunner.query(`DROP TABLE "toner"."outbox"`);
  }
}
