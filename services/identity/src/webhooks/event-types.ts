import type { EntityManager } from 'typeorm';
import { toGlobalId, type DomainEvent } from '@portal/platform';
import {
  acceptedReadingsOf,
  DEVICE_TOPIC,
  METER_READING_CORRECTED,
  SERVICE_ORDER_STATUS_CHANGED,
  SERVICE_ORDER_TOPIC,
  SHIPMENT_EVENT_TYPES,
  readingEventId,
  TONER_TOPIC,
  type AcceptedMeterReadingV1,
  type DeviceSnapshotV1,
  type MeterReadingCorrectedV1,
  type ServiceOrderStatusChangedV1,
  type ShipmentSnapshotV1,
} from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';

/** The event types an endpoint may subscribe to, and their names on the wire (payload `type`). */
export const WEBHOOK_EVENT_TYPES = {
  SERVICE_ORDER_STATUS_CHANGED: 'service_order.status_changed',
  METER_READING_ACCEPTED: 'meter_reading.accepted',
  METER_READING_CORRECTED: 'meter_reading.corrected',
  SHIPMENT_CREATED: 'shipment.created',
  SHIPMENT_DISPATCHED: 'shipment.dispatched',
  SHIPMENT_DELIVERED: 'shipment.delivered',
  DEVICE_REGISTERED: 'device.registered',
  DEVICE_UPDATED: 'device.updated',
  DEVICE_STATUS_CHANGED: 'device.status_changed',
} as const;
export type WebhookEventType = keyof typeof WEBHOOK_EVENT_TYPES;

export const METER_READING_TOPIC = 'meter-readings';

/**
 * What a webhook says about one domain event: for which account, about which aggregate (the
 * unit of ordering), and the data. The data is what the account's Administrators read through
 * the API anyway, under the API's global ids: no internal notes, no staff identities, no
 * contact addresses, nothing of another account.
 */
export interface WebhookFact {
  /** The webhook-id: the event's, or one derived per reading of a batch event (stable). */
  eventId: string;
  type: WebhookEventType;
  accountId: string;
  aggregateId: string;
  data: Record<string, unknown>;
}

/** The facts of one event: one per reading of an acceptance event, else at most one. */
export async function webhookFactsOf(
  manager: EntityManager,
  event: DomainEvent,
): Promise<WebhookFact[]> {
  if (event.version !== 1) return [];
  const readings = acceptedReadingsOf(event);
  if (readings)
    return readings.map((r) => readingAcceptedFact(readingEventId(event, r.readingId), r));
  const fact = await singleFactOf(manager, event);
  return fact ? [{ eventId: event.id, ...fact }] : [];
}

async function singleFactOf(
  manager: EntityManager,
  event: DomainEvent,
): Promise<Omit<WebhookFact, 'eventId'> | null> {
  if (event.topic === SERVICE_ORDER_TOPIC && event.type === SERVICE_ORDER_STATUS_CHANGED)
    return serviceOrderFact(manager, event.payload as ServiceOrderStatusChangedV1);
  if (event.topic === METER_READING_TOPIC && event.type === METER_READING_CORRECTED)
    return readingCorrectedFact(event.payload as MeterReadingCorrectedV1);
  if (
    event.topic === TONER_TOPIC &&
    (SHIPMENT_EVENT_TYPES as readonly string[]).includes(event.type)
  )
    return shipmentFact(event.type, event.payload as ShipmentSnapshotV1);
  if (event.topic === DEVICE_TOPIC)
    return deviceFact(event.type, event.payload as DeviceSnapshotV1);
  return null;
}

const account = (id: string) => ({ id: toGlobalId('Account', id) });
const device = (id: string, serialNumber: string) => ({
  id: toGlobalId('Device', id),
  serialNumber,
});

async function serviceOrderFact(
  manager: EntityManager,
  p: ServiceOrderStatusChangedV1,
): Promise<Omit<WebhookFact, 'eventId'> | null> {
  // The event names the device; its account is the device's (projected from `devices`).
  const owner = await manager.findOneBy(DeviceProjection, { deviceId: p.deviceId });
  if (!owner) return null;
  return {
    type: 'SERVICE_ORDER_STATUS_CHANGED',
    accountId: owner.accountId,
    aggregateId: p.orderId,
    data: {
      serviceOrder: { id: toGlobalId('ServiceOrder', p.orderId), number: p.number, status: p.to },
      previousStatus: p.from,
      changedAt: p.at,
      comment: p.comment,
      visitAt: p.visitAt,
      technicianName: p.technicianName,
      device: device(p.deviceId, p.serialNumber),
      account: account(owner.accountId),
    },
  };
}

function readingAcceptedFact(eventId: string, p: AcceptedMeterReadingV1): WebhookFact {
  return {
    eventId,
    type: 'METER_READING_ACCEPTED',
    accountId: p.accountId,
    aggregateId: p.readingId,
    data: {
      meterReading: {
        id: toGlobalId('MeterReading', p.readingId),
        readingDate: p.readingDate,
        source: p.source,
        submittedAt: p.submittedAt,
        values: p.values.map(({ meter, value, usageSincePrevious }) => ({
          meter,
          value,
          usageSincePrevious,
        })),
      },
      device: device(p.deviceId, p.serialNumber),
      account: account(p.accountId),
    },
  };
}

function readingCorrectedFact(p: MeterReadingCorrectedV1): Omit<WebhookFact, 'eventId'> {
  return {
    type: 'METER_READING_CORRECTED',
    accountId: p.accountId,
    aggregateId: p.readingId,
    data: {
      meterReading: { id: toGlobalId('MeterReading', p.readingId), readingDate: p.readingDate },
      kind: p.kind,
      reason: p.reason,
      correctedAt: p.correctedAt,
      previousValues: p.previousValues,
      values: p.values,
      device: device(p.deviceId, p.serialNumber),
      account: account(p.accountId),
    },
  };
}

const SHIPMENT_TYPES: Record<string, WebhookEventType> = {
  ShipmentCreated: 'SHIPMENT_CREATED',
  ShipmentDispatched: 'SHIPMENT_DISPATCHED',
  ShipmentDelivered: 'SHIPMENT_DELIVERED',
};

function shipmentFact(type: string, s: ShipmentSnapshotV1): Omit<WebhookFact, 'eventId'> {
  return {
    type: SHIPMENT_TYPES[type]!,
    accountId: s.accountId,
    aggregateId: s.shipmentId,
    data: {
      shipment: {
        id: toGlobalId('Shipment', s.shipmentId),
        status: s.status,
        sku: s.sku,
        quantity: s.quantity,
        createdAt: s.createdAt,
        dispatchedAt: s.dispatchedAt,
        deliveredAt: s.deliveredAt,
        stockLocation: { id: toGlobalId('StockLocation', s.stockLocationId) },
        device: s.deviceId ? { id: toGlobalId('Device', s.deviceId) } : null,
      },
      account: account(s.accountId),
    },
  };
}

function deviceFact(type: string, d: DeviceSnapshotV1): Omit<WebhookFact, 'eventId'> {
  const kind: WebhookEventType =
    type === 'DeviceRegistered'
      ? 'DEVICE_REGISTERED'
      : type === 'DeviceStatusChanged'
        ? 'DEVICE_STATUS_CHANGED'
        : 'DEVICE_UPDATED';
  return {
    type: kind,
    accountId: d.accountId,
    aggregateId: d.deviceId,
    data: {
      device: {
        ...device(d.deviceId, d.serialNumber),
        status: d.status,
        model: { id: toGlobalId('DeviceModel', d.modelId), name: d.modelName },
        installedAt: d.installedAt,
        location: d.location,
        eMaintenance: d.eMaintenance,
        stockLocation: d.stockLocationId
          ? { id: toGlobalId('StockLocation', d.stockLocationId) }
          : null,
        contract: {
          contractNumber: d.contractNumber,
          responseTimeHours: d.responseTimeHours,
          billedMeters: d.billedMeters,
          readingFrequency: d.readingFrequency,
        },
      },
      account: account(d.accountId),
    },
  };
}
