import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OverdueQueueAndOpenOrderIndexes1795806958701 implements MigrationInterface {
  name = 'OverdueQueueAndOpenOrderIndexes1795806958701';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "service_order_open" ON "service_orders"."service_order"  ("device_id") WHERE status IN ('SUBMITTED', 'ACKNOWLEDGED', 'SCHEDULED', 'IN_PROGRESS')`,
    );
    await queryRunner.query(
      `CREATE INDEX "service_order_overdue" ON "service_orders"."service_order"  ("response_due_at", "sequence", "responded_at", "status") WHERE (responded_at IS NOT NULL AND responded_at > response_due_at) OR (responded_at IS NULL AND status <> 'CANCELLED')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "service_orders"."service_order_overdue"`);
    await queryRunner.query(`DROP INDEX "service_orders"."service_order_open"`);
  }
}
