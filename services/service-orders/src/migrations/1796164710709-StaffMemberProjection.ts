import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffMemberProjection1796164710709 implements MigrationInterface {
  name = 'StaffMemberProjection1796164710709';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "service_orders"."staff_member_projection" ("user_id" uuid NOT NULL, "revision" integer NOT NULL, "name" text NOT NULL, "staff_role" text NOT NULL, "active" boolean NOT NULL, CONSTRAINT "PK_ea5f62237f018eb3921b833fd11" PRIMARY KEY ("user_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "service_orders"."staff_member_projection"`);
  }
}
