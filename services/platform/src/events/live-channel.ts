import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';

/**
 * Live screens' change notes: a subgraph announces "this object changed" with PostgreSQL
 * NOTIFY inside the change's (or the event's) transaction, so the note goes out if and only
 * if the change commits, to every process of the subgraph that listens (every replica).
 */
export const LIVE_CHANNEL = 'portal_live';

export interface LiveNote {
  /** The GraphQL type of what changed. */
  type: 'ServiceOrder' | 'Shipment' | 'StockLocation' | 'Notification';
  /** Its global id. */
  id: string;
  /** What decides who may hear of it (never sent to clients). */
  accountId?: string;
  deviceId?: string;
  stockLocationId?: string;
  userId?: string;
  raisedBy?: string;
}

export async function announceLive(manager: EntityManager, note: LiveNote): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(note)]);
}

type Listener = (note: LiveNote | null) => void;

/**
 * One LISTEN connection per process, fanning notes out to the open streams. A lost connection
 * tells every listener (null): their streams end and the browsers reconnect and refetch.
 */
export class LiveFeed {
  private static readonly feeds = new WeakMap<DataSource, LiveFeed>();
  private readonly listeners = new Set<Listener>();
  private client?: pg.Client;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
  ) {
    LiveFeed.feeds.set(dataSource, this);
  }

  static of(dataSource: DataSource): LiveFeed | undefined {
    return LiveFeed.feeds.get(dataSource);
  }

  start(): void {
    void this.connect();
  }
  wake(): void {}
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.drop();
    await client?.end().catch(() => undefined);
  }

  /** Calls back with each note until the returned function is called; null when the feed broke. */
  subscribe(listener: Listener): () => void {
    if (!this.client) void this.connect();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async connect(): Promise<void> {
    if (this.client) return;
    const client = new pg.Client({
      connectionString: (this.dataSource.options as { url?: string }).url,
      application_name: 'portal-live-listen',
    });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      this.drop();
    };
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'live feed connection lost');
      lost();
    });
    client.on('end', lost);
    client.on('notification', (message) => {
      let note: LiveNote;
      try {
        note = JSON.parse(message.payload ?? '') as LiveNote;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(note);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      this.log.warn({ err: error }, 'live feed cannot listen');
      lost();
    }
  }

  private drop(): void {
    for (const listener of this.listeners) listener(null);
    this.listeners.clear();
  }
}
