import type { DomainEvent } from './domain-event';

export interface StreamedEvent {
  /** Position in the stream, increasing in commit order. */
  position: string;
  event: DomainEvent;
}

/**
 * Moves events from producers' outboxes to consumers. PostgreSQL by default; a broker
 * (NATS JetStream, Kafka) can stand behind the same interface.
 */
export interface EventTransport {
  /** Idempotent by event id: publishing an event twice stores it once. */
  publish(events: DomainEvent[]): Promise<void>;
  /** Events of the topics after the position, in stream order. */
  fetch(topics: string[], afterPosition: string, limit: number): Promise<StreamedEvent[]>;
  /** Calls back when new events may be available; returns an unsubscribe function. */
  onPublished(listener: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
