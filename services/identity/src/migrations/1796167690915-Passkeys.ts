import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Passkeys1796167690915 implements MigrationInterface {
  name = 'Passkeys1796167690915';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."passkey" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "credential_id" text NOT NULL, "public_key" bytea NOT NULL, "counter" bigint NOT NULL DEFAULT '0', "transports" text array NOT NULL DEFAULT '{}', "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_783e2060d8025abd6a6ca45d2c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "passkey_credential_id" ON "identity"."passkey"  ("credential_id") `,
    );
    await queryRunner.query(`CREATE INDEX "passkey_user" ON "identity"."passkey"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "identity"."webauthn_ceremony" ("id" uuid NOT NULL, "kind" text NOT NULL, "user_id" uuid, "second_factor_challenge_id" uuid, "challenge" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a8303ebaaaeac7e6b8041339195" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."webauthn_ceremony"`);
    await queryRunner.query(`DROP INDEX "identity"."passkey_user"`);
    await queryRunner.query(`DROP INDEX "identity"."passkey_credential_id"`);
    await queryRunner.query(`DROP TABLE "identity"."passkey"`);
  }
}
