import pg from 'pg';
import { fromStoredRow, type DomainEvent, type StoredEventRow } from './domain-event';
import type { EventTransport, StreamedEvent } from './transport';

const CHANNEL = 'portal_event_bus';
// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more.
const MAX_NOTIFY_PAYLOAD = 7000;
// Serialises publishers so that stream positions commit in order and no reader skips one.
const PUBLISH_LOCK = 727_001;

/** The default transport: an append-only table in its own schema, with NOTIFY for wake-ups. */
export class PostgresEventTransport implements EventTransport {
  private readonly pool: pg.Pool;
  private installed?: Promise<void>;

  constructor(private readonly url: string) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: 3,
      application_name: 'portal-event-bus',
    });
    this.pool.on('error', () => undefined);
  }

  /** The bus owns its storage, as a broker would. */
  install(): Promise<void> {
    this.installed ??= (async () => {
      const client = await this.pool.connect();
      try {
        // Installed already (by the owner, when subgraphs connect as a role without DDL).
        const { rows } = await client.query<{ installed: boolean }>(
          `SELECT to_regclass('event_bus.event') IS NOT NULL AS installed`,
        );
        if (rows[0]?.installed) return;
        await client.query('SELECT pg_advisory_lock($1)', [PUBLISH_LOCK]);
        await client.query(`
          CREATE SCHEMA IF NOT EXISTS event_bus;
          CREATE TABLE IF NOT EXISTS event_bus.event (
            position bigserial PRIMARY KEY,
            event_id uuid NOT NULL UNIQUE,
            topic text NOT NULL,
            type text NOT NULL,
            version int NOT NULL,
            aggregate_id uuid NOT NULL,
            payload jsonb NOT NULL,
            occurred_at timestamptz NOT NULL,
            published_at timestamptz NOT NULL DEFAULT now()
          );
          CREATE INDEX IF NOT EXISTS event_topic_position ON event_bus.event (topic, position);`);
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [PUBLISH_LOCK]).catch(() => undefined);
        client.release();
      }
    })();
    return this.installed;
  }

  async publish(events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.install();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
      await client.query(
        `INSERT INTO event_bus.event (event_id, topic, type, version, aggregate_id, payload, occurred_at)
         SELECT e.id, e.topic, e.type, e.version, e."aggregateId", e.payload, e."occurredAt"
           FROM jsonb_to_recordset($1::jsonb) AS e(id uuid, topic text, type text, version int,
                "aggregateId" uuid, payload jsonb, "occurredAt" timestamptz)
         ON CONFLICT (event_id) DO NOTHING`,
        [JSON.stringify(events)],
      );
      // The topics ride along, so that only their consumers wake (an empty payload wakes all).
      const topics = JSON.stringify([...new Set(events.map((e) => e.topic))]);
      await client.query('SELECT pg_notify($1, $2)', [
        CHANNEL,
        topics.length < MAX_NOTIFY_PAYLOAD ? topics : '',
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async fetch(
    topics: string[],
    afterPosition: string,
    limit: number,
    types?: readonly string[],
  ): Promise<StreamedEvent[]> {
    await this.install();
    // A payload not asked for stays in the table (a batch of readings is hundreds of KB).
    const { rows } = await this.pool.query<StoredEventRow & { position: string; wanted: boolean }>(
      `SELECT position, event_id, topic, type, version, aggregate_id, occurred_at, wanted,
              CASE WHEN wanted THEN payload END AS payload
         FROM (SELECT *, $4::text[] IS NULL OR type = ANY($4) AS wanted FROM event_bus.event
                WHERE topic = ANY($1) AND position > $2 ORDER BY position LIMIT $3) e
        ORDER BY position`,
      [topics, afterPosition, limit, types ?? null],
    );
    return rows.map((r) =>
      r.wanted ? { position: r.position, event: fromStoredRow(r) } : { position: r.position },
    );
  }

  async onPublished(listener: (topics?: readonly string[]) => void): Promise<() => Promise<void>> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'portal-event-listen',
    });
    client.on('error', () => undefined);
    await client.connect();
    client.on('notification', (message) => listener(topicsOf(message.payload)));
    await client.query(`LISTEN ${CHANNEL}`);
    return async () => {
      await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The topics a notification names; undefined (any topic) when it names none. */
function topicsOf(payload: string | undefined): string[] | undefined {
  if (!payload) return undefined;
  try {
    const topics: unknown = JSON.parse(payload);
    return Array.isArray(topics) && topics.every((t) => typeof t === 'string') ? topics : undefined;
  } catch {
    return undefined;
  }
}
