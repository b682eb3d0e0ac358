import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StockLocationProjection1796164566018 implements MigrationInterface {
  name = 'StockLocationProjection1796164566018';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "devices"."stock_location_projection" ("stock_location_id" uuid NOT NULL, "revision" integer NOT NULL, "account_id" uuid NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_0b07b14a4e0a867ff2a252d9b13" PRIMARY KEY ("stock_location_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "devices"."stock_location_projection"`);
  }
}
