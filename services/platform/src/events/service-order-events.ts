/**
 * # Service-order events: topic `service-orders`, version 1
 *
 * The service-orders subgraph publishes one event per status change of an order through its
 * outbox (in the transaction of the change; delivered at least once). `aggregateId` is the
 * order's local uuid.
 *
 * | type                        | payload                        | when                         |
 * | --------------------------- | ------------------------------ | ---------------------------- |
 * | `ServiceOrderStatusChanged` | `ServiceOrderStatusChangedV1`  | any lifecycle step; a step to SCHEDULED is a technician visit |
 *
 * Identity turns them into notifications for the customer user who raised the order. Ignore
 * types you do not know; fields may be added within version 1, anything else is version 2.
 */
export const SERVICE_ORDER_TOPIC = 'service-orders';
export const SERVICE_ORDER_EVENT_VERSION = 1;
export const SERVICE_ORDER_STATUS_CHANGED = 'ServiceOrderStatusChanged';

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
