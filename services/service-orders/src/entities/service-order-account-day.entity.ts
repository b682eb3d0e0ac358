import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Rollup: service_order_day summed over an account's devices (partners' sandboxes left out:
 * no part of the service centre's work), so that the service centre's analytics over every
 * account read a row per account and day. Kept in the transaction of every order change and
 * device projection, by what that changed in service_order_day; rebuilt by `rollups:rebuild`.
 */
@Entity('service_order_account_day')
export class ServiceOrderAccountDay {
  /** YYYY-MM-DD */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'int' })
  submitted: number;

  @Column({ type: 'int' })
  due: number;

  @Column({ name: 'responded_on_time', type: 'int' })
  respondedOnTime: number;

  @Column({ name: 'responded_late', type: 'int' })
  respondedLate: number;

  @Column({ type: 'int' })
  unresponded: number;

  @Column({ type: 'int' })
  finished: number;
}
