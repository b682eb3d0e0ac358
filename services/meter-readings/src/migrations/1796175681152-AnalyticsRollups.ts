import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AnalyticsRollups1796175681152 implements MigrationInterface {
  name = 'AnalyticsRollups1796175681152';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."meter_usage_month" ("device_id" uuid NOT NULL, "month" date NOT NULL, "meter" text NOT NULL, "usage" bigint NOT NULL, "readings" integer NOT NULL, "last_reading_date" date NOT NULL, CONSTRAINT "PK_7f1ef31d2208060f1c41d545e4d" PRIMARY KEY ("device_id", "month", "meter"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "meter_usage_month_month" ON "meter_readings"."meter_usage_month"  ("month", "device_id") `,
    );
    // The backfill reads every stored fact: no request's time limit (this migration's transaction only).
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    // Backfill: the months of the readings already stored.
    await queryRunner.query(`INSERT INTO "meter_readings"."meter_usage_month" (device_id, month, meter, usage, readings, last_reading_date)
      SELECT r.device_id, date_trunc('month', r.reading_date)::date, v.meter, sum(coalesce(v.usage_since_previous, 0)), count(*), max(r.reading_date)
        FROM "meter_readings"."meter_reading" r JOIN "meter_readings"."meter_reading_value" v ON v.reading_id = r.id
       GROUP BY 1, 2, 3`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "meter_readings"."meter_usage_month_month"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."meter_usage_month"`);
  }
}
