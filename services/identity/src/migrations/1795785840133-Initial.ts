import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795785840133 implements MigrationInterface {
  name = 'Initial1795785840133';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."outbox" ("position" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "type" text NOT NULL, "version" integer NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_cc0c9e40998e45ecfc5e313429d" UNIQUE ("event_id"), CONSTRAINT "PK_eaeb48f0dd30890d452d108804b" PRIMARY KEY ("position"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_unpublished" ON "identity"."outbox"  ("position") WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."processed_event" ("consumer" text NOT NULL, "event_id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df88f54e67ec5c5caece922a498" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."consumer_offset" ("consumer" text NOT NULL, "position" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c4fbe4325282bfc87762e6bc73" PRIMARY KEY ("consumer"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."organization" ("id" uuid NOT NULL, "name" text NOT NULL, "primary_contact_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."account" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" text NOT NULL, "customer_account_number" text NOT NULL, "system_account_number" text NOT NULL, "credit_status" text NOT NULL DEFAULT 'GOOD', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d3d46879c50c894e0feaa6b61f9" UNIQUE ("customer_account_number"), CONSTRAINT "UQ_4f631ef88d3754eef08afe9ff44" UNIQUE ("system_account_number"), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "account_organization" ON "identity"."account"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."app_user" ("id" uuid NOT NULL, "organization_id" uuid, "email" text NOT NULL, "name" text NOT NULL, "password_hash" text, "status" text NOT NULL DEFAULT 'PENDING_CONFIRMATION', "staff_role" text, "email_confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    // Added by hand: e-mail is unique without regard to case (an expression index).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "app_user_email" ON "identity"."app_user" (lower("email"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "app_user_organization" ON "identity"."app_user"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."role_grant" ("user_id" uuid NOT NULL, "account_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_74a0f9bca2f1f74ae9b4f73d4c9" PRIMARY KEY ("user_id", "account_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "role_grant_account" ON "identity"."role_grant"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."device_assignment" ("user_id" uuid NOT NULL, "device_id" uuid NOT NULL, CONSTRAINT "PK_7e3b2112707bf716e2058041025" PRIMARY KEY ("user_id", "device_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "device_assignment_device" ON "identity"."device_assignment"  ("device_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."stock_location_assignment" ("user_id" uuid NOT NULL, "stock_location_id" uuid NOT NULL, CONSTRAINT "PK_62f9b6d501a917499787291c3d6" PRIMARY KEY ("user_id", "stock_location_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stock_location_assignment_location" ON "identity"."stock_location_assignment"  ("stock_location_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."session" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "session_user" ON "identity"."session"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "identity"."device_projection" ("device_id" uuid NOT NULL, "revision" integer NOT NULL, "serial_number" text NOT NULL, "account_id" uuid NOT NULL, "status" text NOT NULL, "snapshot" jsonb NOT NULL, CONSTRAINT "PK_a51a8183cca1c19c21b95c29897" PRIMARY KEY ("device_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "device_projection_account" ON "identity"."device_projection"  ("account_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."account" ADD CONSTRAINT "FK_020686089902f4a0b53aa740196" FOREIGN KEY ("organization_id") REFERENCES "identity"."organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "identity"."account" DROP CONSTRAINT "FK_020686089902f4a0b53aa740196"`,
    );
    await queryRunner.query(`DROP INDEX "identity"."device_projection_account"`);
    await queryRunner.query(`DROP TABLE "identity"."device_projection"`);
    await queryRunner.query(`DROP INDEX "identity"."session_user"`);
    await queryRunner.query(`DROP TABLE "identity"."session"`);
    await queryRunner.query(`DROP INDEX "identity"."stock_location_assignment_location"`);
    await queryRunner.query(`DROP TABLE "identity"."stock_location_assignment"`);
    await queryRunner.query(`DROP INDEX "identity"."device_assignment_device"`);
    await queryRunner.query(`DROP TABLE "identity"."device_assignment"`);
    await queryRunner.query(`DROP INDEX "identity"."role_grant_account"`);
    await queryRunner.query(`DROP TABLE "identity"."role_grant"`);
    await queryRunner.query(`DROP INDEX "identity"."app_user_organization"`);
    await queryRunner.query(`DROP INDEX "identity"."app_user_email"`);
    await queryRunner.query(`DROP TABLE "identity"."app_user"`);
    await queryRunner.query(`DROP INDEX "identity"."account_organization"`);
    await queryRunner.query(`DROP TABLE "identity"."account"`);
    await queryRunner.query(`DROP TABLE "identity"."organization"`);
    await queryRunner.query(`DROP TABLE "identity"."consumer_offset"`);
    await queryRunner.query(`DROP TABLE "identity"."processed_event"`);
    await queryRunner.query(`DROP INDEX "identity"."outbox_unpublished"`);
    await queryRunner.query(`DROP TABLE "identity"."outbox"`);
  }
}
