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

/** An event as the outbox and the event bus store it (their columns), read with raw SQL. */
export interface StoredEventRow {
  event_id: string;
  topic: string;
  type: string;
  version: number;
  aggregate_id: string;
  payload: unknown;
  occurred_at: Date;
}

/** The columns of a stored event, in the order StoredEventRow names them. */
export const STORED_EVENT_COLUMNS =
  'event_id, topic, type, version, aggregate_id, payload, occurred_at';

export function fromStoredRow(row: StoredEventRow): DomainEvent {
  return {
    id: row.event_id,
    topic: row.topic,
    type: row.type,
    version: row.version,
    aggregateId: row.aggregate_id,
    occurredAt: row.occurred_at.toISOString(),
    payload: row.payload,
  };
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

/**
 * Records many events in the caller's transaction with one statement (bulk intake); the same
 * guarantees as recordEvent. Returns the event ids in order.
 */
export async function recordEvents<P>(
  manager: EntityManager,
  events: NewEvent<P>[],
): Promise<string[]> {
  if (events.length === 0) return [];
  const ids = events.map(() => randomUUID());
  // One statement however many events, and one JSON document as its parameter: a jsonb[]
  // array parameter has every payload's quotes escaped once more on the way.
  await manager.query(
    `INSERT INTO ${manager.getRepository(OutboxEvent).metadata.tablePath}
       (event_id, topic, type, version, aggregate_id, payload, occurred_at)
     SELECT e.id, e.topic, e.type, e.version, e.aggregate_id, e.payload, now()
       FROM json_to_recordset($1::json)
         AS e(id uuid, topic text, type text, version int, aggregate_id uuid, payload jsonb)`,
    [
      JSON.stringify(
        events.map((e, i) => ({
          id: ids[i],
          topic: e.topic,
          type: e.type,
          version: e.version,
          aggregate_id: e.aggregateId,
          payload: e.payload,
        })),
      ),
    ],
  );
  return ids;
}
