import type { EntityManager } from 'typeorm';
import { recordEvent, type DomainEvent } from '@portal/platform';
import {
  DEVICE_EVENT_VERSION,
  DEVICE_TOPIC,
  projectDevice,
  STOCK_LEVEL_BELOW_MINIMUM,
  TONER_EVENT_VERSION,
  TONER_TOPIC,
  type DeviceSnapshotV1,
  type ShipmentEventType,
  type ShipmentSnapshotV1,
  type StockLocationEventType,
  type StockLevelBelowMinimumV1,
  type StockLocationSnapshotV1,
} from '@portal/event-contracts';
import { DeviceProjection } from './entities/device-projection.entity';
import { TonerProduct } from './entities/toner-product.entity';
import type { StockLocation } from './entities/stock-location.entity';
import { generateSandboxStock } from './domain/sandbox-stock';
import type { Shipment } from './entities/shipment.entity';

/**
 * What toner publishes: stock-location and shipment events on the `toner` topic (version 1),
 * documented in @portal/event-contracts' toner-events.ts. Call inside the transaction of the change.
 */
export async function recordStockLocationEvent(
  manager: EntityManager,
  type: StockLocationEventType,
  location: StockLocation,
): Promise<void> {
  const payload: StockLocationSnapshotV1 = {
    stockLocationId: location.id,
    revision: location.revision,
    accountId: location.accountId,
    name: location.name,
    shippingInstructions: location.shippingInstructions,
    address: location.address,
    contactName: location.contactName,
  };
  await recordEvent(manager, {
    topic: TONER_TOPIC,
    type,
    version: TONER_EVENT_VERSION,
    aggregateId: location.id,
    payload,
  });
}

export async function recordShipmentEvent(
  manager: EntityManager,
  type: ShipmentEventType,
  shipment: Shipment,
  accountId: string,
): Promise<void> {
  const payload: ShipmentSnapshotV1 = {
    shipmentId: shipment.id,
    revision: shipment.revision,
    stockLocationId: shipment.locationId,
    accountId,
    sku: shipment.sku,
    quantity: shipment.quantity,
    status: shipment.status,
    reason: shipment.reason,
    alertId: shipment.alertId,
    deviceId: shipment.deviceId,
    createdAt: shipment.createdAt.toISOString(),
    dispatchedAt: shipment.dispatchedAt?.toISOString() ?? null,
    deliveredAt: shipment.deliveredAt?.toISOString() ?? null,
  };
  await recordEvent(manager, {
    topic: TONER_TOPIC,
    type,
    version: TONER_EVENT_VERSION,
    aggregateId: shipment.id,
    payload,
  });
}

/** A toner's units on hand just fell below its minimum (the location's Stock Managers are told). */
export async function recordStockLevelBelowMinimum(
  manager: EntityManager,
  payload: StockLevelBelowMinimumV1,
): Promise<void> {
  await recordEvent(manager, {
    topic: TONER_TOPIC,
    type: STOCK_LEVEL_BELOW_MINIMUM,
    version: TONER_EVENT_VERSION,
    aggregateId: payload.stockLocationId,
    payload,
  });
}

/**
 * What toner keeps of devices: the device snapshot (linked stock location, e-Maintenance,
 * status, account) and the toner catalogue the snapshots carry (sku -> name, colour).
 */
export async function applyDeviceEvent(manager: EntityManager, event: DomainEvent): Promise<void> {
  if (event.topic !== DEVICE_TOPIC || event.version !== DEVICE_EVENT_VERSION) return;
  await projectDevice(manager, DeviceProjection, event);
  const products = (event.payload as DeviceSnapshotV1).tonerProducts ?? [];
  if (products.length) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(TonerProduct)
      .values(products.map(({ sku, name, colour }) => ({ sku, name, colour })))
      .orUpdate(['name', 'colour'], ['sku'])
      .execute();
  }
  await generateSandboxStock(manager, event);
}
