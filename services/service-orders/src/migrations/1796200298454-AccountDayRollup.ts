import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountDayRollup1796200298454 implements MigrationInterface {
  name = 'AccountDayRollup1796200298454';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "service_orders"."service_order_account_day" ("day" date NOT NULL, "account_id" uuid NOT NULL, "submitted" integer NOT NULL, "due" integer NOT NULL, "responded_on_time" integer NOT NULL, "responded_late" integer NOT NULL, "unresponded" integer NOT NULL, "finished" integer NOT NULL, CONSTRAINT "PK_edd7e5ecd545f6ee944906cc466" PRIMARY KEY ("day", "account_id"))`,
    );
    // The backfill reads every device day: no request's time limit (this migration's transaction only).
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    // Backfill, by the rule of domain/account-day-rollup.ts: the device days summed per account, sandboxes left out.
    await queryRunner.query(`INSERT INTO "service_orders"."service_order_account_day" (account_id, day, submitted, due, responded_on_time, responded_late, unresponded, finished)
      SELECT d.account_id, r.day, sum(r.submitted), sum(r.due), sum(r.responded_on_time), sum(r.responded_late), sum(r.unresponded), sum(r.finished)
        FROM "service_orders"."service_order_day" r JOIN "service_orders"."device_projection" d ON d.device_id = r.device_id
       WHERE (d.snapshot->>'sandbox') IS DISTINCT FROM 'true'
       GROUP BY 1, 2`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "service_orders"."service_order_account_day"`);
  }
}
