/**
 * `npm run bench:webhooks`: 10,000 service-order status changes on the event bus (1,000 orders,
 * ten steps each), on the same embedded PostgreSQL and in-process system the tests use.
 *  1. identity's consumers apply them: the notifications (list item and queued mail for the
 *     customer who raised each order) and the webhook messages for one endpoint;
 *  2. the webhook dispatcher delivers the 10,000 queued messages to a receiver on loopback,
 *     in order per order, signed.
 * Prints events per second for each; asserts nothing about speed (tests/system/webhooks.test.ts
 * and notifications.test.ts check correctness), only that everything arrived in order.
 * `npm run bench` runs it as its S7, and reads the figures from BENCH_RESULT_FILE.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { logger, type DomainEvent } from '@portal/platform';
import {
  SERVICE_ORDER_EVENT_VERSION,
  SERVICE_ORDER_STATUS_CHANGED,
  SERVICE_ORDER_TOPIC,
  type ServiceOrderStatusChangedV1,
} from '@portal/event-contracts';
import { startTestSystem, type TestSystem } from '@portal/testkit';
import { accountId } from '@portal/testkit/demo-world';
import { demoIds } from '../../services/platform/src/demo';
import {
  deliverySettings,
  WebhookDispatcher,
} from '../../services/identity/src/webhooks/dispatcher';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const STEPS = 10;

let system: TestSystem;
beforeAll(async () => {
  // Consumers and workers driven by hand: each phase is timed alone.
  system = await startTestSystem({ deliverEvents: false });
  for (const name of ['devices', 'identity']) await system.subgraph(name).relay.flush();
  for (const consumer of system.identity.consumers) await consumer.flush();
}, 600_000);
afterAll(async () => {
  await system.stop();
});

function report(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** ten steps of each order, as service-orders would publish them, interleaved across orders. */
function statusChanges(raisedBy: string): DomainEvent[] {
  const orders = Array.from({ length: EVENTS / STEPS }, () => randomUUID());
  const events: DomainEvent[] = [];
  for (let step = 0; step < STEPS; step++)
    for (const [i, orderId] of orders.entries()) {
      const payload: ServiceOrderStatusChangedV1 = {
        orderId,
        number: `SO-${String(900000 + i)}`,
        serialNumber: 'NP1000001',
        deviceId: demoIds.device('NP1000001'),
        from: 'ACKNOWLEDGED',
        to: 'ACKNOWLEDGED',
        at: new Date().toISOString(),
        raisedBy,
        comment: `step ${step + 1}`,
        visitAt: null,
        technicianName: null,
        contactMailedTo: null,
      };
      events.push({
        id: randomUUID(),
        topic: SERVICE_ORDER_TOPIC,
        type: SERVICE_ORDER_STATUS_CHANGED,
        version: SERVICE_ORDER_EVENT_VERSION,
        aggregateId: orderId,
        occurredAt: new Date().toISOString(),
        payload,
      });
    }
  return events;
}

it('measures notifications and webhook deliveries with 10,000 events queued', async () => {
  const received = new Map<string, number[]>();
  let count = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as {
        data: { serviceOrder: { id: string }; comment: string };
      };
      const { id } = body.data.serviceOrder;
      received.set(id, [...(received.get(id) ?? []), Number(body.data.comment.slice(5))]);
      count++;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;

  // Webhook endpoints are created through the API, as partners do.
  const anna = await system.signIn('anna.admin@nordiskprint.example');
  const created = await system.graphql<{ createWebhookEndpoint: { secret: string | null } }>(
    `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
    {
      input: {
        accountId: accountId('100200'),
        url,
        eventTypes: ['SERVICE_ORDER_STATUS_CHANGED'],
      },
    },
    { token: anna },
  );
  if (!created.data?.createWebhookEndpoint.secret) throw new Error(JSON.stringify(created));
  // Dennis raised every order: each event is a notification for him (list and mail).
  await system.identity.transport.publish(
    statusChanges(`user:${demoIds.user('dennis.device@nordiskprint.example')}`),
  );
  const [notifications, webhooks] = ['identity.notifications', 'identity.webhooks'].map((name) =>
    system.identity.consumers.find((c) => c.name === name)!,
  );
  report(`published ${EVENTS} events (${new Date().toISOString()})`);
  const settings = deliverySettings();
  let t = performance.now();
  await webhooks!.flush();
  const queueSeconds = (performance.now() - t) / 1000;
  report(
    `  webhook queue: ${queueSeconds.toFixed(1)} s, ${Math.round(EVENTS / queueSeconds)} events/s (one endpoint)`,
  );
  const dispatcher = new WebhookDispatcher(system.identity.dataSource, logger(), settings);
  t = performance.now();
  await dispatcher.flush();
  const deliverySeconds = (performance.now() - t) / 1000;
  report(
    `  webhook delivery: ${deliverySeconds.toFixed(1)} s, ${Math.round(EVENTS / deliverySeconds)} deliveries/s ` +
      `(${EVENTS / STEPS} orders in order, ${settings.concurrency} at a time, loopback receiver)`,
  );
  server.closeAllConnections();
  server.close();
  if (count !== EVENTS) throw new Error(`${count} of ${EVENTS} delivered`);
  for (const steps of received.values())
    if (steps.join() !== Array.from({ length: STEPS }, (_, i) => i + 1).join())
      throw new Error(`out of order: ${steps.join()}`);
  t = performance.now();
  await notifications!.flush();
  const notificationSeconds = (performance.now() - t) / 1000;
  report(
    `  notifications: ${notificationSeconds.toFixed(1)} s, ${Math.round(EVENTS / notificationSeconds)} events/s ` +
      `(list item and queued mail each)`,
  );
  if (process.env.BENCH_RESULT_FILE)
    writeFileSync(
      process.env.BENCH_RESULT_FILE,
      JSON.stringify({
        deliveries: EVENTS,
        concurrency: settings.concurrency,
        queuedPerSecond: EVENTS / queueSeconds,
        deliveriesPerSecond: EVENTS / deliverySeconds,
        notificationsPerSecond: EVENTS / notificationSeconds,
      }),
    );
}, 1_800_000);
