import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StockLocationProjection1795789516634 implements MigrationInterface {
  name = 'StockLocationProjection1795789516634';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."stock_location_projection" ("stock_location_id" uuid NOT NULL, "revision" integer NOT NULL, "account_id" uuid NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_0b07b14a4e0a867ff2a252d9b13" PRIMARY KEY ("stock_location_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stock_location_projection_account" ON "identity"."stock_location_projection"  ("account_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "identity"."stock_location_projection_account"`);
    await queryRunner.query(`DROP TABLE "identity"."stock_location_projection"`);
  }
}
