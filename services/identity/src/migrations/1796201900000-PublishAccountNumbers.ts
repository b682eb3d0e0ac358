import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (no schema change for the generator to find): AccountOpened carries the
 * account's number since this version, and the subgraphs that project accounts learn it from
 * the first event that carries one. Publishes it again for the accounts opened before, with
 * their number. Partners' sandboxes' accounts are left out: their AccountOpened (`sandbox`)
 * makes each subgraph generate the sandbox's data, which must happen once.
 */
export class PublishAccountNumbers1796201900000 implements MigrationInterface {
  name = 'PublishAccountNumbers1796201900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "identity"."outbox" ("event_id", "topic", "type", "version", "aggregate_id", "payload", "occurred_at")
       SELECT gen_random_uuid(), 'identity', 'AccountOpened', 1, a."id",
              jsonb_build_object('accountId', a."id", 'organizationId', a."organization_id",
                                 'accountNumber', a."customer_account_number"), now()
         FROM "identity"."account" a JOIN "identity"."organization" o ON o."id" = a."organization_id"
        WHERE NOT o."sandbox"`,
    );
  }

  public async down(): Promise<void> {
    // Events once published stay published.
  }
}
