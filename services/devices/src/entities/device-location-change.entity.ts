import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Device, DeviceLocation } from './device.entity';

/** Where a device stood from a revision on: its location history (the first is where it was installed). */
@Entity('device_location_change')
@Index('device_location_change_revision', ['deviceId', 'revision'], { unique: true })
export class DeviceLocationChange {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  @ManyToOne(() => Device, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'device_id' })
  device?: Device;

  /** The device's revision that this location came with. */
  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** principal.actor: user:<id>, apiKey:<id>, or system:<name>. */
  @Column({ type: 'text' })
  by: string;

  @Column({ name: 'by_name', type: 'text', nullable: true })
  byName: string | null;

  @Column(() => DeviceLocation, { prefix: 'location' })
  location: DeviceLocation;
}
