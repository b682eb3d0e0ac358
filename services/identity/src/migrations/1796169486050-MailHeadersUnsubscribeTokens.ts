import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailHeadersUnsubscribeTokens1796169486050 implements MigrationInterface {
  name = 'MailHeadersUnsubscribeTokens1796169486050';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."unsubscribe_token" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "type" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e7be324ff19dc9398c2a9b9621" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "unsubscribe_token_created" ON "identity"."unsubscribe_token"  ("created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "identity"."outgoing_mail" ADD "headers" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."outgoing_mail" DROP COLUMN "headers"`);
    await queryRunner.query(`DROP INDEX "identity"."unsubscribe_token_created"`);
    await queryRunner.query(`DROP TABLE "identity"."unsubscribe_token"`);
  }
}
