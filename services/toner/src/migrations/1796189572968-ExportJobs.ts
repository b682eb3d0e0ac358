import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ExportJobs1796189572968 implements MigrationInterface {
  name = 'ExportJobs1796189572968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "toner"."export_job" ("id" uuid NOT NULL, "kind" text NOT NULL, "format" text NOT NULL, "arguments" jsonb NOT NULL, "requested_by" jsonb NOT NULL, "requester_id" text NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "rows_written" integer NOT NULL DEFAULT '0', "rows_total" integer, "size_bytes" bigint, "attempts" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "download_token_hash" text, "download_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2edcb6f1780d22e5a9f2f29f466" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "export_job_queued" ON "toner"."export_job"  ("created_at") WHERE status = 'QUEUED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "toner"."export_chunk" ("job_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_0a4e341e64d76ba25768c5ef555" PRIMARY KEY ("job_id", "seq"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "toner"."export_chunk"`);
    await queryRunner.query(`DROP INDEX "toner"."export_job_queued"`);
    await queryRunner.query(`DROP TABLE "toner"."export_job"`);
  }
}
