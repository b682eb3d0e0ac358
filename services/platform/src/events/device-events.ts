import { Column, PrimaryColumn, type EntityManager, type EntityTarget } from 'typeorm';
import type { DomainEvent } from './domain-event';

/**
 * The device topic, version 1. Every device event carries the device's whole snapshot after
 * the change, so a projection only keeps the highest revision: order and repeats do not matter.
 */
export const DEVICE_TOPIC = 'devices';
export const DEVICE_EVENT_VERSION = 1;
export const DEVICE_EVENT_TYPES = [
  'DeviceRegistered',
  'DeviceLocationChanged',
  'DeviceContractChanged',
  'DeviceStatusChanged',
  'DeviceStockLocationLinked',
] as const;
export type DeviceEventType = (typeof DEVICE_EVENT_TYPES)[number];

export type DeviceStatus = 'ACTIVE' | 'REMOVAL_REQUESTED' | 'DECOMMISSIONED';
export type MeterType = 'TOTAL' | 'BLACK' | 'COLOUR' | 'LARGE_FORMAT' | 'SCAN';

export interface DeviceSnapshotV1 {
  deviceId: string;
  revision: number;
  serialNumber: string;
  accountId: string;
  status: DeviceStatus;
  modelName: string;
  colour: boolean;
  pagesPerMinute: number;
  meters: MeterType[];
  tonerSkus: string[];
  timeZone: string;
  eMaintenance: boolean;
  stockLocationId: string | null;
  contractNumber: string;
  responseTimeHours: number;
  billedMeters: MeterType[];
  readingFrequency: 'MONTHLY' | 'QUARTERLY';
}

export type DeviceEvent = DomainEvent<DeviceSnapshotV1> & { type: DeviceEventType };

/** The columns every subgraph's device projection keeps; extend it with @Entity(). */
export abstract class DeviceProjectionBase {
  @PrimaryColumn({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'serial_number', type: 'text' })
  serialNumber: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  status: DeviceStatus;

  @Column({ name: 'snapshot', type: 'jsonb' })
  snapshot: DeviceSnapshotV1;
}

/**
 * Applies a device event to a projection table: inserts the snapshot, or replaces an older
 * revision; a stale or repeated event changes nothing.
 */
export async function projectDevice(
  manager: EntityManager,
  projection: EntityTarget<DeviceProjectionBase>,
  event: DomainEvent,
): Promise<void> {
  if (event.topic !== DEVICE_TOPIC || event.version !== DEVICE_EVENT_VERSION) return;
  const s = event.payload as DeviceSnapshotV1;
  const table = manager.getRepository(projection).metadata.tablePath;
  await manager.query(
    `INSERT INTO ${table} (device_id, revision, serial_number, account_id, status, snapshot)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (device_id) DO UPDATE SET revision = EXCLUDED.revision,
       serial_number = EXCLUDED.serial_number, account_id = EXCLUDED.account_id,
       status = EXCLUDED.status, snapshot = EXCLUDED.snapshot
     WHERE ${table}.revision < EXCLUDED.revision`,
    [s.deviceId, s.revision, s.serialNumber, s.accountId, s.status, JSON.stringify(s)],
  );
}
