import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Rollup: an account's devices that owe meter readings (not decommissioned, not a partner's
 * sandbox), by reading frequency and month of installation. A device owes a reading for every
 * billing period that starts after the month it was installed, so the devices owing a period
 * are a sum over these rows: no row per month is written as months pass. Kept in the
 * transaction that projects a device, rebuilt by `rollups:rebuild`.
 */
@Entity('readings_owed_cohort')
@Index('readings_owed_cohort_account', ['accountId'])
export class ReadingsOwedCohort {
  @PrimaryColumn({ name: 'installed_month', type: 'date' })
  installedMonth: string;

  @PrimaryColumn({ name: 'reading_frequency', type: 'text' })
  readingFrequency: 'MONTHLY' | 'QUARTERLY';

  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'int' })
  devices: number;
}

/**
 * Rollup: an account's devices that owed the billing period ending in `month` (a month, or a
 * quarter's last month) and sent a TOTAL reading in it. Kept in the transaction that stores,
 * corrects or voids a reading or projects a device, rebuilt by `rollups:rebuild`.
 */
@Entity('readings_received_period')
export class ReadingsReceivedPeriod {
  /** YYYY-MM-01 of the period's last month. */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'int' })
  devices: number;
}
