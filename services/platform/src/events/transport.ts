import type { DomainEvent } from './domain-event';

export interface StreamedEvent {
  /** Position in the stream, increasing in commit order. */
  position: string;
  /** Absent for an event of a type the fetch did not ask for: only its position counts. */
  event?: DomainEvent;
}

/**
 * Moves events from producers' outboxes to consumers. PostgreSQL by default; a broker
 * (NATS JetStream, Kafka) can stand behind the same interface.
 */
export interface EventTransport {
  /** Idempotent by event id: publishing an event twice stores it once. */
  publish(events: DomainEvent[]): Promise<void>;
  /**
   * Events of the topics after the position, in stream order. With `types`, an event of another
   * type comes as its position only: a consumer moves past it without reading its payload.
   */
  fetch(
    topics: string[],
    afterPosition: string,
    limit: number,
    types?: readonly string[],
  ): Promise<StreamedEvent[]>;
  /**
   * Calls back when new events may be available, with their topics when the transport knows
   * them (undefined: any topic); returns an unsubscribe function.
   */
  onPublished(listener: (topics?: readonly string[]) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
