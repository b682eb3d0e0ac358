import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountNumber1796201665977 implements MigrationInterface {
  name = 'AccountNumber1796201665977';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meter_readings"."account_projection" ADD "account_number" text`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meter_readings"."account_projection" DROP COLUMN "account_number"`,
    );
  }
}
