import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildShipmentMonths } from '../domain/shipment-rollup';

export class AnalyticsRollups1796175900351 implements MigrationInterface {
  name = 'AnalyticsRollups1796175900351';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "toner"."shipment_month" ("location_id" uuid NOT NULL, "month" date NOT NULL, "sku" text NOT NULL, "shipments" integer NOT NULL, "units_ordered" integer NOT NULL, "units_delivered" integer NOT NULL, CONSTRAINT "PK_b07744158812dcb7a373d58dc30" PRIMARY KEY ("location_id", "month", "sku"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "shipment_month_month" ON "toner"."shipment_month"  ("month", "location_id") `,
    );
    // The backfill reads every stored fact: no request's time limit (this migration's transaction only).
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    // Backfill: the months of the shipments already stored, by the rule the service keeps them with.
    await rebuildShipmentMonths(queryRunner.manager);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "toner"."shipment_month_month"`);
    await queryRunner.query(`DROP TABLE "toner"."shipment_month"`);
  }
}
