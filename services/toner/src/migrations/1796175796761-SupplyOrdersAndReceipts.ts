import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupplyOrdersAndReceipts1796175796761 implements MigrationInterface {
  name = 'SupplyOrdersAndReceipts1796175796761';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "toner"."shipment_receipt" ("id" uuid NOT NULL, "shipment_id" uuid NOT NULL, "quantity" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by" text NOT NULL, "by_name" text, "undone_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "shipment_receipt_quantity_positive" CHECK ("quantity" > 0), CONSTRAINT "PK_5b5d40408027060aac34691000d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "shipment_receipt_shipment" ON "toner"."shipment_receipt"  ("shipment_id", "at") `,
    );
    // Backfill (added by hand): every shipment so far came from a toner-low alert; its
    // parameters are what the alert and the device projection still tell.
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" ADD "reason_code" text NOT NULL DEFAULT 'TONER_LOW'`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" ALTER COLUMN "reason_code" DROP DEFAULT`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" ADD "reason_parameters" jsonb NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" ADD "quantity_received" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(`ALTER TABLE "toner"."shipment" ADD "carrier" text`);
    await queryRunner.query(`ALTER TABLE "toner"."shipment" ADD "tracking_number" text`);
    await queryRunner.query(`ALTER TABLE "toner"."shipment" ADD "decline_reason" text`);
    await queryRunner.query(
      `UPDATE "toner"."shipment" s SET "reason_parameters" = jsonb_strip_nulls(jsonb_build_object(
         'alertId', a."alert_id", 'colour', a."colour", 'levelPercent', a."level_percent",
         'serialNumber', d."serial_number"))
         FROM "toner"."toner_alert" a
         LEFT JOIN "toner"."device_projection" d ON d."device_id" = a."device_id"
        WHERE a."shipment_id" = s."id"`,
    );
    await queryRunner.query(
      `UPDATE "toner"."shipment" SET "quantity_received" = "quantity" WHERE "status" = 'DELIVERED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" DROP CONSTRAINT "shipment_status_known"`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" ADD CONSTRAINT "shipment_status_known" CHECK ("status" IN ('REQUESTED', 'CREATED', 'DISPATCHED', 'DELIVERED', 'DECLINED'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" ADD CONSTRAINT "shipment_received_within" CHECK ("quantity_received" BETWEEN 0 AND "quantity")`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment_receipt" ADD CONSTRAINT "FK_2c7d7f84a17ea09edc9c2a30460" FOREIGN KEY ("shipment_id") REFERENCES "toner"."shipment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment_receipt" DROP CONSTRAINT "FK_2c7d7f84a17ea09edc9c2a30460"`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" DROP CONSTRAINT "shipment_received_within"`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" DROP CONSTRAINT "shipment_status_known"`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."shipment" ADD CONSTRAINT "shipment_status_known" CHECK ("status" IN ('CREATED', 'DISPATCHED', 'DELIVERED'))`,
    );
    await queryRunner.query(`ALTER TABLE "toner"."shipment" DROP COLUMN "decline_reason"`);
    await queryRunner.query(`ALTER TABLE "toner"."shipment" DROP COLUMN "tracking_number"`);
    await queryRunner.query(`ALTER TABLE "toner"."shipment" DROP COLUMN "carrier"`);
    await queryRunner.query(`ALTER TABLE "toner"."shipment" DROP COLUMN "quantity_received"`);
    await queryRunner.query(`ALTER TABLE "toner"."shipment" DROP COLUMN "reason_parameters"`);
    await queryRunner.query(`ALTER TABLE "toner"."shipment" DROP COLUMN "reason_code"`);
    await queryRunner.query(`DROP INDEX "toner"."shipment_receipt_shipment"`);
    await queryRunner.query(`DROP TABLE "toner"."shipment_receipt"`);
  }
}
