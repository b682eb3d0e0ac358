import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TonerAlertIdPerAccount1796164422827 implements MigrationInterface {
  name = 'TonerAlertIdPerAccount1796164422827';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Backfill (added by hand): an alert's account is its stock location's, the device's.
    await queryRunner.query(`ALTER TABLE "toner"."toner_alert" ADD "account_id" uuid`);
    await queryRunner.query(
      `UPDATE "toner"."toner_alert" a SET "account_id" = l."account_id"
         FROM "toner"."stock_location" l WHERE l."id" = a."location_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."toner_alert" ALTER COLUMN "account_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."toner_alert" DROP CONSTRAINT "PK_26b3fac4a242a11d7f6a601a716"`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."toner_alert" ADD CONSTRAINT "PK_e450d399e9db2df109981a2de6f" PRIMARY KEY ("alert_id", "account_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "toner"."toner_alert" DROP CONSTRAINT "PK_e450d399e9db2df109981a2de6f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "toner"."toner_alert" ADD CONSTRAINT "PK_26b3fac4a242a11d7f6a601a716" PRIMARY KEY ("alert_id")`,
    );
    await queryRunner.query(`ALTER TABLE "toner"."toner_alert" DROP COLUMN "account_id"`);
  }
}
