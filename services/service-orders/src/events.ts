import type { EntityManager } from 'typeorm';
import { recordEvent } from '@portal/platform';
import {
  SERVICE_ORDER_ASSIGNED,
  SERVICE_ORDER_EVENT_VERSION,
  SERVICE_ORDER_TOPIC,
  type ServiceOrderAssignmentV1,
} from '@portal/event-contracts';
import { ServiceOrderEvent } from './entities/service-order-event.entity';

/**
 * What service orders publish: an order's technician on the `service-orders` topic (version 1,
 * documented in @portal/event-contracts' service-order-events.ts). Call inside the transaction of
 * the change, after its history line: the newest history line's id is the revision.
 */
export async function recordAssignmentEvent(
  manager: EntityManager,
  order: { id: string; deviceId: string; technicianId: string },
): Promise<void> {
  const { revision } = (await manager
    .getRepository(ServiceOrderEvent)
    .createQueryBuilder('e')
    .select('max(e.id)::bigint', 'revision')
    .where('e.order_id = :id', { id: order.id })
    .getRawOne<{ revision: string }>())!;
  const payload: ServiceOrderAssignmentV1 = {
    serviceOrderId: order.id,
    revision: Number(revision),
    deviceId: order.deviceId,
    technicianId: order.technicianId,
  };
  await recordEvent(manager, {
    topic: SERVICE_ORDER_TOPIC,
    type: SERVICE_ORDER_ASSIGNED,
    version: SERVICE_ORDER_EVENT_VERSION,
    aggregateId: order.id,
    payload,
  });
}
