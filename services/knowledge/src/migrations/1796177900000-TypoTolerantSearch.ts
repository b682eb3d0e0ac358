import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (the generator knows no extensions or expression indexes): trigram matching
 * for misspelt searches ("papirstob"), accents folded ("tælleraflaesning" finds "aflæsning").
 * Both extensions are trusted: a database owner may create them.
 */
export class TypoTolerantSearch1796177900000 implements MigrationInterface {
  name = 'TypoTolerantSearch1796177900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    // unaccent() and array_to_string() are only STABLE (a dictionary or a type's output could
    // change); an index needs IMMUTABLE, which these two are for the text they are given.
    await queryRunner.query(
      `CREATE FUNCTION "knowledge"."search_folded"(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "knowledge"."search_words"(text, text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT knowledge.search_folded($1 || ' ' || array_to_string($2, ' ')) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "knowledge_article_words" ON "knowledge"."knowledge_article" USING GIN (("knowledge"."search_words"(title, tags)) public.gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "knowledge"."knowledge_article_words"`);
    await queryRunner.query(`DROP FUNCTION "knowledge"."search_words"(text, text[])`);
    await queryRunner.query(`DROP FUNCTION "knowledge"."search_folded"(text)`);
  }
}
