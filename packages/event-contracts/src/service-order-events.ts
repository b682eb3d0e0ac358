import { Column, PrimaryColumn, type EntityManager, type EntityTarget } from 'typeorm';
import type { DomainEvent } from '@portal/platform';

/**
 * # Service-order events: topic `service-orders`, version 1
 *
 * The service-orders subgraph publishes which technician an order is assigned to, through its
 * outbox (in the transaction of the change; delivered at least once). `revision` grows with
 * every change of the order: keep the highest (`projectTechnicianAssignment` does that).
 * `aggregateId` is the order's local uuid.
 *
 * | type                   | payload                         | when                                  |
 * | ---------------------- | ------------------------------- | ------------------------------------- |
 * | `ServiceOrderAssigned` | `ServiceOrderAssignmentV1`       | scheduled for a technician (also the demo data) |
 * | `ServiceOrderStatusChanged` | `ServiceOrderStatusChangedV1` | any lifecycle step; a step to SCHEDULED is a technician visit |
 * | `ServiceOrderResponseAlert` | `ServiceOrderResponseAlertV1` | no response yet: at risk, then overdue |
 *
 * Devices project the assignments: a technician sees the devices of the orders assigned to it
 * (docs/domain.md: its work). Identity turns status changes into notifications for the customer
 * user who raised the order. Ignore types you do not know; fields may be added within version 1,
 * anything else is version 2.
 */
export const SERVICE_ORDER_TOPIC = 'service-orders';
export const SERVICE_ORDER_EVENT_VERSION = 1;
export const SERVICE_ORDER_ASSIGNED = 'ServiceOrderAssigned';
export const SERVICE_ORDER_STATUS_CHANGED = 'ServiceOrderStatusChanged';

export interface ServiceOrderAssignmentV1 {
  serviceOrderId: string;
  /** Increases with every change of the order; keep the highest. */
  revision: number;
  deviceId: string;
  technicianId: string;
}

/** The columns a subgraph keeps of an order's assignment; extend it with @Entity(). */
export abstract class TechnicianAssignmentProjectionBase {
  @PrimaryColumn({ name: 'service_order_id', type: 'uuid' })
  serviceOrderId: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  revision: number;

  @Column({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  @Column({ name: 'technician_id', type: 'uuid' })
  technicianId: string;
}

/**
 * Applies an assignment event to a projection table: inserts it, or replaces an older
 * revision; a stale or repeated event, or any other service-order event, changes nothing.
 */
export async function projectTechnicianAssignment(
  manager: EntityManager,
  projection: EntityTarget<TechnicianAssignmentProjectionBase>,
  event: DomainEvent,
): Promise<void> {
  if (
    event.topic !== SERVICE_ORDER_TOPIC ||
    event.version !== SERVICE_ORDER_EVENT_VERSION ||
    event.type !== SERVICE_ORDER_ASSIGNED
  ) {
    return;
  }
  const a = event.payload as ServiceOrderAssignmentV1;
  const table = manager.getRepository(projection).metadata.tablePath;
  await manager.query(
    `INSERT INTO ${table} (service_order_id, revision, device_id, technician_id)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (service_order_id) DO UPDATE SET revision = EXCLUDED.revision,
       device_id = EXCLUDED.device_id, technician_id = EXCLUDED.technician_id
     WHERE ${table}.revision < EXCLUDED.revision`,
    [a.serviceOrderId, a.revision, a.deviceId, a.technicianId],
  );
}

export interface ServiceOrderStatusChangedV1 {
  orderId: string;
  /** SO-000123: what people read. */
  number: string;
  serialNumber: string;
  deviceId: string;
  from: string;
  to: string;
  /** ISO-8601 */
  at: string;
  /** "user:<id>" or "apiKey:<id>": who raised the order. */
  raisedBy: string;
  /** The comment customers see with the step (never an internal note); null without one. */
  comment: string | null;
  /** ISO-8601; the technician visit when the order is scheduled. */
  visitAt: string | null;
  technicianName: string | null;
  /** The address service-orders mailed about this step itself (the contact's), if any. */
  contactMailedTo: string | null;
}

/**
 * # Response time at risk: topic `service-orders`, type `ServiceOrderResponseAlert`, version 1
 *
 * Once per order and stage, for an order nobody has responded to: `AT_RISK` when less than a
 * quarter of its response time is left, `OVERDUE` when its response is due and still missing.
 * Sent by the subgraph's SLA watch; identity notifies the service centre (agents and planners).
 */
export const SERVICE_ORDER_RESPONSE_ALERT = 'ServiceOrderResponseAlert';

export interface ServiceOrderResponseAlertV1 {
  orderId: string;
  number: string;
  serialNumber: string;
  accountId: string;
  stage: 'AT_RISK' | 'OVERDUE';
  status: string;
  /** ISO-8601 */
  responseDueAt: string;
}
