import { environment } from '../environment';
import { NatsEventTransport } from './nats-transport';
import { PostgresEventTransport } from './postgres-transport';
import type { EventTransport } from './transport';

/**
 * The transport the environment chooses: EVENT_TRANSPORT=postgres (default) keeps the bus in
 * the database at EVENT_BUS_URL, else in the subgraph's own; EVENT_TRANSPORT=nats uses the
 * JetStream broker at NATS_URL.
 */
export function createEventTransport(databaseUrl: string): EventTransport {
  const env = environment();
  if (env.EVENT_TRANSPORT === 'nats') return new NatsEventTransport(env.NATS_URL);
  return new PostgresEventTransport(env.EVENT_BUS_URL ?? databaseUrl);
}
