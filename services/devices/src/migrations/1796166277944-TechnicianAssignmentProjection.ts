import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TechnicianAssignmentProjection1796166277944 implements MigrationInterface {
  name = 'TechnicianAssignmentProjection1796166277944';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "devices"."technician_assignment_projection" ("service_order_id" uuid NOT NULL, "revision" bigint NOT NULL, "device_id" uuid NOT NULL, "technician_id" uuid NOT NULL, CONSTRAINT "PK_2913aef1cb7f531b653565bc8d5" PRIMARY KEY ("service_order_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "technician_assignment_projection_technician" ON "devices"."technician_assignment_projection"  ("technician_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "devices"."technician_assignment_projection_technician"`);
    await queryRunner.query(`DROP TABLE "devices"."technician_assignment_projection"`);
  }
}
