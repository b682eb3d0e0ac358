import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MeterType } from '@portal/event-contracts';
import { bigintAsNumber } from './meter-reading-value.entity';

/**
 * Rollup: the pages one meter of a device counted in a calendar month (the month of the
 * readings' days), kept in the transaction that stores, corrects or voids a reading, so that
 * analytics never read the readings themselves. Rebuilt from the readings by `rollups:rebuild`.
 */
@Entity('meter_usage_month')
@Index('meter_usage_month_month', ['month', 'deviceId'])
export class MeterUsageMonth {
  @PrimaryColumn({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  /** YYYY-MM-01 */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'text' })
  meter: MeterType;

  /** The sum of the month's readings' usage since the reading before each. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  usage: number;

  /** Readings in the month. */
  @Column({ type: 'int' })
  readings: number;

  /** YYYY-MM-DD: the month's last reading (devices that stopped reporting). */
  @Column({ name: 'last_reading_date', type: 'date' })
  lastReadingDate: string;
}
