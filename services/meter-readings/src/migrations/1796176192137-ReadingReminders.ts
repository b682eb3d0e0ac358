import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReadingReminders1796176192137 implements MigrationInterface {
  name = 'ReadingReminders1796176192137';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."reading_reminder" ("device_id" uuid NOT NULL, "period_start" date NOT NULL, "stage" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8c6bdc08968a766ebd76f78fa4" PRIMARY KEY ("device_id", "period_start", "stage"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."reading_reminder_policy" ("organization_id" uuid NOT NULL, "days_before" integer NOT NULL, CONSTRAINT "PK_8a7ca00946c316b5e4d19794dfa" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meter_readings"."account_projection" ("account_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_239d53d9b748fd4ba23efc43469" PRIMARY KEY ("account_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meter_readings"."account_projection"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."reading_reminder_policy"`);
    await queryRunner.query(`DROP TABLE "meter_readings"."reading_reminder"`);
  }
}
