import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SandboxDeviceIndex1796201416403 implements MigrationInterface {
  name = 'SandboxDeviceIndex1796201416403';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "device_projection_sandbox" ON "service_orders"."device_projection"  ("device_id") WHERE (snapshot->>'sandbox') = 'true'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "service_orders"."device_projection_sandbox"`);
  }
}
