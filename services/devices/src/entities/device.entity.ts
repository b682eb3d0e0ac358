import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { DeviceStatus, MeterType } from '@portal/event-contracts';

/** Where a device stands (embedded in device as location_* columns). */
export class DeviceLocation {
  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'text', nullable: true })
  building: string | null;

  @Column({ type: 'text', nullable: true })
  floor: string | null;

  @Column({ type: 'text', nullable: true })
  room: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;
}

/** The service contract (embedded in device as contract_* columns). */
export class ServiceContract {
  @Column({ name: 'number', type: 'text' })
  contractNumber: string;

  @Column({ name: 'response_time_hours', type: 'int' })
  responseTimeHours: number;

  @Column({ name: 'billed_meters', type: 'text', array: true })
  billedMeters: MeterType[];

  @Column({ name: 'reading_frequency', type: 'text' })
  readingFrequency: 'MONTHLY' | 'QUARTERLY';
}

@Entity('device')
@Index('device_account_serial', ['accountId', 'serialNumber'])
@Index('device_stock_location', ['stockLocationId'])
export class Device {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'serial_number', type: 'text', unique: true })
  serialNumber: string;

  @Column({ name: 'model_id', type: 'uuid' })
  modelId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column(() => DeviceLocation, { prefix: 'location' })
  location: DeviceLocation;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: DeviceStatus;

  @Column({ name: 'installed_at', type: 'date' })
  installedAt: string;

  @Column(() => ServiceContract, { prefix: 'contract' })
  contract: ServiceContract;

  @Column({ name: 'e_maintenance', type: 'boolean', default: false })
  eMaintenance: boolean;

  /** For automatic toner replenishment; only e-Maintenance devices are linked. */
  @Column({ name: 'stock_location_id', type: 'uuid', nullable: true })
  stockLocationId: string | null;

  /** What the customer said when asking for removal; cleared when the request is withdrawn. */
  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason: string | null;

  /** Decides "today" for meter readings. */
  @Column({ name: 'time_zone', type: 'text', default: 'Europe/Copenhagen' })
  timeZone: string;

  /** Increases with every change; events carry it so projections keep the newest. */
  @VersionColumn()
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
