import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { DeviceEventType, DeviceStatus } from '@portal/event-contracts';
import { Device } from './device.entity';

/**
 * The audit trail of a device: who changed what, when, one row per revision (registration,
 * status, contract, e-Maintenance, stock-location link). Location changes have their own table.
 */
@Entity('device_change')
@Index('device_change_revision', ['deviceId', 'revision'], { unique: true })
export class DeviceChange {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  @ManyToOne(() => Device, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'device_id' })
  device?: Device;

  /** The device's revision after the change (the one its event carries). */
  @Column({ type: 'int' })
  revision: number;

  /** The event type the change published. */
  @Column({ type: 'text' })
  type: DeviceEventType;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** principal.actor: user:<id>, apiKey:<id>, serviceAccount:<id>, or system:<name>. */
  @Column({ type: 'text' })
  by: string;

  @Column({ name: 'by_name', type: 'text', nullable: true })
  byName: string | null;

  /** Set on registration (from null) and on status changes; null otherwise. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: DeviceStatus | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus: DeviceStatus | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** What changed: { field: { from, to } }. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  details: Record<string, { from: unknown; to: unknown }>;
}
