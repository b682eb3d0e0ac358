import type { EntityManager } from 'typeorm';
import { announceLive, toGlobalId, type DomainEvent } from '@portal/platform';
import {
  SERVICE_ORDER_STATUS_CHANGED,
  SERVICE_ORDER_TOPIC,
  SHIPMENT_EVENT_TYPES,
  STOCK_LOCATION_EVENT_TYPES,
  TONER_TOPIC,
  type ServiceOrderStatusChangedV1,
  type ShipmentSnapshotV1,
  type StockLocationSnapshotV1,
} from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';

/**
 * Consumer `identity.live`: each order and stock change becomes a live note for the screens
 * that show it (the staff queue, the order page, the stock page). The note carries what
 * decides who may hear of it; the stream (stream.ts) sends each caller only what it may read.
 */
export async function announceChange(manager: EntityManager, event: DomainEvent): Promise<void> {
  if (event.version !== 1) return;
  if (event.topic === SERVICE_ORDER_TOPIC && event.type === SERVICE_ORDER_STATUS_CHANGED) {
    const p = event.payload as ServiceOrderStatusChangedV1;
    const device = await manager.findOneBy(DeviceProjection, { deviceId: p.deviceId });
    if (!device) return;
    await announceLive(manager, {
      type: 'ServiceOrder',
      id: toGlobalId('ServiceOrder', p.orderId),
      accountId: device.accountId,
      deviceId: p.deviceId,
      raisedBy: p.raisedBy,
    });
  } else if (event.topic === TONER_TOPIC) {
    if ((SHIPMENT_EVENT_TYPES as readonly string[]).includes(event.type)) {
      const s = event.payload as ShipmentSnapshotV1;
      await announceLive(manager, {
        type: 'Shipment',
        id: toGlobalId('Shipment', s.shipmentId),
        accountId: s.accountId,
        stockLocationId: s.stockLocationId,
      });
    } else if ((STOCK_LOCATION_EVENT_TYPES as readonly string[]).includes(event.type)) {
      const l = event.payload as StockLocationSnapshotV1;
      await announceLive(manager, {
        type: 'StockLocation',
        id: toGlobalId('StockLocation', l.stockLocationId),
        accountId: l.accountId,
        stockLocationId: l.stockLocationId,
      });
    }
  }
}
