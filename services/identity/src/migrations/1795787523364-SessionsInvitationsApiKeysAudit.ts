import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionsInvitationsApiKeysAudit1795787523364 implements MigrationInterface {
  name = 'SessionsInvitationsApiKeysAudit1795787523364';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."refresh_token" ("id" uuid NOT NULL, "session_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f0812282fad2e352cdaf83ef0a9" UNIQUE ("token_hash"), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "refresh_token_session" ON "identity"."refresh_token"  ("session_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."email_token" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "purpose" text NOT NULL, "email" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_7de8158f2f29aba7331b9576937" UNIQUE ("token_hash"), CONSTRAINT "PK_7175dbe70853f76bcbcb1285f92" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "email_token_user" ON "identity"."email_token"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."api_key" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "created_by" uuid NOT NULL, "name" text NOT NULL, "secret_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "api_key_organization" ON "identity"."api_key"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."api_key_grant" ("api_key_id" uuid NOT NULL, "account_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "PK_9fbd726c96df9df5f2006f84e78" PRIMARY KEY ("api_key_id", "account_id", "role"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."audit_event" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" text NOT NULL, "action" text NOT NULL, "target_user_id" uuid, "organization_id" uuid, "details" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_target" ON "identity"."audit_event"  ("target_user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."payment" ("id" uuid NOT NULL, "account_id" uuid NOT NULL, "invoice_number" text NOT NULL, "invoice_date" date NOT NULL, "amount" numeric(12,2) NOT NULL, "currency" text NOT NULL DEFAULT 'DKK', "paid_at" date, CONSTRAINT "UQ_358a8dfb317bb7dc1ee4318ecec" UNIQUE ("invoice_number"), CONSTRAINT "PK_fcaec7df5adf9cac408c686b2ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "payment_account_date" ON "identity"."payment"  ("account_id", "invoice_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."sign_in_attempt" ("id" BIGSERIAL NOT NULL, "key" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sign_in_attempt_key_at" ON "identity"."sign_in_attempt"  ("key", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."outgoing_mail" ("id" BIGSERIAL NOT NULL, "to" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_ed85381cac829352bf9e8238ff8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outgoing_mail_unsent" ON "identity"."outgoing_mail"  ("id") WHERE sent_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."app_user" ADD "language" text NOT NULL DEFAULT 'da'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."app_user" DROP COLUMN "language"`);
    await queryRunner.query(`DROP INDEX "identity"."outgoing_mail_unsent"`);
    await queryRunner.query(`DROP TABLE "identity"."outgoing_mail"`);
    await queryRunner.query(`DROP INDEX "identity"."sign_in_attempt_key_at"`);
    await queryRunner.query(`DROP TABLE "identity"."sign_in_attempt"`);
    await queryRunner.query(`DROP INDEX "identity"."payment_account_date"`);
    await queryRunner.query(`DROP TABLE "identity"."payment"`);
    await queryRunner.query(`DROP INDEX "identity"."audit_event_target"`);
    await queryRunner.query(`DROP TABLE "identity"."audit_event"`);
    await queryRunner.query(`DROP TABLE "identity"."api_key_grant"`);
    await queryRunner.query(`DROP INDEX "identity"."api_key_organization"`);
    await queryRunner.query(`DROP TABLE "identity"."api_key"`);
    await queryRunner.query(`DROP INDEX "identity"."email_token_user"`);
    await queryRunner.query(`DROP TABLE "identity"."email_token"`);
    await queryRunner.query(`DROP INDEX "identity"."refresh_token_session"`);
    await queryRunner.query(`DROP TABLE "identity"."refresh_token"`);
  }
}
