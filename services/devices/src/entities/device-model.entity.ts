import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MeterType } from '@portal/event-contracts';

@Entity('device_model')
export class DeviceModel {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'boolean' })
  colour: boolean;

  /** Rated speed: bounds how much a meter can plausibly grow. */
  @Column({ name: 'pages_per_minute', type: 'int' })
  pagesPerMinute: number;

  @Column({ type: 'text', array: true })
  meters: MeterType[];

  @Column({ name: 'toner_skus', type: 'text', array: true })
  tonerSkus: string[];
}
