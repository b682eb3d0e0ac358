import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSandboxOrders1796189861089 implements MigrationInterface {
  name = 'AddSandboxOrders1796189861089';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "service_orders"."service_order" ADD "sandbox" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_orders"."service_order" DROP COLUMN "sandbox"`);
  }
}
