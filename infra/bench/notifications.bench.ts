/**
 * `npm run bench:notifications`: 10,000 service-order status changes queued at once in
 * service-orders' outbox, for one customer user, then relayed and turned into notifications
 * (a list item and a queued mail each) by identity's consumer. Prints events per second for
 * the relay and for the notifications; asserts nothing about speed (notification-triggers and
 * notifications tests check correctness). Same embedded PostgreSQL and in-process system as the
 * tests.
 */
import { recordEvents } from '@portal/platform';
import {
  SERVICE_ORDER_EVENT_VERSION,
  SERVICE_ORDER_STATUS_CHANGED,
  SERVICE_ORDER_TOPIC,
  type ServiceOrderStatusChangedV1,
} from '@portal/event-contracts';
import { randomUUID } from 'node:crypto';
import { startTestSystem, type TestSystem } from '@portal/testkit';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
// Minutes on a busy 2-core machine: a benchmark, not a test with a deadline.
jest.setTimeout(900_000);

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => {
  await system.stop();
});

it('measures notifications per second with 10,000 events queued', async () => {
  const [user] = (await system.identity.dataSource.query(
    `SELECT id FROM identity.app_user WHERE email = 'dennis.device@nordiskprint.example'`,
  )) as { id: string }[];
  const orders = system.subgraph('service-orders');
  await orders.dataSource.transaction((manager) =>
    recordEvents(
      manager,
      Array.from({ length: EVENTS }, (_, i) => {
        const payload: ServiceOrderStatusChangedV1 = {
          orderId: randomUUID(),
          number: `SO-${String(900000 + i)}`,
          serialNumber: 'NP1000001',
          deviceId: randomUUID(),
          from: 'SUBMITTED',
          to: 'ACKNOWLEDGED',
          at: new Date().toISOString(),
          raisedBy: `user:${user!.id}`,
          comment: null,
          visitAt: null,
          technicianName: null,
          contactMailedTo: null,
        };
        return {
          topic: SERVICE_ORDER_TOPIC,
          type: SERVICE_ORDER_STATUS_CHANGED,
          version: SERVICE_ORDER_EVENT_VERSION,
          aggregateId: payload.orderId,
          payload,
        };
      }),
    ),
  );
  const count = async () =>
    Number(
      (
        (await system.identity.dataSource.query(
          `SELECT count(*) AS n FROM identity.notification WHERE type = 'SERVICE_ORDER_STATUS_CHANGED'
             AND facts->>'number' LIKE 'SO-9%'`,
        )) as { n: string }[]
      )[0]!.n,
    );
  const started = performance.now();
  await orders.relay.flush();
  const relayed = performance.now();
  for (;;) {
    for (const consumer of system.identity.consumers) await consumer.flush();
    if ((await count()) >= EVENTS) break;
  }
  const done = performance.now();
  const perSecond = (ms: number) => Math.round((EVENTS / ms) * 1000);
  process.stdout.write(
    `relay: ${EVENTS} events in ${Math.round(relayed - started)} ms (${perSecond(relayed - started)}/s)\n` +
      `notifications: ${EVENTS} in ${Math.round(done - relayed)} ms after the relay ` +
      `(${perSecond(done - relayed)}/s; list item + queued mail each)\n`,
  );
  expect(await count()).toBe(EVENTS);
});
