import type { EntityManager } from 'typeorm';
import { toGlobalId, type DomainEvent } from '@portal/platform';
import {
  DEVICE_TOPIC,
  METER_READING_BATCH_REFUSED,
  METER_READINGS_DUE,
  METER_READINGS_TOPIC,
  SERVICE_ORDER_RESPONSE_ALERT,
  SERVICE_ORDER_STATUS_CHANGED,
  SERVICE_ORDER_TOPIC,
  STOCK_LEVEL_BELOW_MINIMUM,
  TONER_TOPIC,
  type DeviceSnapshotV1,
  type MeterReadingBatchRefusedV1,
  type MeterReadingsDueV1,
  type ServiceOrderResponseAlertV1,
  type ServiceOrderStatusChangedV1,
  type ShipmentSnapshotV1,
  type StockLevelBelowMinimumV1,
} from '@portal/event-contracts';
import type { Notification, NotificationType } from '../entities/notification.entity';
import { ApiKey } from '../entities/api-key.entity';
import { recipients } from './notification-recipients';

/** What one event means for one user. */
export interface Intent {
  userId: string;
  type: NotificationType;
  facts: Notification['facts'];
  /** An address already mailed about the same step by the subgraph itself: no second mail. */
  alreadyMailed?: string | null;
}

const SHIPMENT_TYPES: Record<string, NotificationType> = {
  ShipmentCreated: 'TONER_SHIPMENT_CREATED',
  ShipmentDispatched: 'TONER_SHIPMENT_DISPATCHED',
  ShipmentDelivered: 'TONER_SHIPMENT_DELIVERED',
};

/** The event types that may concern someone, by topic: intentsOf answers no others. */
const NOTIFYING: Record<string, readonly string[]> = {
  [SERVICE_ORDER_TOPIC]: [SERVICE_ORDER_STATUS_CHANGED, SERVICE_ORDER_RESPONSE_ALERT],
  [TONER_TOPIC]: [...Object.keys(SHIPMENT_TYPES), STOCK_LEVEL_BELOW_MINIMUM],
  [DEVICE_TOPIC]: ['DeviceStatusChanged'],
  [METER_READINGS_TOPIC]: [METER_READINGS_DUE, METER_READING_BATCH_REFUSED],
};
/** The identity.notifications consumer's topics and types (not, e.g., batches of readings). */
export const NOTIFYING_TOPICS = Object.keys(NOTIFYING);
export const NOTIFYING_TYPES = Object.values(NOTIFYING).flat();

/** The users one event concerns, each with its notification type and facts. */
export async function intentsOf(manager: EntityManager, event: DomainEvent): Promise<Intent[]> {
  if (event.version !== 1 || !NOTIFYING[event.topic]?.includes(event.type)) return [];
  const { type, payload } = event;
  if (event.topic === SERVICE_ORDER_TOPIC) {
    if (type === SERVICE_ORDER_STATUS_CHANGED)
      return serviceOrderIntents(payload as ServiceOrderStatusChangedV1);
    if (type === SERVICE_ORDER_RESPONSE_ALERT)
      return responseAlertIntents(manager, payload as ServiceOrderResponseAlertV1);
  }
  if (event.topic === TONER_TOPIC) {
    if (SHIPMENT_TYPES[type]) return shipmentIntents(manager, type, payload as ShipmentSnapshotV1);
    if (type === STOCK_LEVEL_BELOW_MINIMUM)
      return belowMinimumIntents(manager, payload as StockLevelBelowMinimumV1);
  }
  if (event.topic === DEVICE_TOPIC && type === 'DeviceStatusChanged')
    return deviceRemovedIntents(manager, payload as DeviceSnapshotV1);
  if (event.topic === METER_READINGS_TOPIC) {
    if (type === METER_READINGS_DUE)
      return readingsDueIntents(manager, payload as MeterReadingsDueV1);
    if (type === METER_READING_BATCH_REFUSED)
      return batchRefusedIntents(manager, payload as MeterReadingBatchRefusedV1);
  }
  return [];
}

function serviceOrderIntents(p: ServiceOrderStatusChangedV1): Intent[] {
  const [kind, userId] = p.raisedBy.split(':');
  if (kind !== 'user' || !userId) return [];
  return [
    {
      userId,
      type: p.to === 'SCHEDULED' ? 'SERVICE_VISIT_SCHEDULED' : 'SERVICE_ORDER_STATUS_CHANGED',
      facts: {
        number: p.number,
        serialNumber: p.serialNumber,
        from: p.from,
        to: p.to,
        comment: p.comment,
        visitAt: p.visitAt,
        technicianName: p.technicianName,
        link: `/service-orders/${toGlobalId('ServiceOrder', p.orderId)}`,
      },
      alreadyMailed: p.contactMailedTo,
    },
  ];
}

async function responseAlertIntents(
  manager: EntityManager,
  p: ServiceOrderResponseAlertV1,
): Promise<Intent[]> {
  const type = p.stage === 'AT_RISK' ? 'SERVICE_ORDER_AT_RISK' : 'SERVICE_ORDER_OVERDUE';
  const facts = {
    number: p.number,
    serialNumber: p.serialNumber,
    responseDueAt: p.responseDueAt,
    link: `/service-orders/${toGlobalId('ServiceOrder', p.orderId)}`,
  };
  const staff = await recipients.serviceCentre(manager);
  return staff.map((userId) => ({ userId, type, facts }));
}

async function shipmentIntents(
  manager: EntityManager,
  eventType: string,
  p: ShipmentSnapshotV1,
): Promise<Intent[]> {
  const facts = {
    sku: p.sku,
    quantity: String(p.quantity),
    carrier: p.carrier ?? null,
    trackingNumber: p.trackingNumber ?? null,
    link: '/stock',
  };
  const managers = await recipients.stockManagers(manager, p.accountId, p.stockLocationId);
  return managers.map((m) => ({
    userId: m.userId,
    type: SHIPMENT_TYPES[eventType]!,
    facts: { ...facts, location: m.locationName },
  }));
}

async function belowMinimumIntents(
  manager: EntityManager,
  p: StockLevelBelowMinimumV1,
): Promise<Intent[]> {
  const managers = await recipients.stockManagers(manager, p.accountId, p.stockLocationId);
  return managers.map((m) => ({
    userId: m.userId,
    type: 'TONER_BELOW_MINIMUM' as const,
    facts: {
      sku: p.sku,
      quantity: String(p.quantity),
      minimum: String(p.minimumLevel),
      location: p.locationName,
      link: '/stock',
    },
  }));
}

async function deviceRemovedIntents(
  manager: EntityManager,
  device: DeviceSnapshotV1,
): Promise<Intent[]> {
  if (device.status !== 'DECOMMISSIONED') return [];
  const users = await recipients.deviceOwners(manager, device.accountId, [device.deviceId]);
  return users.map(({ userId }) => ({
    userId,
    type: 'DEVICE_REMOVED' as const,
    facts: { serialNumber: device.serialNumber, model: device.modelName, link: '/devices' },
  }));
}

async function readingsDueIntents(
  manager: EntityManager,
  p: MeterReadingsDueV1,
): Promise<Intent[]> {
  const ids = p.devices.map((d) => d.deviceId);
  const users = await recipients.deviceOwners(manager, p.accountId, ids);
  const type = p.stage === 'DUE' ? 'METER_READING_DUE' : 'METER_READING_OVERDUE';
  return users.flatMap(({ userId, deviceIds }) => {
    // Administrators hear of every device; a Device Manager of its own only.
    const theirs = p.devices.filter((d) => deviceIds === 'ALL' || deviceIds.has(d.deviceId));
    if (theirs.length === 0) return [];
    return [
      {
        userId,
        type,
        facts: {
          count: String(theirs.length),
          serialNumbers: theirs
            .slice(0, 10)
            .map((d) => d.serialNumber)
            .join(', '),
          dueDate: p.dueDate,
          link: '/readings',
        },
      },
    ];
  });
}

async function batchRefusedIntents(
  manager: EntityManager,
  p: MeterReadingBatchRefusedV1,
): Promise<Intent[]> {
  const [kind, id] = p.submittedBy.split(':');
  let userId = kind === 'user' ? id : undefined;
  // An integration key's batch: its creator hears of it.
  if (kind === 'apiKey' && id) userId = (await manager.findOneBy(ApiKey, { id }))?.createdBy;
  if (!userId) return [];
  return [
    {
      userId,
      type: 'METER_READINGS_REFUSED',
      facts: {
        submitted: String(p.submitted),
        accepted: String(p.accepted),
        refused: String(p.refused),
        refusals: p.refusals
          .slice(0, 10)
          .map((r) => `#${r.index + 1}${r.serialNumber ? ` ${r.serialNumber}` : ''}: ${r.code}`)
          .join('; '),
        link: '/readings',
      },
    },
  ];
}
