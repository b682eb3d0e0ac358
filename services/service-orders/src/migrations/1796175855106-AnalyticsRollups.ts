import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildOrderDays } from '../domain/order-rollup';

export class AnalyticsRollups1796175855106 implements MigrationInterface {
  name = 'AnalyticsRollups1796175855106';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "service_orders"."service_order_day" ("device_id" uuid NOT NULL, "day" date NOT NULL, "submitted" integer NOT NULL, "due" integer NOT NULL, "responded_on_time" integer NOT NULL, "responded_late" integer NOT NULL, "unresponded" integer NOT NULL, "finished" integer NOT NULL, CONSTRAINT "PK_6ac5d371edd1c05d51aa8a3bf0b" PRIMARY KEY ("device_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "service_order_day_day" ON "service_orders"."service_order_day"  ("day", "device_id") `,
    );
    // The backfill reads every stored fact: no request's time limit (this migration's transaction only).
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    // Backfill: the days of the orders already stored, by the rule the service keeps them with.
    await rebuildOrderDays(queryRunner.manager);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "service_orders"."service_order_day_day"`);
    await queryRunner.query(`DROP TABLE "service_orders"."service_order_day"`);
  }
}
