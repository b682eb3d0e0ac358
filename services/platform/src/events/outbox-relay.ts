import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { OutboxEvent } from './outbox-event.entity';
import { fromStoredRow, STORED_EVENT_COLUMNS, type StoredEventRow } from './domain-event';
import type { EventTransport } from './transport';
import { Pump } from './pump';

// A bulk meter-reading intake records 1000 events in one transaction: they leave in one
// publish (and one wake-up of the consumers), not five.
const BATCH = 1000;
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
    // One indexed read instead of a transaction and a lock, for the runs that find nothing.
    const outbox = this.dataSource.getRepository(OutboxEvent).metadata.tablePath;
    const [pending] = (await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM ${outbox} WHERE published_at IS NULL) AS pending`,
    )) as { pending: boolean }[];
    if (!pending?.pending) return;
    let moved = BATCH;
    while (moved === BATCH) {
      moved = await this.dataSource.transaction(async (manager) => {
        // One relay of a subgraph at a time, whatever the replicas: two relaying side by side
        // could publish an aggregate's later event before its earlier one. The others skip.
        const [turn] = (await manager.query(
          'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS mine',
          [RELAY_LOCK, outbox],
        )) as { mine: boolean }[];
        if (!turn?.mine) return 0;
        // Raw rows and an array parameter: entity hydration and a thousand-placeholder IN list
        // cost more than the statements themselves.
        const rows: (StoredEventRow & { position: string })[] = await manager.query(
          `SELECT position, ${STORED_EVENT_COLUMNS}
             FROM ${outbox} WHERE published_at IS NULL ORDER BY position LIMIT $1`,
          [BATCH],
        );
        if (rows.length === 0) return 0;
        await this.transport.publish(rows.map(fromStoredRow));
        await manager.query(
          `UPDATE ${outbox} SET published_at = now() WHERE position = ANY($1::bigint[])`,
          [rows.map((r) => r.position)],
        );
        return rows.length;
      });
    }
  }
}
