import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SingleSignOn1796176004749 implements MigrationInterface {
  name = 'SingleSignOn1796176004749';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."sso_connection" ("organization_id" uuid NOT NULL, "issuer" text NOT NULL, "client_id" text NOT NULL, "client_secret_sealed" text, "passwords_disabled" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_822345cef23e5222a1e7d997065" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."sso_domain" ("domain" text NOT NULL, "organization_id" uuid NOT NULL, "verified_by" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bedfcfa25bdf64cb22d38ad3da3" PRIMARY KEY ("domain"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sso_domain_organization" ON "identity"."sso_domain"  ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."sso_login" ("id" uuid NOT NULL, "state_hash" text NOT NULL, "organization_id" uuid NOT NULL, "nonce" text NOT NULL, "code_verifier_sealed" text NOT NULL, "redirect_uri" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a2c6ffedfd741505065a204e333" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sso_login_state" ON "identity"."sso_login"  ("state_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."sso_identity" ("issuer" text NOT NULL, "subject" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_86578878ea37918c6bd482712aa" PRIMARY KEY ("issuer", "subject"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sso_identity_user" ON "identity"."sso_identity"  ("user_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "identity"."sso_identity_user"`);
    await queryRunner.query(`DROP TABLE "identity"."sso_identity"`);
    await queryRunner.query(`DROP INDEX "identity"."sso_login_state"`);
    await queryRunner.query(`DROP TABLE "identity"."sso_login"`);
    await queryRunner.query(`DROP INDEX "identity"."sso_domain_organization"`);
    await queryRunner.query(`DROP TABLE "identity"."sso_domain"`);
    await queryRunner.query(`DROP TABLE "identity"."sso_connection"`);
  }
}
