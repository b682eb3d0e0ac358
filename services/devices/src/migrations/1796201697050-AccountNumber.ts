import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountNumber1796201697050 implements MigrationInterface {
  name = 'AccountNumber1796201697050';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "devices"."account_projection" ADD "account_number" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "devices"."account_projection" DROP COLUMN "account_number"`,
    );
  }
}
