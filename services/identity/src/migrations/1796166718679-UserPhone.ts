import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserPhone1796166718679 implements MigrationInterface {
  name = 'UserPhone1796166718679';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."app_user" ADD "phone" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."app_user" DROP COLUMN "phone"`);
  }
}
