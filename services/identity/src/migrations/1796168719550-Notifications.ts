import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796168719550 implements MigrationInterface {
  name = 'Notifications1796168719550';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."notification" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "type" text NOT NULL, "source_event_id" uuid NOT NULL, "facts" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_source" ON "identity"."notification"  ("user_id", "source_event_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_unread" ON "identity"."notification"  ("user_id") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_user_newest" ON "identity"."notification"  ("user_id", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."notification_preference" ("user_id" uuid NOT NULL, "type" text NOT NULL, "enabled" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98793ae4db877d281012dc55998" PRIMARY KEY ("user_id", "type"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."notification_preference"`);
    await queryRunner.query(`DROP INDEX "identity"."notification_user_newest"`);
    await queryRunner.query(`DROP INDEX "identity"."notification_unread"`);
    await queryRunner.query(`DROP INDEX "identity"."notification_source"`);
    await queryRunner.query(`DROP TABLE "identity"."notification"`);
  }
}
