import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSandboxStockLocations1796189731964 implements MigrationInterface {
  name = 'AddSandboxStockLocations1796189731964';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "toner"."stock_location" ADD "sandbox" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "toner"."stock_location" DROP COLUMN "sandbox"`);
  }
}
