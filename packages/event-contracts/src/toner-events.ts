import { Column, PrimaryColumn, type EntityManager, type EntityTarget } from 'typeorm';
import type { DomainEvent } from '@portal/platform';
import type { Principal } from '@portal/platform';

/**
 * # Toner events: topic `toner`, version 1
 *
 * The toner subgraph publishes one event per change of a stock location or a shipment through
 * its outbox (in the transaction of the change; delivered at least once). Each carries the whole
 * stock location or shipment after the change, with a `revision` that grows with every change
 * of it: keep the highest (`projectStockLocation` does that for stock locations). Ids are local
 * uuids; `aggregateId` is the stock location's or the shipment's id.
 *
 * | type                   | payload                  | when                                          |
 * | ---------------------- | ------------------------ | --------------------------------------------- |
 * | `StockLocationCreated` | `StockLocationSnapshotV1` | staff created it (also the demo data)         |
 * | `StockLocationUpdated` | `StockLocationSnapshotV1` | name, instructions, address or contact edited |
 * | `ShipmentRequested`    | `ShipmentSnapshotV1`     | a supply order by hand (status REQUESTED)     |
 * | `ShipmentCreated`      | `ShipmentSnapshotV1`     | a toner-low alert brought the position below the minimum, or staff approved a request |
 * | `ShipmentDeclined`     | `ShipmentSnapshotV1`     | staff declined a request (status DECLINED)    |
 * | `ShipmentDispatched`   | `ShipmentSnapshotV1`     | staff sent it (CREATED -> DISPATCHED)         |
 * | `ShipmentPartlyDelivered` | `ShipmentSnapshotV1`  | a short delivery: units added, the rest still outstanding |
 * | `ShipmentDelivered`    | `ShipmentSnapshotV1`     | all arrived; the units were added to the stock |
 * | `ShipmentDeliveryUndone` | `ShipmentSnapshotV1`   | the latest delivery was taken back (minutes after) |
 * | `StockLevelBelowMinimum` | `StockLevelBelowMinimumV1` | units taken brought a toner's stock below its minimum |
 *
 * Identity projects stock locations (which account each belongs to) to decide who sees a
 * location's managers and a user's assigned locations. Ignore types you do not know; fields may
 * be added within version 1, anything else is version 2.
 */
export const TONER_TOPIC = 'toner';
export const TONER_EVENT_VERSION = 1;
export const STOCK_LOCATION_EVENT_TYPES = ['StockLocationCreated', 'StockLocationUpdated'] as const;
export type StockLocationEventType = (typeof STOCK_LOCATION_EVENT_TYPES)[number];
export const SHIPMENT_EVENT_TYPES = [
  'ShipmentRequested',
  'ShipmentCreated',
  'ShipmentDeclined',
  'ShipmentDispatched',
  'ShipmentPartlyDelivered',
  'ShipmentDelivered',
  'ShipmentDeliveryUndone',
] as const;
export type ShipmentEventType = (typeof SHIPMENT_EVENT_TYPES)[number];
export const STOCK_LEVEL_BELOW_MINIMUM = 'StockLevelBelowMinimum';

/** A toner's units on hand went from at or above its minimum to below it (aggregate: the location). */
export interface StockLevelBelowMinimumV1 {
  stockLocationId: string;
  accountId: string;
  locationName: string;
  sku: string;
  quantity: number;
  minimumLevel: number;
}

export interface StockLocationSnapshotV1 {
  stockLocationId: string;
  /** Increases by one with every change of the location; keep the highest. */
  revision: number;
  accountId: string;
  name: string;
  shippingInstructions: string;
  address: string;
  contactName: string | null;
}

export type ShipmentStatus = 'REQUESTED' | 'CREATED' | 'DISPATCHED' | 'DELIVERED' | 'DECLINED';

export interface ShipmentSnapshotV1 {
  shipmentId: string;
  /** 1 when created (or requested), one more with every change. */
  revision: number;
  stockLocationId: string;
  accountId: string;
  sku: string;
  quantity: number;
  status: ShipmentStatus;
  /** English text; `reasonCode` (TONER_LOW, MANUAL_REQUEST) is what to act on. */
  reason: string;
  reasonCode?: 'TONER_LOW' | 'MANUAL_REQUEST';
  /** Units received so far (a short delivery leaves quantity - quantityReceived outstanding). */
  quantityReceived?: number;
  /** Set when dispatched: who carries it and its tracking number (either may be unknown). */
  carrier?: string | null;
  trackingNumber?: string | null;
  /** The e-Maintenance alert and device that caused it, when one did. */
  alertId: string | null;
  deviceId: string | null;
  /** ISO-8601 */
  createdAt: string;
  dispatchedAt: string | null;
  deliveredAt: string | null;
}

/**
 * Who sees a stock location (docs/domain.md), the one rule every subgraph that shows stock applies:
 * agents and planners, the Administrators of its account, and the Stock Managers of its account assigned to
 * it. Device Managers and Self-Service users see no stock.
 */
export function maySeeStockLocation(
  principal: Principal,
  location: { id: string; accountId: string },
): boolean {
  if (principal.isAnonymous) return false;
  // Technicians' work (their assigned orders) needs no stock.
  if (principal.isStaff) return principal.readsEveryOrganization;
  return (
    principal.hasRole(location.accountId, 'ADMINISTRATOR') ||
    (principal.hasRole(location.accountId, 'STOCK_MANAGER') &&
      principal.isAssignedStockLocation(location.id))
  );
}

/** The columns a subgraph keeps of a stock location; extend it with @Entity(). */
export abstract class StockLocationProjectionBase {
  @PrimaryColumn({ name: 'stock_location_id', type: 'uuid' })
  stockLocationId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  name: string;
}

/**
 * Applies a stock-location event to a projection table: inserts it, or replaces an older
 * revision; a stale or repeated event, or any other toner event, changes nothing.
 */
export async function projectStockLocation(
  manager: EntityManager,
  projection: EntityTarget<StockLocationProjectionBase>,
  event: DomainEvent,
): Promise<void> {
  if (
    event.topic !== TONER_TOPIC ||
    event.version !== TONER_EVENT_VERSION ||
    !(STOCK_LOCATION_EVENT_TYPES as readonly string[]).includes(event.type)
  ) {
    return;
  }
  const s = event.payload as StockLocationSnapshotV1;
  const table = manager.getRepository(projection).metadata.tablePath;
  await manager.query(
    `INSERT INTO ${table} (stock_location_id, revision, account_id, name) VALUES ($1, $2, $3, $4)
     ON CONFLICT (stock_location_id) DO UPDATE SET revision = EXCLUDED.revision,
       account_id = EXCLUDED.account_id, name = EXCLUDED.name
     WHERE ${table}.revision < EXCLUDED.revision`,
    [s.stockLocationId, s.revision, s.accountId, s.name],
  );
}
