import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSandboxAccounts1796189410767 implements MigrationInterface {
  name = 'AddSandboxAccounts1796189410767';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meter_readings"."account_projection" ADD "sandbox" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meter_readings"."account_projection" DROP COLUMN "sandbox"`,
    );
  }
}
