// The whole system with every subgraph on a PostgreSQL of its own (six embedded instances on
// their own ports and data folders) and events between them on NATS JetStream: what crosses
// a subgraph's boundary goes over HTTP (through the gateway) or as an event, nothing else.
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
import { SUBGRAPH_DEFINITIONS, startTestSystem, type TestSystem } from '@portal/testkit';
import { latestValues, raised, submit } from '@portal/testkit/meter-readings';
import { deviceId, orderInput, serviceOrderApi } from '@portal/testkit/service-orders';

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
}, 180_000);

afterAll(async () => {
  await system?.stop();
  for (const transport of transports) await transport.close();
  await Promise.all([nats, ...servers].filter(Boolean).map((s) => s.close()));
});

async function visibleSerials(email: string): Promise<string[]> {
  const token = await system.signIn(email);
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

it('signs every demo user in and shows each role its devices', async () => {
  expect((await visibleSerials('anna.admin@nordiskprint.example')).length).toBe(9);
  expect(await visibleSerials('dennis.device@nordiskprint.example')).toEqual([
    'NP1000001',
    'NP1000002',
  ]);
  expect(await visibleSerials('sara.stock@nordiskprint.example')).toEqual([
    'NP1000001',
    'NP1000002',
    'NP1000003',
  ]);
  expect(await visibleSerials('bo.admin@fjordlogistik.example')).toEqual([
    'FL3000001',
    'FL3000002',
    'FL3000003',
  ]);
  expect(await visibleSerials('sune.self@nordiskprint.example')).toEqual([]);
  expect((await visibleSerials('agent@service.example')).length).toBe(12);
});

it('takes a meter reading and shows it as the newest', async () => {
  const anna = await system.signIn('anna.admin@nordiskprint.example');
  const before = await latestValues(system, anna, deviceId('NP1000004'));
  const values = raised(before.values, 500);
  const result = await submit(system, anna, { deviceId: deviceId('NP1000004'), values });
  expect(result.userErrors).toEqual([]);
  const after = await latestValues(system, anna, deviceId('NP1000004'));
  expect(after.values).toEqual(Object.fromEntries(values.map((v) => [v.meter, v.value])));
});

it('raises a service order that the device then counts as open', async () => {
  const anna = await system.signIn('anna.admin@nordiskprint.example');
  const openCount = async () => {
    const result = await system.graphql<{ device: { openServiceOrderCount: number } }>(
      `query ($id: ID!) { device(id: $id) { openServiceOrderCount } }`,
      { id: deviceId('NP1000003') },
      { token: anna },
    );
    return result.data!.device.openServiceOrderCount;
  };
  const before = await openCount();
  const order = await serviceOrderApi(system).ok(anna, 'create', {
    input: orderInput('NP1000003'),
  });
  expect(order.status).toBe('SUBMITTED');
  expect(order.device.serialNumber).toBe('NP1000003');
  expect(await openCount()).toBe(before + 1);
});

it("carries a device change from devices' database to identity's and service orders' through the broker", async () => {
  const agent = await system.signIn('agent@service.example');
  const id = deviceId('NP1000005');
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
  expect((await visibleSerials('anna.admin@nordiskprint.example')).length).toBe(8);
});
