import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffMemberProjection1796164710709 implements MigrationInterface {
  name = 'StaffMemberProjection1796164710709';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "service_orders"."staff_member_projection" ("user_id" uuid NOT NULL, "revision" integer NOT NULL, "name" text NOT NULL, "staff_role" text NOT NULL, "active" boolean NOT NULL, CONSTRAINT "PK_ea5f62237f018eb3921b833fd11" PRIMARY KEY ("user_id"))`,
    );
    // Backfill (added by hand): publish the technicians of orders scheduled before devices
    // learnt assignments (events/service-order-events.ts), as a new schedule does.
    await queryRunner.query(
      `INSERT INTO "service_orders"."outbox" ("event_id", "topic", "type", "version", "aggregate_id", "payload", "occurred_at")
       SELECT gen_random_uuid(), 'service-orders', 'ServiceOrderAssigned', 1, o."id",
              jsonb_build_object('serviceOrderId', o."id",
                'revision', (SELECT max(e."id") FROM "service_orders"."service_order_event" e WHERE e."order_id" = o."id"),
                'deviceId', o."device_id", 'technicianId', o."technician_id"),
              now()
         FROM "service_orders"."service_order" o WHERE o."technician_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "service_orders"."staff_member_projection"`);
  }
}
