import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailHeaders1796169519853 implements MigrationInterface {
  name = 'MailHeaders1796169519853';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_orders"."outgoing_mail" ADD "headers" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_orders"."outgoing_mail" DROP COLUMN "headers"`);
  }
}
