// The event transports' contract, run against each: PostgreSQL (a bus database of its own, as
// with a database per subgraph) and NATS JetStream (Debian's nats-server). Producer and
// consumer are real outboxes and inboxes in two subgraph schemas of a fresh database.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  createSubgraphDataSource,
  EventConsumer,
  logger,
  NatsEventTransport,
  OutboxRelay,
  PostgresEventTransport,
  recordEvents,
  type DomainEvent,
  type EventTransport,
} from '@portal/platform';
import { createTestDatabase, type TestDatabase } from '@portal/devkit';
import {
  startNats,
  startRestartablePostgres,
  type RestartableBroker,
} from '@portal/testkit/brokers';

// Long intervals: the tests decide when delivery runs (or that a wake-up alone makes it run).
const NEVER_MS = 600_000;

const brokers: [string, () => Promise<RestartableBroker>, (url: string) => EventTransport][] = [
  ['PostgreSQL', startRestartablePostgres, (url) => new PostgresEventTransport(url)],
  ['NATS JetStream', startNats, (url) => new NatsEventTransport(url)],
];

describe.each(brokers)('the %s transport', (_name, startBroker, transportFor) => {
  let broker: RestartableBroker;
  let database: TestDatabase;
  let producer: DataSource;
  let consumerDb: DataSource;
  const transports: EventTransport[] = [];
  const transport = () => {
    const made = transportFor(broker.url);
    transports.push(made);
    return made;
  };

  beforeAll(async () => {
    broker = await startBroker();
    database = await createTestDatabase({ demo: false });
    // Two subgraphs' own schemas: devices' outbox produces, identity's inbox consumes.
    producer = createSubgraphDataSource({
      subgraph: 'devices',
      url: database.url,
      entities: [],
      migrations: [],
    });
    consumerDb = createSubgraphDataSource({
      subgraph: 'identity',
      url: database.url,
      entities: [],
      migrations: [],
    });
    await producer.initialize();
    await consumerDb.initialize();
    await consumerDb.query(
      `CREATE TABLE identity.contract_applied (
         n bigserial PRIMARY KEY, consumer text NOT NULL, event_id uuid NOT NULL,
         aggregate_id uuid NOT NULL, seq int NOT NULL)`,
    );
  }, 60_000);

  afterAll(async () => {
    for (const t of transports) await t.close().catch(() => undefined);
    await producer?.destroy();
    await consumerDb?.destroy();
    await database?.drop();
    await broker?.close();
  });

  /** Events of one topic: `seq` numbers each aggregate's events in the order they happen. */
  async function record(topic: string, events: { aggregateId: string; seq: number }[]) {
    return producer.transaction((manager) =>
      recordEvents(
        manager,
        events.map((e) => ({
          topic,
          type: 'ContractTested',
          version: 1,
          aggregateId: e.aggregateId,
          payload: { seq: e.seq },
        })),
      ),
    );
  }

  const relayOn = (t: EventTransport) => new OutboxRelay(producer, t, logger(), NEVER_MS);

  const apply = (name: string) => async (manager: EntityManager, event: DomainEvent) => {
    await manager.query(
      `INSERT INTO identity.contract_applied (consumer, event_id, aggregate_id, seq)
       VALUES ($1, $2, $3, $4)`,
      [name, event.id, event.aggregateId, (event.payload as { seq: number }).seq],
    );
  };

  function consumerOn(
    t: EventTransport,
    name: string,
    topic: string,
    handler = apply(name),
  ): EventConsumer {
    return new EventConsumer(name, [topic], handler, consumerDb, t, logger(), NEVER_MS);
  }

  async function applied(name: string) {
    const rows: { event_id: string; aggregate_id: string; seq: number }[] = await consumerDb.query(
      `SELECT event_id, aggregate_id, seq FROM identity.contract_applied WHERE consumer = $1 ORDER BY n`,
      [name],
    );
    return rows;
  }

  async function unpublished(ids: string[]): Promise<number> {
    const [row] = (await producer.query(
      `SELECT count(*) AS n FROM devices.outbox WHERE event_id = ANY($1) AND published_at IS NULL`,
      [ids],
    )) as { n: string }[];
    return Number(row!.n);
  }

  async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > until) throw new Error(`timed out waiting: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('wakes a running consumer when events are published', async () => {
    const topic = `wake-${randomUUID()}`;
    const t = transport();
    const consumer = consumerOn(t, `wake-${topic}`, topic);
    await consumer.start();
    try {
      const aggregateId = randomUUID();
      await record(topic, [{ aggregateId, seq: 1 }]);
      await relayOn(t).flush();
      // Only the transport's notification can run the consumer before its 10-minute interval.
      await eventually(
        async () => (await applied(`wake-${topic}`)).length === 1,
        'the woken consumer applies',
      );
    } finally {
      await consumer.stop();
    }
  });

  it('runs an idle consumer without its lock, and a busy one with it', async () => {
    const topic = `idle-${randomUUID()}`;
    const name = `idle-${topic}`;
    const t = transport();
    const consumer = consumerOn(t, name, topic);
    await record(topic, [{ aggregateId: randomUUID(), seq: 1 }]);
    await relayOn(t).flush();
    await consumer.flush();
    // Another replica's batch holds the consumer's offset row.
    const replica = consumerDb.createQueryRunner();
    await replica.startTransaction();
    try {
      await replica.query(
        `SELECT position FROM identity.consumer_offset WHERE consumer = $1 FOR UPDATE`,
        [name],
      );
      // Nothing after the offset: the run returns at once instead of waiting for the row.
      const idle = await Promise.race([
        consumer.flush().then(() => 'returned'),
        new Promise((resolve) => setTimeout(() => resolve('waited for the lock'), 2000)),
      ]);
      expect(idle).toBe('returned');
      // Something after it: the run waits for the replica's batch, then applies.
      await record(topic, [{ aggregateId: randomUUID(), seq: 2 }]);
      await relayOn(t).flush();
      let busyReturned = false;
      const busy = consumer.flush().then(() => (busyReturned = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(busyReturned).toBe(false);
      await replica.commitTransaction();
      await busy;
    } finally {
      if (replica.isTransactionActive) await replica.rollbackTransaction();
      await replica.release();
    }
    expect((await applied(name)).map((r) => r.seq)).toEqual([1, 2]);
  });

  it("keeps each aggregate's events in order while two relay replicas publish side by side", async () => {
    const topic = `order-${randomUUID()}`;
    const aggregates = [randomUUID(), randomUUID(), randomUUID()];
    const relays = [relayOn(transport()), relayOn(transport())];
    let seq = 0;
    for (let round = 0; round < 10; round++) {
      seq++;
      await record(
        topic,
        aggregates.flatMap((aggregateId) => [
          { aggregateId, seq: seq * 2 - 1 },
          { aggregateId, seq: seq * 2 },
        ]),
      );
      await Promise.all(relays.map((r) => r.flush()));
    }
    for (const r of relays) await r.flush();
    const consumer = consumerOn(transport(), `order-${topic}`, topic);
    await consumer.flush();

    const rows = await applied(`order-${topic}`);
    expect(rows).toHaveLength(60);
    for (const aggregateId of aggregates) {
      const seqs = rows.filter((r) => r.aggregate_id === aggregateId).map((r) => r.seq);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  });

  it('passes over the types a consumer does not act on, without their payloads', async () => {
    const topic = `types-${randomUUID()}`;
    const aggregateId = randomUUID();
    const t = transport();
    const ids = await producer.transaction((manager) =>
      recordEvents(
        manager,
        ['Wanted', 'Other', 'Wanted'].map((type, seq) => ({
          topic,
          type,
          version: 1,
          aggregateId,
          payload: { seq: seq + 1 },
        })),
      ),
    );
    await relayOn(t).flush();
    const fetched = await t.fetch([topic], '0', 100, ['Wanted']);
    expect(fetched.map((s) => s.event?.id ?? null)).toEqual([ids[0], null, ids[2]]);
    expect(fetched.map((s) => s.event?.payload ?? null)).toEqual([{ seq: 1 }, null, { seq: 3 }]);

    // The consumer applies the wanted ones once, and its offset moves past the last event.
    const name = `types-${topic}`;
    const consumer = new EventConsumer(
      name,
      [topic],
      apply(name),
      consumerDb,
      t,
      logger(),
      NEVER_MS,
      undefined,
      ['Wanted'],
    );
    await consumer.flush();
    expect((await applied(name)).map((r) => r.seq)).toEqual([1, 3]);
    const [offset]: { position: string }[] = await consumerDb.query(
      `SELECT position FROM identity.consumer_offset WHERE consumer = $1`,
      [name],
    );
    expect(offset!.position).toBe(fetched[2]!.position);
  });

  it('delivers at least once and applies once: republished events, a failed batch and a replica', async () => {
    const topic = `once-${randomUUID()}`;
    const aggregateId = randomUUID();
    const t = transport();
    const ids = await record(
      topic,
      [1, 2, 3, 4, 5].map((seq) => ({ aggregateId, seq })),
    );
    await relayOn(t).flush();
    // The relay crashed before marking them published: they go out again.
    await producer.query(`UPDATE devices.outbox SET published_at = NULL WHERE event_id = ANY($1)`, [
      ids,
    ]);
    await relayOn(t).flush();
    expect(await unpublished(ids)).toBe(0);
    // The transport stores an event once, however often it is published.
    const stored = await t.fetch([topic], '0', 100);
    expect(stored.map((s) => s.event?.id)).toEqual(ids);

    // A consumer that fails on the third event applies nothing of that batch, then all of it.
    const name = `once-${topic}`;
    let failOnce = true;
    const flaky = consumerOn(t, name, topic, async (manager, event) => {
      if ((event.payload as { seq: number }).seq === 3 && failOnce) {
        failOnce = false;
        throw new Error('crashed mid-batch');
      }
      await apply(name)(manager, event);
    });
    await flaky.flush();
    expect(await applied(name)).toHaveLength(0);
    // Two replicas of the consumer at once, then a replay from the start: still once each.
    const replica = consumerOn(transport(), name, topic);
    await Promise.all([flaky.flush(), replica.flush()]);
    await consumerDb.query(
      `UPDATE identity.consumer_offset SET position = '0' WHERE consumer = $1`,
      [name],
    );
    await replica.flush();

    const rows = await applied(name);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(5);
  });

  it('loses nothing across a broker restart', async () => {
    const topic = `restart-${randomUUID()}`;
    const aggregateId = randomUUID();
    const name = `restart-${topic}`;
    const t = transport();
    const relay = relayOn(t);
    const consumer = consumerOn(t, name, topic);
    const before = await record(
      topic,
      Array.from({ length: 10 }, (_, i) => ({ aggregateId, seq: i + 1 })),
    );
    await relay.flush();
    await consumer.flush();
    expect(await applied(name)).toHaveLength(10);

    await broker.stop();
    // Committed while the broker is down: the relay fails, the outbox keeps them.
    const during = await record(
      topic,
      Array.from({ length: 10 }, (_, i) => ({ aggregateId, seq: i + 11 })),
    );
    await relay.flush();
    expect(await unpublished(during)).toBe(10);
    await broker.start();

    await eventually(async () => {
      await relay.flush();
      return (await unpublished(during)) === 0;
    }, 'the relay publishes after the restart');
    await eventually(async () => {
      await consumer.flush();
      return (await applied(name)).length >= 20;
    }, 'the consumer applies after the restart');

    const rows = await applied(name);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // What was stored before the restart is still there (persistent storage).
    const stored = await t.fetch([topic], '0', 100);
    expect(stored.map((s) => s.event?.id)).toEqual([...before, ...during]);
  }, 60_000);
});
