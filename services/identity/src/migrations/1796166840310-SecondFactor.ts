import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SecondFactor1796166840310 implements MigrationInterface {
  name = 'SecondFactor1796166840310';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."totp_credential" ("user_id" uuid NOT NULL, "secret_encrypted" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_used_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_04a10ef8f905895b1f191bfa236" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."recovery_code" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b7f1e23329e93a80e25fd281922" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "recovery_code_hash" ON "identity"."recovery_code"  ("code_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "recovery_code_user" ON "identity"."recovery_code"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."second_factor_challenge" ("id" uuid NOT NULL, "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_47659237ed854d3a08703bae0fa" UNIQUE ("token_hash"), CONSTRAINT "PK_4f2205ee8c0879895370e0dc512" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."sign_in_policy" ("organization_id" uuid NOT NULL, "two_factor_required" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_03f42eb5c5b26f17a090ef9564a" PRIMARY KEY ("organization_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."sign_in_policy"`);
    await queryRunner.query(`DROP TABLE "identity"."second_factor_challenge"`);
    await queryRunner.query(`DROP INDEX "identity"."recovery_code_user"`);
    await queryRunner.query(`DROP INDEX "identity"."recovery_code_hash"`);
    await queryRunner.query(`DROP TABLE "identity"."recovery_code"`);
    await queryRunner.query(`DROP TABLE "identity"."totp_credential"`);
  }
}
