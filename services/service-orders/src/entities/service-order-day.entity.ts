import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Rollup: a device's service orders on one day (Copenhagen time), kept in the transaction of
 * every order change, so that analytics never read the orders themselves. Each count is by
 * its own day: submitted by the day of submission, the response-time outcome by the day the
 * response was due, finished by the day the order was first resolved, closed or cancelled.
 * Rebuilt from the orders by `rollups:rebuild`.
 */
@Entity('service_order_day')
@Index('service_order_day_day', ['day', 'deviceId'])
export class ServiceOrderDay {
  @PrimaryColumn({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  /** YYYY-MM-DD */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'int' })
  submitted: number;

  /** Orders whose response was due this day (cancelled ones without a response left out). */
  @Column({ type: 'int' })
  due: number;

  @Column({ name: 'responded_on_time', type: 'int' })
  respondedOnTime: number;

  @Column({ name: 'responded_late', type: 'int' })
  respondedLate: number;

  /** Due this day and not yet responded to: overdue once the day's due time has passed. */
  @Column({ type: 'int' })
  unresponded: number;

  @Column({ type: 'int' })
  finished: number;
}
