import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountProjection1796168009850 implements MigrationInterface {
  name = 'AccountProjection1796168009850';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "devices"."account_projection" ("account_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_239d53d9b748fd4ba23efc43469" PRIMARY KEY ("account_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "devices"."account_projection"`);
  }
}
