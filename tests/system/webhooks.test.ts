// Retries after 100, 200, 400 ms and a retry window of seconds, so that failing, retrying and
// disabling happen within the test (the defaults are 5 s doubling up to 1 h, for 24 h).
process.env.WEBHOOK_RETRY_BASE_MS = '100';
process.env.WEBHOOK_RETRY_MAX_MS = '400';
process.env.WEBHOOK_RETRY_WINDOW_MS = '15000';
process.env.WEBHOOK_TIMEOUT_MS = '2000';

import { environment, fromGlobalId } from '@portal/platform';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createUser,
  mailCount,
  startTestSystem,
  waitForMailWithSubject,
  type TestAccount,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { SUBMIT_MANY, type BulkAnswer } from '@portal/testkit/reading-fleet';
import { orderFor, serviceOrderApi, visitTime } from '@portal/testkit/service-orders';
import { createIntegrationKey } from '@portal/testkit/toner';
import { WebhookReceiver, type Received } from '@portal/testkit/webhook-receiver';

let system: TestSystem;
let api: ReturnType<typeof serviceOrderApi>;
let admin: string;
let foreignAdmin: string;
let manager: string;
let planner: string;
let tech: string;
let techUser: TestUser;
/** Users that may not touch webhooks: Stock Manager, Self-Service user, Service agent. */
let others: TestUser[];
/** The Administrator's address (its own: the run's mail capture is shared by every file). */
let ADMIN_MAIL: string;
/** Two accounts: the endpoints are the first's; the second is the Administrator's other. */
let customer: TestCustomer;
/** Another organisation (with an Administrator of its own), with a device of its own. */
let other: TestCustomer;
let own: TestAccount;
type Device = { id: string; serialNumber: string };
/**
 * The Device Manager's two devices (`managed`, `managedToo`), a `marker` and two `billed`
 * devices on the first account; `second` and `secondBilled` on the second; `foreign` on the other's.
 */
let devices: Record<
  | 'managed'
  | 'managedToo'
  | 'marker'
  | 'billed'
  | 'billedToo'
  | 'second'
  | 'secondBilled'
  | 'foreign',
  Device
>;
const receiver = new WebhookReceiver();
let receiverUrl: string;

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem();
  api = serviceOrderApi(system);
  customer = await createCustomer(system, { accounts: 2 });
  other = await createCustomer(system);
  own = customer.accounts[0]!;
  await buildDevices();
  const managerUser = await createUser(system, {
    organization: customer.organization.id,
    grants: [['DEVICE_MANAGER', own]],
    devices: [devices.managed.id, devices.managedToo.id],
  });
  others = [
    await createUser(system, {
      organization: customer.organization.id,
      grants: [['STOCK_MANAGER', own]],
    }),
    await createUser(system, {
      organization: customer.organization.id,
      grants: [['SELF_SERVICE_USER', own]],
    }),
    await createStaffUser(system, 'SERVICE_AGENT'),
  ];
  techUser = await createStaffUser(system, 'TECHNICIAN');
  [admin, foreignAdmin, manager, planner, tech] = [
    await customer.administrator.signIn(),
    await other.administrator.signIn(),
    await managerUser.signIn(),
    await (await createStaffUser(system, 'SERVICE_PLANNER')).signIn(),
    await techUser.signIn(),
  ];
  ADMIN_MAIL = customer.administrator.email;
  receiverUrl = await receiver.start();
}, 180_000);
afterAll(async () => {
  await receiver.stop();
  await system.stop();
});

async function buildDevices(): Promise<void> {
  const agentToken = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  const second = customer.accounts[1]!;
  const on = (account: TestAccount) => createDevice(system, account, { agentToken });
  devices = {
    managed: await on(own),
    managedToo: await on(own),
    marker: await on(own),
    billed: await on(own),
    billedToo: await on(own),
    second: await on(second),
    secondBilled: await on(second),
    foreign: await on(other.accounts[0]!),
  };
}

/** A service order's input for a device. */
const orderInput = (device: Device) => orderFor(device.id);

const ENDPOINT_FIELDS = `id url description eventTypes enabled disabledReason previousSecretExpiresAt
  account { customerAccountNumber }`;
const DELIVERY_FIELDS = `id messageId eventType status attemptCount payload
  attempts { attemptedAt statusCode durationMs responseExcerpt error }`;

interface Endpoint {
  id: string;
  url: string;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  previousSecretExpiresAt: string | null;
}
interface Delivery {
  id: string;
  messageId: string;
  eventType: string;
  status: string;
  attemptCount: number;
  payload: string;
  attempts: {
    attemptedAt: string;
    statusCode: number | null;
    durationMs: number;
    responseExcerpt: string | null;
    error: string | null;
  }[];
}
interface Payload<T> {
  userErrors: { code: string; field: string[] | null }[];
  secret?: string | null;
  endpoint?: T | null;
}

async function createEndpoint(token: string, input: Record<string, unknown>) {
  return system.graphql<{ createWebhookEndpoint: Payload<Endpoint> }>(
    `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
       secret endpoint { ${ENDPOINT_FIELDS} } userErrors { code field } } }`,
    { input },
    { token },
  );
}
async function deliveriesOf(token: string, id: string): Promise<Delivery[]> {
  const result = await system.graphql<{
    webhookEndpoint: { deliveries: { edges: { node: Delivery }[] } } | null;
  }>(
    `query ($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 100) {
       edges { node { ${DELIVERY_FIELDS} } } } } }`,
    { id },
    { token },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.webhookEndpoint!.deliveries.edges.map((e) => e.node);
}
/** Acknowledge, schedule, start: three status changes of one order, in this order. */
async function threeSteps(orderId: string): Promise<void> {
  await api.ok(planner, 'acknowledge', { id: orderId, comment: 'We are on it.' });
  await api.ok(planner, 'schedule', {
    id: orderId,
    visitAt: visitTime(),
    technicianId: techUser.id,
    technicianName: techUser.name,
  });
  await api.ok(tech, 'start', { id: orderId });
}
/** The statuses the receiver was told of for one order, first arrival of each message only. */
function statusesOf(received: Received[], orderId: string): string[] {
  const seen = new Set<string>();
  const statuses: string[] = [];
  for (const r of received) {
    const order = r.payload.data.serviceOrder as { id: string; status: string } | undefined;
    if (order?.id !== orderId || r.answered !== 200 || seen.has(r.id)) continue;
    seen.add(r.id);
    statuses.push(order.status);
  }
  return statuses;
}

let endpoint: Endpoint;
let secret: string;

describe('an Administrator registers an endpoint', () => {
  it('runs with the short backoff this file sets', () => {
    expect(environment().WEBHOOK_RETRY_BASE_MS).toBe(100);
  });

  it('gets the signing secret once, in the Standard Webhooks form', async () => {
    const result = await createEndpoint(admin, {
      accountId: own.id,
      url: receiverUrl,
      description: 'ERP order sync',
      eventTypes: ['SERVICE_ORDER_STATUS_CHANGED'],
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.createWebhookEndpoint;
    expect(payload.userErrors).toEqual([]);
    expect(payload.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(payload.endpoint).toMatchObject({
      url: receiverUrl,
      eventTypes: ['SERVICE_ORDER_STATUS_CHANGED'],
      enabled: true,
      account: { customerAccountNumber: own.customerAccountNumber },
    });
    endpoint = payload.endpoint!;
    secret = payload.secret!;
    receiver.secrets = [secret];
    // Listed, never with the secret (the type has no such field).
    const listed = await system.graphql<{ webhookEndpoints: Endpoint[] }>(
      `{ webhookEndpoints { id url } }`,
      {},
      { token: admin },
    );
    expect(listed.data!.webhookEndpoints).toEqual([{ id: endpoint.id, url: receiverUrl }]);
  });

  it('refuses bad input at the field and creates nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ url: 'not a url' }, 'INVALID_URL', 'url'],
      [{ url: 'ftp://erp.example/hooks' }, 'INVALID_URL', 'url'],
      [{ url: 'https://user:pw@erp.example/hooks' }, 'INVALID_URL', 'url'],
      [{ eventTypes: [] }, 'INVALID_INPUT', 'eventTypes'],
      // The other organisation's account: the same answer as an account that does not exist.
      [{ accountId: other.accounts[0]!.id }, 'ACCOUNT_NOT_FOUND', 'accountId'],
    ];
    for (const [change, code, field] of cases) {
      const result = await createEndpoint(admin, {
        accountId: own.id,
        url: receiverUrl,
        eventTypes: ['SHIPMENT_CREATED'],
        ...change,
      });
      expect(result.data!.createWebhookEndpoint.userErrors).toEqual([
        { code, field: ['input', field] },
      ]);
    }
    const listed = await system.graphql<{ webhookEndpoints: Endpoint[] }>(
      `{ webhookEndpoints { id } }`,
      {},
      { token: admin },
    );
    expect(listed.data!.webhookEndpoints).toHaveLength(1);
  });

  it('is the Administrators’ alone: others are refused, another organisation sees nothing', async () => {
    const id = endpoint.id;
    const delivery = Buffer.from('WebhookDelivery:1').toString('base64url');
    const input = {
      accountId: own.id,
      url: receiverUrl,
      eventTypes: ['DEVICE_REGISTERED'],
    };
    // Every root field, with the own organisation's endpoint.
    const operations: [string, Record<string, unknown>][] = [
      ['query ($id: ID!) { webhookEndpoint(id: $id) { id } }', { id }],
      ['{ webhookEndpoints { id } }', {}],
      [
        'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { userErrors { code } } }',
        { input },
      ],
      [
        'mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { userErrors { code } } }',
        { input: { id, description: 'taken over' } },
      ],
      ['mutation ($id: ID!) { rotateWebhookSecret(id: $id) { userErrors { code } } }', { id }],
      ['mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) { userErrors { code } } }', { id }],
      [
        'mutation ($id: ID!) { redeliverWebhook(deliveryId: $id) { userErrors { code } } }',
        { id: delivery },
      ],
    ];
    const otherTokens = await Promise.all(others.map((user) => user.signIn()));
    for (const [query, variables] of operations) {
      // Device Manager, Stock Manager, Self-Service user, agent, planner, technician.
      for (const token of [manager, ...otherTokens, planner, tech]) {
        const refused = await system.graphql(query, variables, { token });
        expect([query, refused.errors?.[0]?.extensions?.code]).toEqual([query, 'FORBIDDEN']);
      }
      const anonymous = await system.graphql(query, variables);
      expect([query, anonymous.errors?.[0]?.extensions?.code]).toEqual([query, 'UNAUTHENTICATED']);
      // The other organisation's Administrator: the customer's endpoint does not exist for it.
      const foreign = await system.graphql<
        Record<string, { userErrors: { code: string }[] } | null>
      >(query, variables, { token: foreignAdmin });
      expect(foreign.errors).toBeUndefined();
      const answer = Object.values(foreign.data!)[0];
      const expected = query.includes('webhookEndpoints')
        ? []
        : query.startsWith('query')
          ? null
          : {
              userErrors: [
                {
                  code: query.includes('createWebhookEndpoint') ? 'ACCOUNT_NOT_FOUND' : 'NOT_FOUND',
                },
              ],
            };
      expect([query, answer]).toEqual([query, expected]);
    }
    // Nothing changed: still the Administrator's one endpoint, as it was.
    const after = await system.graphql<{ webhookEndpoints: { id: string; description: string }[] }>(
      `{ webhookEndpoints { id description } }`,
      {},
      { token: admin },
    );
    expect(after.data!.webhookEndpoints).toEqual([{ id, description: 'ERP order sync' }]);
    // An API key holding Administrator on the account may, like its Administrators.
    const key = await createIntegrationKey(system, admin, [own], 'ERP');
    const byKey = await system.graphql<{ webhookEndpoints: Endpoint[] }>(
      `{ webhookEndpoints { id } }`,
      {},
      { token: key },
    );
    expect(byKey.data!.webhookEndpoints).toEqual([{ id }]);
  });
});

describe('delivery', () => {
  it('retries after three 500s: the event arrives, signed, and the log shows four attempts', async () => {
    receiver.answers = [500, 500, 500];
    const order = await api.ok(manager, 'create', { input: orderInput(devices.managed) });
    await api.ok(planner, 'acknowledge', { id: order.id, comment: 'We are on it.' });
    const received = await receiver.until((r) => statusesOf(r, order.id).length === 1);
    const mine = received.filter(
      (r) => (r.payload.data.serviceOrder as { id: string }).id === order.id,
    );
    expect(mine.map((r) => r.answered)).toEqual([500, 500, 500, 200]);
    // One message: the same webhook-id on every attempt, each signed with the endpoint's secret.
    expect(new Set(mine.map((r) => r.id)).size).toBe(1);
    for (const r of mine) expect(r.signedBy).toEqual([secret]);
    expect(mine[3]!.payload).toEqual({
      type: 'service_order.status_changed',
      timestamp: expect.any(String),
      data: {
        serviceOrder: { id: order.id, number: order.number, status: 'ACKNOWLEDGED' },
        previousStatus: 'SUBMITTED',
        changedAt: expect.any(String),
        comment: 'We are on it.',
        visitAt: null,
        technicianName: null,
        device: { id: devices.managed.id, serialNumber: devices.managed.serialNumber },
        account: { id: own.id },
      },
    });

    const [delivery] = await deliveriesOf(admin, endpoint.id);
    expect(delivery).toMatchObject({
      messageId: mine[0]!.id,
      eventType: 'SERVICE_ORDER_STATUS_CHANGED',
      status: 'DELIVERED',
      attemptCount: 4,
      payload: mine[3]!.body,
    });
    expect(delivery!.attempts.map((a) => [a.statusCode, a.responseExcerpt])).toEqual([
      [500, 'receiver is down'],
      [500, 'receiver is down'],
      [500, 'receiver is down'],
      [200, 'thanks'],
    ]);
    for (const a of delivery!.attempts) expect(a.durationMs).toBeGreaterThanOrEqual(0);
    // Each retry after its backoff (100, 200, 400 ms), and on time: the dispatcher wakes for a
    // retry due before its next poll, so the three take less than one poll interval, not three.
    const sent = delivery!.attempts.map((a) => Date.parse(a.attemptedAt));
    const gaps = sent.slice(1).map((at, i) => at - sent[i]!);
    expect(gaps.map((gap, i) => gap >= [100, 200, 400][i]!)).toEqual([true, true, true]);
    expect(sent.at(-1)! - sent[0]!).toBeLessThan(environment().EVENT_POLL_MS);
  });

  it('loses and reorders nothing across a restart of the delivering process', async () => {
    receiver.failing = true;
    const orders = [
      await api.ok(manager, 'create', { input: orderInput(devices.managed) }),
      await api.ok(manager, 'create', { input: orderInput(devices.managedToo) }),
    ];
    for (const order of orders) await threeSteps(order.id);
    // Each order's first message refused at least once: the restart finds retries under way
    // (and perhaps events still on the event bus); it must deliver every one, in order.
    const ofOrder = (r: Received, id: string) =>
      (r.payload.data.serviceOrder as { id: string }).id === id;
    await receiver.until((r) => orders.every((o) => r.some((x) => ofOrder(x, o.id))));
    const identity = await system.kill('identity');
    await identity.start();
    receiver.failing = false;
    const received = await receiver.until((r) =>
      orders.every((o) => statusesOf(r, o.id).length === 3),
    );
    for (const order of orders)
      expect(statusesOf(received, order.id)).toEqual(['ACKNOWLEDGED', 'SCHEDULED', 'IN_PROGRESS']);
    // Per order, no message reached the receiver before an older one of the same order was
    // accepted: the failing ones held the later ones back.
    for (const order of orders) {
      const attempts = received.filter((r) => ofOrder(r, order.id));
      const firstAccepted = attempts.findIndex((r) => r.answered === 200);
      const ids = attempts.slice(0, firstAccepted + 1).map((r) => r.id);
      expect(new Set(ids).size).toBe(1);
    }
  });

  it('sends only the endpoint’s account’s events of the types it picked', async () => {
    const before = receiver.received.length;
    // An order on the Administrator's other account (the endpoint is the first's).
    const second = await api.ok(admin, 'create', { input: orderInput(devices.second) });
    await api.ok(planner, 'acknowledge', { id: second.id });
    // The other organisation's order, the same.
    const foreign = await api.ok(foreignAdmin, 'create', { input: orderInput(devices.foreign) });
    await api.ok(planner, 'acknowledge', { id: foreign.id });
    // And one of the endpoint's own account as a marker: once it arrived, the others would have.
    const marker = await api.ok(admin, 'create', { input: orderInput(devices.marker) });
    await api.ok(planner, 'acknowledge', { id: marker.id });
    const received = await receiver.until((r) => statusesOf(r, marker.id).length === 1);
    const orderIds = received
      .slice(before)
      .map((r) => (r.payload.data.serviceOrder as { id: string }).id);
    expect(new Set(orderIds)).toEqual(new Set([marker.id]));
  });
});

describe('the signing secret', () => {
  it('rotates with both secrets signing during the overlap', async () => {
    const rotated = await system.graphql<{ rotateWebhookSecret: Payload<Endpoint> }>(
      `mutation ($id: ID!) { rotateWebhookSecret(id: $id) {
         secret endpoint { previousSecretExpiresAt } userErrors { code } } }`,
      { id: endpoint.id },
      { token: admin },
    );
    const payload = rotated.data!.rotateWebhookSecret;
    expect(payload.userErrors).toEqual([]);
    expect(payload.secret).toMatch(/^whsec_/);
    expect(payload.secret).not.toBe(secret);
    expect(Date.parse(payload.endpoint!.previousSecretExpiresAt!)).toBeGreaterThan(Date.now());
    receiver.secrets = [secret, payload.secret!];
    const order = await api.ok(manager, 'create', { input: orderInput(devices.managed) });
    await api.ok(planner, 'acknowledge', { id: order.id });
    const received = await receiver.until((r) => statusesOf(r, order.id).length === 1);
    const last = received.at(-1)!;
    expect(last.signatures).toHaveLength(2);
    expect(last.signedBy.sort()).toEqual([secret, payload.secret!].sort());
  });
});

describe('manual redelivery', () => {
  it('sends a delivered message again under the same webhook-id', async () => {
    const [newest] = await deliveriesOf(admin, endpoint.id);
    const before = receiver.received.length;
    const result = await system.graphql<{
      redeliverWebhook: { delivery: Delivery | null; userErrors: { code: string }[] };
    }>(
      `mutation ($id: ID!) { redeliverWebhook(deliveryId: $id) { delivery { status } userErrors { code } } }`,
      { id: newest!.id },
      { token: admin },
    );
    expect(result.data!.redeliverWebhook).toEqual({
      delivery: { status: 'PENDING' },
      userErrors: [],
    });
    const received = await receiver.until((r) => r.length > before);
    expect(received[before]!.id).toBe(newest!.messageId);
    expect(received[before]!.body).toBe(newest!.payload);
    // Another organisation's Administrator cannot, and learns nothing.
    const foreign = await system.graphql<{ redeliverWebhook: { userErrors: { code: string }[] } }>(
      `mutation ($id: ID!) { redeliverWebhook(deliveryId: $id) { userErrors { code } } }`,
      { id: newest!.id },
      { token: foreignAdmin },
    );
    expect(foreign.data!.redeliverWebhook.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });
});

describe('meter readings accepted in one batch', () => {
  it('sends one message per reading of the endpoint’s account, each once, even when the batch’s event is applied again', async () => {
    const created = await createEndpoint(admin, {
      accountId: own.id,
      url: receiverUrl,
      description: 'Billing sync',
      eventTypes: ['METER_READING_ACCEPTED'],
    });
    const readingsEndpoint = created.data!.createWebhookEndpoint.endpoint!;
    // Two devices of the endpoint's account and one of the other account, in one submission:
    // each one's first reading (the built contracts bill TOTAL).
    const inputs = [devices.billed, devices.billedToo, devices.secondBilled].map((device, i) => ({
      deviceId: device.id,
      values: [{ meter: 'TOTAL', value: 1000 + i }],
    }));
    const batch = await system.graphql<BulkAnswer>(SUBMIT_MANY, { inputs }, { token: admin });
    expect(batch.data!.submitMeterReadings.accepted).toBe(3);
    const [first, second] = batch.data!.submitMeterReadings.results.map((r) => r.meterReading!);
    const ofReadings = (r: Received) => r.payload.type === 'meter_reading.accepted';
    const received = await receiver.until((r) => r.filter(ofReadings).length >= 2);
    const messages = received.filter(ofReadings);
    expect(messages.map((m) => m.payload.data)).toEqual([
      expect.objectContaining({
        meterReading: expect.objectContaining({ id: first!.id, values: first!.values }),
        device: { id: devices.billed.id, serialNumber: devices.billed.serialNumber },
        account: { id: own.id },
      }),
      expect.objectContaining({
        meterReading: expect.objectContaining({ id: second!.id }),
        device: { id: devices.billedToo.id, serialNumber: devices.billedToo.serialNumber },
      }),
    ]);
    expect(new Set(messages.map((m) => m.id)).size).toBe(2);

    // The event bus delivers at least once: the batch's event applied a second time (its
    // processed mark gone, the consumer's offset before it) queues nothing more.
    const identity = system.subgraph('identity');
    await identity.dataSource.query(
      `WITH e AS (SELECT event_id, position FROM event_bus.event
                   WHERE type = 'MeterReadingsAccepted' ORDER BY position DESC LIMIT 1),
            forgot AS (DELETE FROM identity.processed_event p USING e
                        WHERE p.consumer = 'identity.webhooks' AND p.event_id = e.event_id)
       UPDATE identity.consumer_offset SET position = (SELECT position - 1 FROM e)
        WHERE consumer = 'identity.webhooks'`,
    );
    for (const consumer of identity.consumers) await consumer.flush();
    const queued: { n: number }[] = await identity.dataSource.query(
      `SELECT count(*)::int AS n FROM identity.webhook_message WHERE endpoint_id = $1`,
      [fromGlobalId('WebhookEndpoint', readingsEndpoint.id)],
    );
    expect(queued[0]!.n).toBe(2);
  });
});

describe('persistent failure', () => {
  it('disables the endpoint after the retry window and mails the Administrators', async () => {
    const down = new WebhookReceiver();
    down.failing = true;
    const url = await down.start();
    try {
      const created = await createEndpoint(admin, {
        accountId: own.id,
        url,
        eventTypes: ['SERVICE_ORDER_STATUS_CHANGED'],
      });
      const failing = created.data!.createWebhookEndpoint.endpoint!;
      const since = mailCount(ADMIN_MAIL);
      const order = await api.ok(manager, 'create', { input: orderInput(devices.managedToo) });
      await api.ok(planner, 'acknowledge', { id: order.id });
      // Retried for the window (15 s here), then disabled and mailed.
      const mail = await waitForMailWithSubject(
        ADMIN_MAIL,
        since,
        'Et webhook-endpoint er slået fra',
        40_000,
      );
      expect(mail.text).toContain(url);
      expect(mail.text).toContain('/settings/webhooks');
      const after = await system.graphql<{ webhookEndpoint: Endpoint }>(
        `query ($id: ID!) { webhookEndpoint(id: $id) { enabled disabledReason } }`,
        { id: failing.id },
        { token: admin },
      );
      expect(after.data!.webhookEndpoint).toEqual({
        enabled: false,
        disabledReason: 'PERSISTENT_FAILURE',
      });
      const [delivery] = await deliveriesOf(admin, failing.id);
      expect(delivery!.status).toBe('FAILED');
      expect(delivery!.attemptCount).toBe(down.received.length);
      expect(down.received.length).toBeGreaterThan(3);
      // A disabled endpoint gets nothing more.
      const count = down.received.length;
      await api.ok(planner, 'schedule', {
        id: order.id,
        visitAt: visitTime(),
        technicianId: techUser.id,
      });
      // The enabled endpoint gets it; the disabled one was passed over in the same step.
      await receiver.until((r) => statusesOf(r, order.id).includes('SCHEDULED'));
      expect(down.received.length).toBe(count);

      // Fixed: enabled again, the failed message redelivered by hand.
      down.failing = false;
      const enabled = await system.graphql<{ updateWebhookEndpoint: Payload<Endpoint> }>(
        `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {
           endpoint { enabled disabledReason } userErrors { code } } }`,
        { input: { id: failing.id, enabled: true } },
        { token: admin },
      );
      expect(enabled.data!.updateWebhookEndpoint).toEqual({
        endpoint: { enabled: true, disabledReason: null },
        userErrors: [],
      });
      await system.graphql(
        `mutation ($id: ID!) { redeliverWebhook(deliveryId: $id) { userErrors { code } } }`,
        { id: delivery!.id },
        { token: admin },
      );
      const again = await down.until((r) => r.some((x) => x.answered === 200));
      expect(again.find((x) => x.answered === 200)!.id).toBe(delivery!.messageId);

      const removed = await system.graphql<{ deleteWebhookEndpoint: Payload<Endpoint> }>(
        `mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) { userErrors { code } } }`,
        { id: failing.id },
        { token: admin },
      );
      expect(removed.data!.deleteWebhookEndpoint.userErrors).toEqual([]);
      const gone = await system.graphql<{ webhookEndpoint: Endpoint | null }>(
        `query ($id: ID!) { webhookEndpoint(id: $id) { id } }`,
        { id: failing.id },
        { token: admin },
      );
      expect(gone.data!.webhookEndpoint).toBeNull();
    } finally {
      await down.stop();
    }
  });
});
