import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { type DomainEvent } from '@portal/platform';
import { DEVICE_EVENT_VERSION, DEVICE_TOPIC, type DeviceSnapshotV1 } from '@portal/event-contracts';
import { ServiceOrder, type ServiceOrderType } from '../entities/service-order.entity';
import { ServiceOrderEvent } from '../entities/service-order-event.entity';
import { calendarFor, DEFAULT_COUNTRY } from './calendars';
import { refreshOrderDays } from './order-rollup';

/** The orders a sandbox starts with, by its device's number (the serial's last two digits). */
const SANDBOX_ORDERS: Record<string, { type: ServiceOrderType; description: string }> = {
  '01': { type: 'BREAKDOWN', description: 'Paper jams in tray 2 several times an hour.' },
  '02': { type: 'MAINTENANCE', description: 'Streaks on copies from the document feeder.' },
  '03': { type: 'OTHER', description: 'How do we set up scanning to e-mail?' },
};

/**
 * service-orders' part of a partner's sandbox: a few submitted orders on its first devices
 * (DeviceRegistered marked `sandbox`), marked sandbox so the service centre's queue, response
 * watch and analytics leave them out. Nobody at the service centre acts on them: a partner sees
 * orders as a customer does and may comment on and cancel them.
 */
export async function generateSandboxOrders(
  manager: EntityManager,
  event: DomainEvent,
): Promise<void> {
  const device = event.payload as DeviceSnapshotV1;
  const order = SANDBOX_ORDERS[device.serialNumber.slice(-2)];
  if (
    event.topic !== DEVICE_TOPIC ||
    event.version !== DEVICE_EVENT_VERSION ||
    event.type !== 'DeviceRegistered' ||
    device.sandbox !== true ||
    !order
  )
    return;
  const calendar = calendarFor(DEFAULT_COUNTRY);
  const submittedAt = new Date();
  const receivedAt = calendar.receivedAt(submittedAt);
  const id = randomUUID();
  await manager.insert(ServiceOrder, {
    id,
    deviceId: device.deviceId,
    type: order.type,
    status: 'SUBMITTED',
    channel: 'PORTAL',
    description: order.description,
    errorCode: null,
    contactName: device.location.contactName ?? 'Sandbox facility desk',
    contactPhone: device.location.contactPhone ?? '+45 70 00 00 00',
    contactEmail: null,
    mailTo: null,
    calendar: DEFAULT_COUNTRY,
    submittedAt,
    receivedAt,
    responseTimeHours: device.responseTimeHours,
    responseDueAt: calendar.addBusinessHours(receivedAt, device.responseTimeHours),
    respondedAt: null,
    scheduledVisitAt: null,
    technicianId: null,
    technicianName: null,
    createdBy: 'system:sandbox',
    sandbox: true,
  });
  await manager.insert(ServiceOrderEvent, {
    orderId: id,
    at: submittedAt,
    actor: 'system:sandbox',
    actorName: 'Sandbox',
    fromStatus: null,
    toStatus: 'SUBMITTED',
    comment: null,
    internal: false,
  });
  await refreshOrderDays(manager, id, submittedAt);
}
