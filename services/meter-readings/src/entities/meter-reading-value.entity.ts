import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';
import type { MeterType } from '@portal/event-contracts';

/** bigint columns as numbers: meter values stay far below 2^53. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One meter's value in a reading. */
@Entity('meter_reading_value')
export class MeterReadingValue {
  @PrimaryColumn({ name: 'reading_id', type: 'uuid' })
  readingId: string;

  @PrimaryColumn({ type: 'text' })
  meter: MeterType;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  value: number;

  /** value minus the previous reading's value of the same meter; null without one. */
  @Column({
    name: 'usage_since_previous',
    type: 'bigint',
    nullable: true,
    transformer: bigintAsNumber,
  })
  usageSincePrevious: number | null;
}
