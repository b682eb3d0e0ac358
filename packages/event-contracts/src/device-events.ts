import { Column, PrimaryColumn, type EntityManager, type EntityTarget } from 'typeorm';
import type { DomainEvent } from '@portal/platform';

/**
 * # Device events: topic `devices`, version 1
 *
 * The devices subgraph publishes one event per change of a device through its outbox (in the
 * transaction of the change; delivered at least once). Every event carries the device's whole
 * snapshot after the change (`DeviceSnapshotV1`), so a consumer never needs an earlier event:
 * keep the snapshot with the highest `revision` (`projectDevice` does exactly that), and order
 * and repeats do not matter. `aggregateId` is the device's uuid.
 *
 * | type                        | when                                                          |
 * | --------------------------- | ------------------------------------------------------------- |
 * | `DeviceRegistered`          | staff registered it (revision 1; also the demo data)          |
 * | `DeviceLocationChanged`     | its location changed                                          |
 * | `DeviceContractChanged`     | its service contract changed (response time, billed meters…) |
 * | `DeviceStatusChanged`       | ACTIVE / REMOVAL_REQUESTED / DECOMMISSIONED                   |
 * | `DeviceStockLocationLinked` | linked to a stock location, or unlinked (`stockLocationId` null) |
 * | `DeviceEMaintenanceChanged` | e-Maintenance switched on or off (off also unlinks)           |
 *
 * Rules for consumers: a DECOMMISSIONED device takes no new service orders, meter readings or
 * toner alerts (refuse with DEVICE_NOT_ACTIVE), but stays readable in their histories. A
 * REMOVAL_REQUESTED device is still the customer's until staff decommission it. Ignore types
 * you do not know (new types may be added within version 1); all carry the same snapshot.
 *
 * Versioning: fields may be added to version 1 (consumers ignore what they do not read);
 * removing or changing the meaning of a field means version 2, published beside version 1
 * until every consumer reads 2. `projectDevice` ignores versions it does not know.
 */
export const DEVICE_TOPIC = 'devices';
export const DEVICE_EVENT_VERSION = 1;
export const DEVICE_EVENT_TYPES = [
  'DeviceRegistered',
  'DeviceLocationChanged',
  'DeviceContractChanged',
  'DeviceStatusChanged',
  'DeviceStockLocationLinked',
  'DeviceEMaintenanceChanged',
] as const;
export type DeviceEventType = (typeof DEVICE_EVENT_TYPES)[number];

export type DeviceStatus = 'ACTIVE' | 'REMOVAL_REQUESTED' | 'DECOMMISSIONED';
export type MeterType = 'TOTAL' | 'BLACK' | 'COLOUR' | 'LARGE_FORMAT' | 'SCAN';
export type TonerColour = 'BLACK' | 'CYAN' | 'MAGENTA' | 'YELLOW';

/** A toner product the device's model takes. */
export interface TonerProductV1 {
  sku: string;
  name: string;
  colour: TonerColour;
}

/** Where a device stands; texts as the customer entered them, null when not given. */
export interface DeviceLocationV1 {
  address: string;
  building: string | null;
  floor: string | null;
  room: string | null;
  note: string | null;
  contactName: string | null;
  contactPhone: string | null;
}

/** The payload of every device event: the device after the change. Ids are local uuids. */
export interface DeviceSnapshotV1 {
  deviceId: string;
  /** Increases by one with every change of the device; keep the highest. */
  revision: number;
  serialNumber: string;
  accountId: string;
  status: DeviceStatus;
  modelId: string;
  modelName: string;
  colour: boolean;
  /** Rated speed: bounds a plausible meter increase. */
  pagesPerMinute: number;
  /** The meters the model has. */
  meters: MeterType[];
  tonerSkus: string[];
  /**
   * The same toners with name and colour (added within version 1: events written before it
   * lack the field, so read it as optional). Toner matches an alert's colour with it.
   */
  tonerProducts?: TonerProductV1[];
  /** IANA zone that decides the device's "today" (meter readings). */
  timeZone: string;
  /** YYYY-MM-DD */
  installedAt: string;
  location: DeviceLocationV1;
  eMaintenance: boolean;
  stockLocationId: string | null;
  contractNumber: string;
  /** Agreed response time, counted in business hours. */
  responseTimeHours: number;
  /** The meters a reading must carry. */
  billedMeters: MeterType[];
  readingFrequency: 'MONTHLY' | 'QUARTERLY';
  /**
   * On a partner's sandbox account (added within version 1; absent means false): generate the
   * sandbox's data for it if you own some, and keep it out of the service centre's work.
   */
  sandbox?: boolean;
}

export type DeviceEvent = DomainEvent<DeviceSnapshotV1> & { type: DeviceEventType };

/**
 * The columns every subgraph's device projection keeps (the rest is in `snapshot`); extend it
 * with @Entity() and apply events with `projectDevice`.
 */
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
 * Whether a device takes new service orders, meter readings and toner alerts: not once
 * decommissioned (refuse with DEVICE_NOT_ACTIVE). The one rule every consumer applies.
 */
export function deviceAcceptsNewWork(device: Pick<DeviceSnapshotV1, 'status'>): boolean {
  return device.status !== 'DECOMMISSIONED';
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
