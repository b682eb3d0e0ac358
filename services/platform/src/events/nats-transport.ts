import type { Codec, JetStreamClient, JetStreamManager, NatsConnection } from 'nats';
import type { DomainEvent } from './domain-event';
import type { EventTransport, StreamedEvent } from './transport';

const STREAM = 'PORTAL_EVENTS';
const SUBJECT_PREFIX = 'portal.events';
// JetStream drops a repeated Nats-Msg-Id inside this window; consumers' processed_event
// table catches any repeat that comes later.
const DUPLICATE_WINDOW_MS = 60 * 60 * 1000;
const FETCH_EXPIRES_MS = 5000;
// A broker that does not acknowledge by then fails the relay's run; the next run publishes again.
const PUBLISH_TIMEOUT_MS = 3000;

interface Connected {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  nats: typeof import('nats');
  codec: Codec<DomainEvent>;
}

/**
 * The broker transport: one JetStream stream (file storage) with a subject per topic. The
 * stream sequence is the position, so a consumer keeps its offset in its own database exactly
 * as with the PostgreSQL bus; each fetch reads through a short-lived ephemeral consumer.
 */
export class NatsEventTransport implements EventTransport {
  private connected?: Promise<Connected>;

  constructor(private readonly servers: string) {}

  private connection(): Promise<Connected> {
    this.connected ??= (async () => {
      // Loaded by the first connection: a process (or test file) on the PostgreSQL transport
      // never needs the client's ~65 modules.
      const nats = await import('nats');
      const { StorageType, nanos } = nats;
      const nc = await nats.connect({
        servers: this.servers.split(',').map((s) => s.trim()),
        name: 'portal-event-bus',
        // A broker restart is a pause, not an end: keep reconnecting for as long as we run.
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
      });
      try {
        const jsm = await nc.jetstreamManager();
        await jsm.streams.info(STREAM).catch(() =>
          jsm.streams.add({
            name: STREAM,
            subjects: [`${SUBJECT_PREFIX}.>`],
            storage: StorageType.File,
            duplicate_window: nanos(DUPLICATE_WINDOW_MS),
          }),
        );
        const js = nc.jetstream({ timeout: PUBLISH_TIMEOUT_MS });
        return { nc, jsm, js, nats, codec: nats.JSONCodec<DomainEvent>() };
      } catch (error) {
        await nc.close();
        throw error;
      }
    })();
    // A failed first connection is tried again on the next call.
    this.connected.catch(() => (this.connected = undefined));
    return this.connected;
  }

  async publish(events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const { js, codec } = await this.connection();
    // One at a time: a failure stops the batch, so a retry can never store a later event of an
    // aggregate before an earlier one. The event id makes a repeat a no-op.
    for (const event of events) {
      await js.publish(subjectOf(event.topic), codec.encode(event), { msgID: event.id });
    }
  }

  async fetch(
    topics: string[],
    afterPosition: string,
    limit: number,
    types?: readonly string[],
  ): Promise<StreamedEvent[]> {
    // nats-server 2.9 filters a consumer by one subject: read each topic, merge by sequence.
    const perTopic = await Promise.all(
      topics.map((topic) => this.fetchTopic(topic, Number(afterPosition), limit)),
    );
    // A subject is a topic, not a type: other types are read, then passed over here.
    return perTopic
      .flat()
      .sort((a, b) => Number(a.position) - Number(b.position))
      .slice(0, limit)
      .map((s) => (!types || types.includes(s.event!.type) ? s : { position: s.position }));
  }

  private async fetchTopic(topic: string, after: number, limit: number): Promise<StreamedEvent[]> {
    const { js, jsm, nats, codec } = await this.connection();
    const { AckPolicy, DeliverPolicy, nanos } = nats;
    const info = await jsm.consumers.add(STREAM, {
      filter_subject: subjectOf(topic),
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: after + 1,
      ack_policy: AckPolicy.None,
      mem_storage: true,
      inactive_threshold: nanos(30_000),
    });
    try {
      const wanted = Math.min(info.num_pending, limit);
      const events: StreamedEvent[] = [];
      if (wanted === 0) return events;
      const consumer = await js.consumers.get(STREAM, info.name);
      const messages = await consumer.fetch({ max_messages: wanted, expires: FETCH_EXPIRES_MS });
      for await (const message of messages) {
        events.push({ position: String(message.seq), event: codec.decode(message.data) });
        if (events.length === wanted) break;
      }
      if (events.length < wanted)
        throw new Error(`JetStream delivered ${events.length} of ${wanted} events`);
      return events;
    } finally {
      await jsm.consumers.delete(STREAM, info.name).catch(() => undefined);
    }
  }

  async onPublished(listener: (topics?: readonly string[]) => void): Promise<() => Promise<void>> {
    const { nc } = await this.connection();
    // JetStream's stored messages are also plain NATS messages on the same subjects.
    const subscription = nc.subscribe(`${SUBJECT_PREFIX}.>`, {
      callback: (_error, message) => listener([message.subject.slice(SUBJECT_PREFIX.length + 1)]),
    });
    return async () => {
      if (!subscription.isClosed()) subscription.unsubscribe();
    };
  }

  async close(): Promise<void> {
    const connected = this.connected;
    this.connected = undefined;
    if (!connected) return;
    const { nc } = await connected.catch(() => ({ nc: undefined }));
    await nc?.close();
  }
}

function subjectOf(topic: string): string {
  return `${SUBJECT_PREFIX}.${topic}`;
}
