import type { EntityManager } from 'typeorm';
import { type DomainEvent } from '@portal/platform';
import { DEVICE_TOPIC, projectDevice } from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import { WebhookMessage } from '../entities/webhook-message.entity';
import { WEBHOOK_EVENT_TYPES, webhookFactOf } from './event-types';

/**
 * Applies one event (consumer `identity.webhooks`): a message for every enabled endpoint of the
 * event's account subscribed to its type, in the consumer's transaction, so each event is
 * queued once per endpoint and in stream order (the dispatcher keeps that order per aggregate).
 */
export async function queueWebhooks(manager: EntityManager, event: DomainEvent): Promise<void> {
  // Orders name their device, not their account: keep the device projection at least as
  // recent as this stream position (the projection's own consumer may lag behind).
  if (event.topic === DEVICE_TOPIC) await projectDevice(manager, DeviceProjection, event);
  const fact = await webhookFactOf(manager, event);
  if (!fact) return;
  const endpoints = await manager
    .createQueryBuilder(WebhookEndpoint, 'e')
    .select('e.id', 'id')
    .where('e.account_id = :account AND e.enabled AND :type = ANY(e.event_types)', {
      account: fact.accountId,
      type: fact.type,
    })
    .getRawMany<{ id: string }>();
  if (endpoints.length === 0) return;
  const body = JSON.stringify({
    type: WEBHOOK_EVENT_TYPES[fact.type],
    timestamp: event.occurredAt,
    data: fact.data,
  });
  await manager
    .createQueryBuilder()
    .insert()
    .into(WebhookMessage)
    .values(
      endpoints.map(({ id }) => ({
        endpointId: id,
        eventId: event.id,
        eventType: fact.type,
        aggregateId: fact.aggregateId,
        body,
      })),
    )
    .orIgnore()
    .execute();
}
