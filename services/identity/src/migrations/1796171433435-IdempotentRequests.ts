import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotentRequests1796171433435 implements MigrationInterface {
  name = 'IdempotentRequests1796171433435';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."idempotent_request" ("scope" text NOT NULL, "operation" text NOT NULL, "idempotency_key" text NOT NULL, "request_hash" text NOT NULL, "result_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d6f5ae1820cc723d5e8f5db5713" PRIMARY KEY ("scope", "operation", "idempotency_key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."idempotent_request"`);
  }
}
