import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSandboxAccounts1796189397077 implements MigrationInterface {
  name = 'AddSandboxAccounts1796189397077';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "devices"."account_projection" ADD "sandbox" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "devices"."account_projection" DROP COLUMN "sandbox"`);
  }
}
