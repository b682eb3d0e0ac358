import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeterReadingCorrections1796168680754 implements MigrationInterface {
  name = 'MeterReadingCorrections1796168680754';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."meter_reading_correction" ("id" uuid NOT NULL, "reading_id" uuid NOT NULL, "device_id" uuid NOT NULL, "reading_date" date NOT NULL, "kind" text NOT NULL, "reason" text NOT NULL, "previous_values" jsonb NOT NULL, "values" jsonb NOT NULL, "corrected_by" text NOT NULL, "corrected_by_name" text, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_99dfc2d72f117d11ebe8e555ecc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "meter_reading_correction_device" ON "meter_readings"."meter_reading_correction"  ("device_id", "corrected_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "meter_readings"."meter_reading" ADD "increase_confirmed" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "meter_readings"."meter_reading" ADD "reviewed_by" text`);
    await queryRunner.query(
      `ALTER TABLE "meter_readings"."meter_reading" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meter_readings"."meter_reading" DROP COLUMN "reviewed_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meter_readings"."meter_reading" DROP COLUMN "reviewed_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meter_readings"."meter_reading" DROP COLUMN "increase_confirmed"`,
    );
    await queryRunner.query(`DROP INDEX "meter_readings"."meter_reading_correction_device"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."meter_reading_correction"`);
  }
}
