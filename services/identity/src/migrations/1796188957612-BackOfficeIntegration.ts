import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BackOfficeIntegration1796188957612 implements MigrationInterface {
  name = 'BackOfficeIntegration1796188957612';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."invoice_line" ("invoice_id" uuid NOT NULL, "position" integer NOT NULL, "description" text NOT NULL, "device_id" uuid, "serial_number" text, "meter" text, "period_start" date NOT NULL, "period_end" date NOT NULL, "quantity" integer NOT NULL, "amount" numeric(12,2) NOT NULL, CONSTRAINT "PK_a8a0b2a45f300b167ae3e7b7eb6" PRIMARY KEY ("invoice_id", "position"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "invoice_line_device" ON "identity"."invoice_line"  ("device_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."invoice_payment" ("id" uuid NOT NULL, "invoice_id" uuid NOT NULL, "reference" text NOT NULL, "amount" numeric(12,2) NOT NULL, "paid_on" date NOT NULL, "recorded_by" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e8db40339143ad92974ee7acd22" UNIQUE ("reference"), CONSTRAINT "PK_b63cfba23ecc43531b5c571ffa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "invoice_payment_invoice" ON "identity"."invoice_payment"  ("invoice_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."service_account" ("id" uuid NOT NULL, "name" text NOT NULL, "capabilities" text array NOT NULL, "secret_hash" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "secret_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_1c270dede67ac9b2534a0846521" UNIQUE ("name"), CONSTRAINT "PK_2efb318de61f6487f806627dbd2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "identity"."payment" ADD "due_date" date`);
    await queryRunner.query(
      `ALTER TABLE "identity"."payment" ADD "paid_amount" numeric(12,2) NOT NULL DEFAULT '0'`,
    );
    // Invoices paid before payments were recorded one by one count as paid in full.
    await queryRunner.query(
      `UPDATE "identity"."payment" SET "paid_amount" = "amount" WHERE "paid_at" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."payment" DROP COLUMN "paid_amount"`);
    await queryRunner.query(`ALTER TABLE "identity"."payment" DROP COLUMN "due_date"`);
    await queryRunner.query(`DROP TABLE "identity"."service_account"`);
    await queryRunner.query(`DROP INDEX "identity"."invoice_payment_invoice"`);
    await queryRunner.query(`DROP TABLE "identity"."invoice_payment"`);
    await queryRunner.query(`DROP INDEX "identity"."invoice_line_device"`);
    await queryRunner.query(`DROP TABLE "identity"."invoice_line"`);
  }
}
