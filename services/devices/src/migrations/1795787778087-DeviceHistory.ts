import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DeviceHistory1795787778087 implements MigrationInterface {
  name = 'DeviceHistory1795787778087';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "devices"."device_location_change" ("id" uuid NOT NULL, "device_id" uuid NOT NULL, "revision" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by" text NOT NULL, "by_name" text, "location_address" text NOT NULL, "location_building" text, "location_floor" text, "location_room" text, "location_note" text, "location_contact_name" text, "location_contact_phone" text, CONSTRAINT "PK_9b37da3199485a24ac4707a5651" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "device_location_change_revision" ON "devices"."device_location_change"  ("device_id", "revision") `,
    );
    await queryRunner.query(
      `CREATE TABLE "devices"."device_change" ("id" uuid NOT NULL, "device_id" uuid NOT NULL, "revision" integer NOT NULL, "type" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by" text NOT NULL, "by_name" text, "from_status" text, "to_status" text, "reason" text, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_74bfc6734f259a064f13fb534b7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "device_change_revision" ON "devices"."device_change"  ("device_id", "revision") `,
    );
    await queryRunner.query(`ALTER TABLE "devices"."device" ADD "removal_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "devices"."device_location_change" ADD CONSTRAINT "FK_8a728be0bc139db78dfd01b2872" FOREIGN KEY ("device_id") REFERENCES "devices"."device"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "devices"."device_change" ADD CONSTRAINT "FK_1bbb9cf6cdac503ae3a948a7298" FOREIGN KEY ("device_id") REFERENCES "devices"."device"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Backfill (hand-written): devices registered before this migration get their first
    // history rows, where they stand now, as of their registration.
    await queryRunner.query(
      `INSERT INTO "devices"."device_location_change" ("id", "device_id", "revision", "at", "by", "location_address", "location_building", "location_floor", "location_room", "location_note", "location_contact_name", "location_contact_phone") SELECT gen_random_uuid(), "id", "revision", "created_at", 'system:migration', "location_address", "location_building", "location_floor", "location_room", "location_note", "location_contact_name", "location_contact_phone" FROM "devices"."device"`,
    );
    await queryRunner.query(
      `INSERT INTO "devices"."device_change" ("id", "device_id", "revision", "type", "at", "by", "to_status") SELECT gen_random_uuid(), "id", "revision", 'DeviceRegistered', "created_at", 'system:migration', "status" FROM "devices"."device"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "devices"."device_change" DROP CONSTRAINT "FK_1bbb9cf6cdac503ae3a948a7298"`,
    );
    await queryRunner.query(
      `ALTER TABLE "devices"."device_location_change" DROP CONSTRAINT "FK_8a728be0bc139db78dfd01b2872"`,
    );
    await queryRunner.query(`ALTER TABLE "devices"."device" DROP COLUMN "removal_reason"`);
    await queryRunner.query(`DROP INDEX "devices"."device_change_revision"`);
    await queryRunner.query(`DROP TABLE "devices"."device_change"`);
    await queryRunner.query(`DROP INDEX "devices"."device_location_change_revision"`);
    await queryRunner.query(`DROP TABLE "devices"."device_location_change"`);
  }
}
