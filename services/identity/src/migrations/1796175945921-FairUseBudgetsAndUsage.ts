import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FairUseBudgetsAndUsage1796175945921 implements MigrationInterface {
  name = 'FairUseBudgetsAndUsage1796175945921';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."api_budget" ("organization_id" uuid NOT NULL, "cost_per_minute" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid NOT NULL, CONSTRAINT "PK_ebfb7a13dea540a4395afe07eb5" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity"."api_key_usage" ("api_key_id" uuid NOT NULL, "day" date NOT NULL, "requests" integer NOT NULL DEFAULT '0', "errors" integer NOT NULL DEFAULT '0', "cost" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_1a84cd867112f7a393227cf046b" PRIMARY KEY ("api_key_id", "day"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."api_key_usage"`);
    await queryRunner.query(`DROP TABLE "identity"."api_budget"`);
  }
}
