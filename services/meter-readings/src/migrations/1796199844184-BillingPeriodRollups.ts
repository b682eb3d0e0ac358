import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BillingPeriodRollups1796199844184 implements MigrationInterface {
  name = 'BillingPeriodRollups1796199844184';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."readings_owed_cohort" ("installed_month" date NOT NULL, "reading_frequency" text NOT NULL, "account_id" uuid NOT NULL, "devices" integer NOT NULL, CONSTRAINT "PK_705364de8bea9cd9fcd259b9433" PRIMARY KEY ("installed_month", "reading_frequency", "account_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "readings_owed_cohort_account" ON "meter_readings"."readings_owed_cohort"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."readings_received_period" ("month" date NOT NULL, "account_id" uuid NOT NULL, "devices" integer NOT NULL, CONSTRAINT "PK_1b68dfae248f891bf8305e17d19" PRIMARY KEY ("month", "account_id"))`,
    );
    // The backfill reads every device and usage month: no request's time limit (this migration's transaction only).
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    // Backfill, by the rule of domain/billing-period-rollup.ts: the devices owing readings by
    // account, frequency and month of installation...
    await queryRunner.query(`INSERT INTO "meter_readings"."readings_owed_cohort" (installed_month, reading_frequency, account_id, devices)
      SELECT date_trunc('month', (d.snapshot->>'installedAt')::date)::date,
             CASE WHEN d.snapshot->>'readingFrequency' = 'QUARTERLY' THEN 'QUARTERLY' ELSE 'MONTHLY' END,
             d.account_id, count(*)
        FROM "meter_readings"."device_projection" d
       WHERE d.status <> 'DECOMMISSIONED' AND (d.snapshot->>'sandbox') IS DISTINCT FROM 'true'
       GROUP BY 1, 2, 3`);
    // ...and those of them with a TOTAL reading in each billing period (a month, or a quarter).
    await queryRunner.query(`INSERT INTO "meter_readings"."readings_received_period" (month, account_id, devices)
      SELECT (s.start + CASE WHEN d.snapshot->>'readingFrequency' = 'QUARTERLY' THEN interval '2 months' ELSE interval '0' END)::date,
             d.account_id, count(DISTINCT d.device_id)
        FROM "meter_readings"."device_projection" d
        JOIN "meter_readings"."meter_usage_month" m ON m.device_id = d.device_id AND m.meter = 'TOTAL'
       CROSS JOIN LATERAL (SELECT CASE WHEN d.snapshot->>'readingFrequency' = 'QUARTERLY'
                                  THEN date_trunc('quarter', m.month)::date ELSE m.month END AS start) s
       WHERE d.status <> 'DECOMMISSIONED' AND (d.snapshot->>'sandbox') IS DISTINCT FROM 'true'
         AND (d.snapshot->>'installedAt')::date < s.start
       GROUP BY 1, 2`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meter_readings"."readings_received_period"`);
    await queryRunner.query(`DROP INDEX "meter_readings"."readings_owed_cohort_account"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."readings_owed_cohort"`);
  }
}
