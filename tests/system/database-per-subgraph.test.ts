// The whole system with every subgraph on a PostgreSQL of its own (six embedded instances on
// their own ports and data folders) and events between them on NATS JetStream: what crosses
// a subgraph's boundary goes over HTTP (through the gateway) or as an event, nothing else.
// Each database is seeded with its demo part (devices' holds the model catalogue), but the
// customers, users and devices asserted on are built here.
import type { DataSource } from 'typeorm';
import {
  createSubgraphDataSource,
  migrate,
  NatsEventTransport,
  SUBGRAPHS,
  type EventTransport,
} from '@portal/platform';
import { createDatabase } from '@portal/devkit';
import {
  startNats,
  startRestartablePostgres,
  type RestartableBroker,
} from '@portal/testkit/brokers';
import { seedIdentityDemo } from '../../services/identity/src/demo';
import { seedDevicesDemo } from '../../services/devices/src/demo';
import { seedServiceOrdersDemo } from '../../services/service-orders/src/demo';
import { seedMeterReadingsDemo } from '../../services/meter-readings/src/demo';
import { seedTonerDemo } from '../../services/toner/src/demo';
import { seedKnowledgeDemo } from '../../services/knowledge/src/demo';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  SUBGRAPH_DEFINITIONS,
  startTestSystem,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { daysFromToday, latestValues, raised, submit } from '@portal/testkit/meter-readings';
import { orderFor, serviceOrderApi } from '@portal/testkit/service-orders';

const SEEDS: Record<string, (dataSource: DataSource) => Promise<void>> = {
  identity: seedIdentityDemo,
  devices: seedDevicesDemo,
  'service-orders': seedServiceOrdersDemo,
  'meter-readings': seedMeterReadingsDemo as (dataSource: DataSource) => Promise<void>,
  toner: seedTonerDemo,
  knowledge: seedKnowledgeDemo,
};

const servers: RestartableBroker[] = [];
const transports: EventTransport[] = [];
const urls: Record<string, string> = {};
let nats: RestartableBroker;
let system: TestSystem;
let customer: TestCustomer;
let other: TestCustomer;
/** The customer's users below its Administrator, and the service centre's agent. */
let users: Record<'deviceManager' | 'stockManager' | 'selfService' | 'agent', TestUser>;
/** The built devices by what they are for; the serials sort in this order. */
let devices: Record<
  'assigned1' | 'assigned2' | 'stored' | 'read' | 'ordered' | 'decommissioned',
  { id: string; serialNumber: string }
>;
let otherSerials: string[];

beforeAll(async () => {
  const [bus, ...postgres] = await Promise.all([
    startNats(),
    ...SUBGRAPHS.map(() => startRestartablePostgres()),
  ]);
  nats = bus!;
  servers.push(...postgres);
  await Promise.all(
    SUBGRAPH_DEFINITIONS.map(async (definition, index) => {
      const admin = postgres[index]!.url;
      await createDatabase(admin, 'portal');
      const url = admin.replace(/\/postgres$/, '/portal');
      urls[definition.name] = url;
      const dataSource = createSubgraphDataSource({
        subgraph: definition.name,
        url,
        ...definition,
      });
      await dataSource.initialize();
      try {
        await migrate(dataSource);
        await SEEDS[definition.name]!(dataSource);
      } finally {
        await dataSource.destroy();
      }
    }),
  );
  system = await startTestSystem({
    database: { url: urls.identity!, drop: async () => undefined },
    databaseUrls: urls,
    transport: () => {
      const transport = new NatsEventTransport(nats.url);
      transports.push(transport);
      return transport;
    },
  });
  const agent = await createStaffUser(system, 'SERVICE_AGENT');
  const agentToken = await agent.signIn();
  customer = await createCustomer(system);
  other = await createCustomer(system, { name: 'Fjernt Lager ApS' });
  const [account] = customer.accounts;
  const store = await createStockLocation(system, account!, { agentToken });
  const device = (serialNumber: string, stockLocationId: string | null = null) =>
    createDevice(system, account!, {
      serialNumber,
      agentToken,
      stockLocationId,
      // Only a device with e-Maintenance may be linked to a stock location.
      eMaintenance: stockLocationId !== null,
    });
  devices = {
    assigned1: await device('PS1000001', store.id),
    assigned2: await device('PS1000002', store.id),
    stored: await device('PS1000003', store.id),
    read: await device('PS1000004'),
    ordered: await device('PS1000005'),
    decommissioned: await device('PS1000006'),
  };
  otherSerials = [];
  for (const serialNumber of ['PS3000001', 'PS3000002', 'PS3000003'])
    otherSerials.push(
      (await createDevice(system, other.accounts[0]!, { serialNumber, agentToken })).serialNumber,
    );
  const user = (
    role: 'DEVICE_MANAGER' | 'STOCK_MANAGER' | 'SELF_SERVICE_USER',
    assigned: { devices?: string[]; stockLocations?: string[] } = {},
  ) =>
    createUser(system, {
      organization: customer.organization.id,
      grants: [[role, account!]],
      ...assigned,
    });
  users = {
    deviceManager: await user('DEVICE_MANAGER', {
      devices: [devices.assigned1.id, devices.assigned2.id],
    }),
    stockManager: await user('STOCK_MANAGER', { stockLocations: [store.id] }),
    selfService: await user('SELF_SERVICE_USER'),
    agent,
  };
}, 180_000);

afterAll(async () => {
  await system?.stop();
  for (const transport of transports) await transport.close();
  await Promise.all([nats, ...servers].filter(Boolean).map((s) => s.close()));
});

async function visibleSerials(user: TestUser): Promise<string[]> {
  const token = await user.signIn();
  const result = await system.graphql<{
    devices: { edges: { node: { serialNumber: string } }[] };
  }>(`{ devices(first: 100) { edges { node { serialNumber } } } }`, {}, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.devices.edges.map((e) => e.node.serialNumber);
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('keeps each subgraph in its own PostgreSQL, with no other subgraph’s tables', async () => {
  const ports = new Set(Object.values(urls).map((url) => new URL(url).port));
  expect(ports.size).toBe(SUBGRAPHS.length);
  for (const { name } of SUBGRAPHS) {
    const schemas: { nspname: string }[] = await system
      .subgraph(name)
      .dataSource.query(
        `SELECT nspname FROM pg_namespace WHERE nspname = ANY($1) ORDER BY nspname`,
        [[...SUBGRAPHS.map((s) => s.name.replace(/-/g, '_')), 'event_bus']],
      );
    expect(schemas.map((s) => s.nspname)).toEqual([name.replace(/-/g, '_')]);
  }
});

it('signs every kind of user in and shows each role its devices', async () => {
  const serials = Object.values(devices).map((d) => d.serialNumber);
  expect((await visibleSerials(customer.administrator)).length).toBe(serials.length);
  expect(await visibleSerials(users.deviceManager)).toEqual([
    devices.assigned1.serialNumber,
    devices.assigned2.serialNumber,
  ]);
  expect(await visibleSerials(users.stockManager)).toEqual([
    devices.assigned1.serialNumber,
    devices.assigned2.serialNumber,
    devices.stored.serialNumber,
  ]);
  expect(await visibleSerials(other.administrator)).toEqual(otherSerials);
  expect(await visibleSerials(users.selfService)).toEqual([]);
  // The agent sees every organisation's (the seeded demo devices' too).
  expect(await visibleSerials(users.agent)).toEqual(
    expect.arrayContaining([...serials, ...otherSerials]),
  );
});

it('takes a meter reading and shows it as the newest', async () => {
  const administrator = await customer.administrator.signIn();
  const id = devices.read.id;
  // An earlier reading (the agent's, backdated) for the new one to be newer than.
  const earlier = await submit(system, await users.agent.signIn(), {
    deviceId: id,
    readingDate: daysFromToday(-30),
    values: [{ meter: 'TOTAL', value: 10_000 }],
  });
  expect(earlier.userErrors).toEqual([]);
  const before = await latestValues(system, administrator, id);
  const values = raised(before.values, 500);
  const result = await submit(system, administrator, { deviceId: id, values });
  expect(result.userErrors).toEqual([]);
  const after = await latestValues(system, administrator, id);
  expect(after.values).toEqual(Object.fromEntries(values.map((v) => [v.meter, v.value])));
});

it('raises a service order that the device then counts as open', async () => {
  const administrator = await customer.administrator.signIn();
  const openCount = async () => {
    const result = await system.graphql<{ device: { openServiceOrderCount: number } }>(
      `query ($id: ID!) { device(id: $id) { openServiceOrderCount } }`,
      { id: devices.ordered.id },
      { token: administrator },
    );
    return result.data!.device.openServiceOrderCount;
  };
  const before = await openCount();
  const order = await serviceOrderApi(system).ok(administrator, 'create', {
    input: orderFor(devices.ordered.id),
  });
  expect(order.status).toBe('SUBMITTED');
  expect(order.device.serialNumber).toBe(devices.ordered.serialNumber);
  expect(await openCount()).toBe(before + 1);
});

it("carries a device change from devices' database to identity's and service orders' through the broker", async () => {
  const agent = await users.agent.signIn();
  const id = devices.decommissioned.id;
  const result = await system.graphql<{ decommissionDevice: { device: { status: string } } }>(
    `mutation ($id: ID!) { decommissionDevice(deviceId: $id, reason: "Scrapped.") { device { status } } }`,
    { id },
    { token: agent },
  );
  expect(result.data?.decommissionDevice.device.status).toBe('DECOMMISSIONED');
  const uuid = Buffer.from(id, 'base64url').toString().split(':')[1];
  const projected = async (name: string) => {
    const schema = name.replace(/-/g, '_');
    const rows: { status: string }[] = await system
      .subgraph(name)
      .dataSource.query(`SELECT status FROM ${schema}.device_projection WHERE device_id = $1`, [
        uuid,
      ]);
    return rows[0]?.status;
  };
  // Event delivery runs by itself here: the relay is woken, the consumers by the broker.
  await until(
    'identity projects the change',
    async () => (await projected('identity')) === 'DECOMMISSIONED',
  );
  await until(
    'service orders project the change',
    async () => (await projected('service-orders')) === 'DECOMMISSIONED',
  );
  expect((await visibleSerials(customer.administrator)).length).toBe(
    Object.keys(devices).length - 1,
  );
});
