import type { EntityManager } from 'typeorm';
import { type DomainEvent } from '@portal/platform';
import { DEVICE_TOPIC, projectDevice } from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import { WebhookMessage } from '../entities/webhook-message.entity';
import { WEBHOOK_EVENT_TYPES, webhookFactsOf } from './event-types';

/**
 * Applies one event (consumer `identity.webhooks`): a message for every enabled endpoint of the
 * fact's account subscribed to its type, in the consumer's transaction, so each fact is queued
 * once per endpoint (keyed by its stable id) and in stream order (the dispatcher keeps that order
 * per aggregate). A batch of accepted readings is one event of many facts: two statements.
 */
export async function queueWebhooks(manager: EntityManager, event: DomainEvent): Promise<void> {
  // Orders name their device, not their account: keep the device projection at least as
  // recent as this stream position (the projection's own consumer may lag behind).
  if (event.topic === DEVICE_TOPIC) await projectDevice(manager, DeviceProjection, event);
  const facts = await webhookFactsOf(manager, event);
  if (facts.length === 0) return;
  const endpoints = await manager
    .createQueryBuilder(WebhookEndpoint, 'e')
    .select('e.id', 'id')
    .addSelect('e.account_id', 'accountId')
    .addSelect('e.event_types', 'eventTypes')
    .where('e.account_id IN (:...accounts) AND e.enabled', {
      accounts: [...new Set(facts.map((f) => f.accountId))],
    })
    .getRawMany<{ id: string; accountId: string; eventTypes: string[] }>();
  if (endpoints.length === 0) return;
  const messages = facts.flatMap((fact) => {
    const to = endpoints.filter(
      (e) => e.accountId === fact.accountId && e.eventTypes.includes(fact.type),
    );
    if (to.length === 0) return [];
    const body = JSON.stringify({
      type: WEBHOOK_EVENT_TYPES[fact.type],
      timestamp: event.occurredAt,
      data: fact.data,
    });
    return to.map(({ id }) => ({
      endpointId: id,
      eventId: fact.eventId,
      eventType: fact.type,
      aggregateId: fact.aggregateId,
      body,
    }));
  });
  if (messages.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(WebhookMessage)
    .values(messages)
    .orIgnore()
    .execute();
}
