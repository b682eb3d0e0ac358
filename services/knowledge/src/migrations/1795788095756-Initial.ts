import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795788095756 implements MigrationInterface {
  name = 'Initial1795788095756';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "knowledge"."outbox" ("position" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "topic" text NOT NULL, "type" text NOT NULL, "version" integer NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_cc0c9e40998e45ecfc5e313429d" UNIQUE ("event_id"), CONSTRAINT "PK_eaeb48f0dd30890d452d108804b" PRIMARY KEY ("position"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_unpublished" ON "knowledge"."outbox"  ("position") WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge"."processed_event" ("consumer" text NOT NULL, "event_id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df88f54e67ec5c5caece922a498" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge"."consumer_offset" ("consumer" text NOT NULL, "position" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c4fbe4325282bfc87762e6bc73" PRIMARY KEY ("consumer"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge"."knowledge_article" ("id" uuid NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "language" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "error_codes" text array NOT NULL DEFAULT '{}', "related_models" text array NOT NULL DEFAULT '{}', "revision" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f7d5107c88c010824b9fd817859" UNIQUE ("slug"), CONSTRAINT "PK_5e6c80ff5dc988b082b737db9df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "knowledge"."knowledge_article_revision" ("article_id" uuid NOT NULL, "revision" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "tags" text array NOT NULL, "error_codes" text array NOT NULL, "edited_by" text NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1482c5c6b59dfcb2c5c42bb5438" PRIMARY KEY ("article_id", "revision"))`,
    );
    // Added by hand: full-text search over SEARCH_DOCUMENT (an expression the generator cannot express).
    await queryRunner.query(
      `CREATE INDEX "knowledge_article_search" ON "knowledge"."knowledge_article" USING GIN ((setweight(to_tsvector(CASE language WHEN 'da' THEN 'danish'::regconfig ELSE 'english'::regconfig END, title), 'A') || setweight(array_to_tsvector(tags), 'B') || setweight(to_tsvector(CASE language WHEN 'da' THEN 'danish'::regconfig ELSE 'english'::regconfig END, body), 'C')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "knowledge"."knowledge_article_search"`);
    await queryRunner.query(`DROP TABLE "knowledge"."knowledge_article_revision"`);
    await queryRunner.query(`DROP TABLE "knowledge"."knowledge_article"`);
    await queryRunner.query(`DROP TABLE "knowledge"."consumer_offset"`);
    await queryRunner.query(`DROP TABLE "knowledge"."processed_event"`);
    await queryRunner.query(`DROP INDEX "knowledge"."outbox_unpublished"`);
    await queryRunner.query(`DROP TABLE "knowledge"."outbox"`);
  }
}
