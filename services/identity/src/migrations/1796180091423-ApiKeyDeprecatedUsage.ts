import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeyDeprecatedUsage1796180091423 implements MigrationInterface {
  name = 'ApiKeyDeprecatedUsage1796180091423';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "identity"."api_key_usage" ADD "deprecated" jsonb NOT NULL DEFAULT '{}'::jsonb`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."api_key_usage" DROP COLUMN "deprecated"`);
  }
}
