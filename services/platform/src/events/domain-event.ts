import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';

/** What travels between subgraphs: a versioned, self-describing fact. */
export interface DomainEvent<P = unknown> {
  id: string;
  topic: string;
  type: string;
  version: number;
  aggregateId: string;
  occurredAt: string;
  payload: P;
}

export type NewEvent<P> = Pick<
  DomainEvent<P>,
  'topic' | 'type' | 'version' | 'aggregateId' | 'payload'
>;

/**
 * Records an event in the caller's transaction: it is delivered if and only if the change
 * commits. Call `relay.wake()` after the commit for prompt delivery.
 */
export async function recordEvent<P>(manager: EntityManager, event: NewEvent<P>): Promise<string> {
  const id = randomUUID();
  await manager.insert(OutboxEvent, {
    eventId: id,
    topic: event.topic,
    type: event.type,
    version: event.version,
    aggregateId: event.aggregateId,
    payload: event.payload as object,
    occurredAt: new Date(),
    publishedAt: null,
  });
  return id;
}
