import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { DomainEvent } from './domain-event';
import type { EventTransport } from './transport';
import { ConsumerOffset } from './consumer-offset.entity';
import { ProcessedEvent } from './processed-event.entity';
import { Pump } from './pump';

const BATCH = 200;

export type EventHandler = (manager: EntityManager, event: DomainEvent) => Promise<void>;

/**
 * Applies events of some topics into a subgraph's own tables. Each batch runs in one
 * transaction with the consumer's offset row locked (replicas take turns); an event already
 * in processed_event is skipped, so redelivery never applies anything twice.
 */
export class EventConsumer {
  private readonly pump: Pump;
  private unlisten?: () => Promise<void>;

  constructor(
    readonly name: string,
    private readonly topics: string[],
    private readonly handler: EventHandler,
    private readonly dataSource: DataSource,
    private readonly transport: EventTransport,
    log: Logger,
    intervalMs: number,
    /** Called after a batch was applied (wakes the subgraph's workers for what it queued). */
    private readonly applied?: () => void,
    /** The event types the handler acts on (default: every type of the topics). */
    private readonly types?: readonly string[],
  ) {
    this.pump = new Pump(`consumer:${name}`, () => this.drain(), intervalMs, log);
  }

  async start(): Promise<void> {
    // Events of other topics leave nothing to apply: no transaction for them.
    this.unlisten = await this.transport.onPublished((topics) => {
      if (!topics || topics.some((t) => this.topics.includes(t))) this.pump.wake();
    });
    this.pump.start();
  }
  /** Applies everything available now (tests and start-up). */
  flush(): Promise<void> {
    return this.pump.flush();
  }
  async stop(): Promise<void> {
    await this.unlisten?.();
    await this.pump.stop();
  }

  private async drain(): Promise<void> {
    if (!(await this.anythingAfterOffset())) return;
    let applied = BATCH;
    while (applied === BATCH) {
      applied = await this.dataSource.transaction(async (manager) => {
        await manager
          .createQueryBuilder()
          .insert()
          .into(ConsumerOffset)
          .values({ consumer: this.name, position: '0' })
          .orIgnore()
          .execute();
        const offset = await manager
          .createQueryBuilder(ConsumerOffset, 'c')
          .where('c.consumer = :name', { name: this.name })
          .setLock('pessimistic_write')
          .getOneOrFail();
        const batch = await this.transport.fetch(this.topics, offset.position, BATCH, this.types);
        if (batch.length === 0) return 0;
        const processed = manager.getRepository(ProcessedEvent).metadata.tablePath;
        for (const { event } of batch) {
          if (!event) continue; // a type the handler does not act on
          const fresh: unknown[] = await manager.query(
            `INSERT INTO ${processed} (consumer, event_id) VALUES ($1, $2)
             ON CONFLICT DO NOTHING RETURNING event_id`,
            [this.name, event.id],
          );
          if (fresh.length > 0) await this.handler(manager, event);
        }
        await manager.update(
          ConsumerOffset,
          { consumer: this.name },
          { position: batch[batch.length - 1]!.position, updatedAt: new Date() },
        );
        return batch.length;
      });
      if (applied > 0) this.applied?.();
    }
  }

  /**
   * Whether the stream has an event past the committed offset: two reads instead of a locking
   * transaction, for the many runs (every poll, every wake-up by another topic's subgraph) that
   * find nothing. A stale answer only costs the transaction, which reads the offset again.
   */
  private async anythingAfterOffset(): Promise<boolean> {
    const offsets = this.dataSource.getRepository(ConsumerOffset).metadata.tablePath;
    const [offset] = (await this.dataSource.query(
      `SELECT position FROM ${offsets} WHERE consumer = $1`,
      [this.name],
    )) as { position: string }[];
    const next = await this.transport.fetch(this.topics, offset?.position ?? '0', 1, this.types);
    return next.length > 0;
  }
}
