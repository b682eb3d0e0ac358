import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserRevision1796164691096 implements MigrationInterface {
  name = 'UserRevision1796164691096';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "identity"."app_user" ADD "revision" integer NOT NULL DEFAULT '0'`,
    );
    // Backfill (added by hand): publish the staff that exist already, as later changes will.
    await queryRunner.query(
      `UPDATE "identity"."app_user" SET "revision" = 1 WHERE "staff_role" IS NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "identity"."outbox" ("event_id", "topic", "type", "version", "aggregate_id", "payload", "occurred_at")
       SELECT gen_random_uuid(), 'identity', 'StaffMemberChanged', 1, u."id",
              jsonb_build_object('userId', u."id", 'revision', 1, 'name', u."name",
                                 'staffRole', u."staff_role", 'active', u."status" = 'ACTIVE'),
              now()
         FROM "identity"."app_user" u WHERE u."staff_role" IS NOT NULL`,
    );
    // Backfill (added by hand): publish the accounts that exist already (devices register
    // devices only on a known account).
    await queryRunner.query(
      `INSERT INTO "identity"."outbox" ("event_id", "topic", "type", "version", "aggregate_id", "payload", "occurred_at")
       SELECT gen_random_uuid(), 'identity', 'AccountOpened', 1, a."id",
              jsonb_build_object('accountId', a."id", 'organizationId', a."organization_id"), now()
         FROM "identity"."account" a`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."app_user" DROP COLUMN "revision"`);
  }
}
