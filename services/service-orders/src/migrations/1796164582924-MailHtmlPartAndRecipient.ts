import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailHtmlPartAndRecipient1796164582924 implements MigrationInterface {
  name = 'MailHtmlPartAndRecipient1796164582924';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_orders"."service_order" ADD "mail_to" text`);
    // Backfill (hand-written): only addresses the service centre took by phone were confirmed.
    await queryRunner.query(
      `UPDATE "service_orders"."service_order" SET "mail_to" = "contact_email" WHERE "channel" = 'PHONE'`,
    );
    await queryRunner.query(`ALTER TABLE "service_orders"."outgoing_mail" ADD "html" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_orders"."outgoing_mail" DROP COLUMN "html"`);
    await queryRunner.query(`ALTER TABLE "service_orders"."service_order" DROP COLUMN "mail_to"`);
  }
}
