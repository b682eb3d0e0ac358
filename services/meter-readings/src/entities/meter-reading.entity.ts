import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { ReadingSource } from '../domain/meter-reading';

/** An accepted meter reading: one per device and calendar day (in the device's time zone). */
@Entity('meter_reading')
@Unique('meter_reading_device_day', ['deviceId', 'readingDate'])
export class MeterReading {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  /** YYYY-MM-DD */
  @Column({ name: 'reading_date', type: 'date' })
  readingDate: string;

  @Column({ type: 'text' })
  source: ReadingSource;

  /** Who: user:<id>, apiKey:<id> or system:<name>. */
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy: string;

  @Column({ name: 'submitted_by_name', type: 'text', nullable: true })
  submittedByName: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  /** The day of the reading before this one (null for the first), for pages per day. */
  @Column({ name: 'previous_reading_date', type: 'date', nullable: true })
  previousReadingDate: string | null;

  /** The caller's idempotency key, if it gave one (meter_reading_request keeps the answer). */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  /**
   * The customer confirmed an increase refused as IMPLAUSIBLE_INCREASE: accepted, and waiting
   * for the service centre's review until reviewedAt is set.
   */
  @Column({ name: 'increase_confirmed', type: 'boolean', default: false })
  increaseConfirmed: boolean;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;
}
