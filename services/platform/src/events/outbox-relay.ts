import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { OutboxEvent } from './outbox-event.entity';
import type { DomainEvent } from './domain-event';
import type { EventTransport } from './transport';
import { Pump } from './pump';

const BATCH = 200;
const RELAY_LOCK = 727_002;

/**
 * Moves committed outbox rows to the transport and marks them published. A crash between
 * publishing and marking publishes again: delivery is at least once, the transport dedupes.
 */
export class OutboxRelay {
  private readonly pump: Pump;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: EventTransport,
    log: Logger,
    intervalMs: number,
  ) {
    this.pump = new Pump('outbox-relay', () => this.drain(), intervalMs, log);
  }

  start(): void {
    this.pump.start();
  }
  /** Deliver soon: call after committing a transaction that recorded events. */
  wake(): void {
    this.pump.wake();
  }
  flush(): Promise<void> {
    return this.pump.flush();
  }
  stop(): Promise<void> {
    return this.pump.stop();
  }

  private async drain(): Promise<void> {
    let moved = BATCH;
    while (moved === BATCH) {
      moved = await this.dataSource.transaction(async (manager) => {
        // One relay of a subgraph at a time, whatever the replicas: two relaying side by side
        // could publish an aggregate's later event before its earlier one. The others skip.
        const outbox = manager.getRepository(OutboxEvent).metadata.tablePath;
        const [turn] = (await manager.query(
          'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS mine',
          [RELAY_LOCK, outbox],
        )) as { mine: boolean }[];
        if (!turn?.mine) return 0;
        const rows = await manager
          .createQueryBuilder(OutboxEvent, 'o')
          .where('o.published_at IS NULL')
          .orderBy('o.position')
          .limit(BATCH)
          .getMany();
        if (rows.length === 0) return 0;
        await this.transport.publish(rows.map(toDomainEvent));
        await manager
          .createQueryBuilder()
          .update(OutboxEvent)
          .set({ publishedAt: () => 'now()' })
          .whereInIds(rows.map((r) => r.position))
          .execute();
        return rows.length;
      });
    }
  }
}

function toDomainEvent(row: OutboxEvent): DomainEvent {
  return {
    id: row.eventId,
    topic: row.topic,
    type: row.type,
    version: row.version,
    aggregateId: row.aggregateId,
    occurredAt: row.occurredAt.toISOString(),
    payload: row.payload,
  };
}
