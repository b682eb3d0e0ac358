import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationTypesDigest1796176152979 implements MigrationInterface {
  name = 'NotificationTypesDigest1796176152979';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."notification_digest" ("user_id" uuid NOT NULL, "last_sent_on" date NOT NULL, CONSTRAINT "PK_a90a56c6325a3eb952b3394eb45" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."notification" ADD "digest_pending" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."notification_preference" ADD "delivery" text NOT NULL DEFAULT 'IMMEDIATE'`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."unsubscribe_token" ALTER COLUMN "type" DROP NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_digest_pending" ON "identity"."notification"  ("user_id") WHERE digest_pending`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "identity"."notification_digest_pending"`);
    await queryRunner.query(
      `ALTER TABLE "identity"."unsubscribe_token" ALTER COLUMN "type" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "identity"."notification_preference" DROP COLUMN "delivery"`,
    );
    await queryRunner.query(`ALTER TABLE "identity"."notification" DROP COLUMN "digest_pending"`);
    await queryRunner.query(`DROP TABLE "identity"."notification_digest"`);
  }
}
