import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailHtmlPart1796164571978 implements MigrationInterface {
  name = 'MailHtmlPart1796164571978';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."outgoing_mail" ADD "html" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."outgoing_mail" DROP COLUMN "html"`);
  }
}
