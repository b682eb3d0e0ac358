import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DevicesOfAccountBySerial1796298643395 implements MigrationInterface {
  name = 'DevicesOfAccountBySerial1796298643395';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "meter_readings"."device_projection_account"`);
    await queryRunner.query(
      `CREATE INDEX "device_projection_account_serial" ON "meter_readings"."device_projection"  ("account_id", "serial_number") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "meter_readings"."device_projection_account_serial"`);
    await queryRunner.query(
      `CREATE INDEX "device_projection_account" ON "meter_readings"."device_projection" USING btree ("account_id") `,
    );
  }
}
