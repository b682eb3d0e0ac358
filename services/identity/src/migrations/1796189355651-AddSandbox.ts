import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSandbox1796189355651 implements MigrationInterface {
  name = 'AddSandbox1796189355651';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "identity"."organization" ADD "sandbox" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "identity"."organization" ADD "sandbox_creator_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "organization_sandbox_creator" ON "identity"."organization"  ("sandbox_creator_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "identity"."organization_sandbox_creator"`);
    await queryRunner.query(
      `ALTER TABLE "identity"."organization" DROP COLUMN "sandbox_creator_id"`,
    );
    await queryRunner.query(`ALTER TABLE "identity"."organization" DROP COLUMN "sandbox"`);
  }
}
