import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResponseAlerts1796176224421 implements MigrationInterface {
  name = 'ResponseAlerts1796176224421';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "service_orders"."service_order_response_alert" ("order_id" uuid NOT NULL, "stage" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf80091572d362874ac1d0d24ab" PRIMARY KEY ("order_id", "stage"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "service_orders"."service_order_response_alert"`);
  }
}
