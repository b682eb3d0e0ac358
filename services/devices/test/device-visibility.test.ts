import {
  MONO_A3_MODEL,
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  startTestSystem,
  type TestAccount,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';

let system: TestSystem;
/** A customer with two accounts (six devices and three) and another with three; built here. */
let customer: TestCustomer;
let other: TestCustomer;
/** Each account's devices by serial number, in serial order (the list's order). */
const serials = {
  first: ['VA1000001', 'VA1000002', 'VA1000003', 'VA1000004', 'VA1000005', 'VA1000006'],
  second: ['VA2000001', 'VA2000002', 'VA2000003'],
  other: ['VB3000001', 'VB3000002', 'VB3000003'],
};
const ids = new Map<string, string>();
let users: Record<'deviceManager' | 'stockManager' | 'selfService' | 'agent', TestUser>;

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem();
  [customer, other] = [await createCustomer(system, { accounts: 2 }), await createCustomer(system)];
  const [first, second] = [customer.accounts[0]!, customer.accounts[1]!];
  const agent = await createStaffUser(system, 'SERVICE_AGENT');
  const agentToken = await agent.signIn();
  const stores = {
    first: (await createStockLocation(system, first, { agentToken })).id,
    second: (await createStockLocation(system, second, { agentToken })).id,
  };
  const build = async (
    account: TestAccount,
    serialNumber: string,
    { store, mono = false }: { store?: string; mono?: boolean } = {},
  ) => {
    const device = await createDevice(system, account, {
      serialNumber,
      agentToken,
      ...(mono ? { modelId: MONO_A3_MODEL } : {}),
      ...(store ? { eMaintenance: true, stockLocationId: store } : {}),
    });
    ids.set(serialNumber, device.id);
  };
  // The first account's first three and the second's first two are linked to their store; one
  // mono A3 on each account, so that only the account filter keeps a model search to one.
  for (const [n, serial] of serials.first.entries())
    await build(first, serial, { store: n < 3 ? stores.first : undefined, mono: n === 1 });
  for (const [n, serial] of serials.second.entries())
    await build(second, serial, { store: n < 2 ? stores.second : undefined, mono: n === 1 });
  for (const serial of serials.other) await build(other.accounts[0]!, serial);
  const organization = customer.organization.id;
  users = {
    deviceManager: await createUser(system, {
      organization,
      name: 'Dagmar Device',
      grants: [['DEVICE_MANAGER', first]],
      devices: [ids.get('VA1000001')!, ids.get('VA1000002')!],
    }),
    stockManager: await createUser(system, {
      organization,
      name: 'Stig Stock',
      grants: [['STOCK_MANAGER', first]],
      stockLocations: [stores.first],
    }),
    selfService: await createUser(system, {
      organization,
      name: 'Signe Self',
      grants: [['SELF_SERVICE_USER', first]],
    }),
    agent,
  };
}, 120_000);
afterAll(async () => {
  await system.stop();
});

/** An account's both numbers, as the accounts list shows them. */
const numbers = ({ customerAccountNumber, systemAccountNumber }: TestAccount) => ({
  customerAccountNumber,
  systemAccountNumber,
});

const DEVICES = `query { devices(first: 100) { totalCount edges { node { serialNumber } } } }`;

async function visibleSerials(user: TestUser): Promise<{ totalCount: number; serials: string[] }> {
  const token = await user.signIn();
  const result = await system.graphql<{
    devices: { totalCount: number; edges: { node: { serialNumber: string } }[] };
  }>(DEVICES, {}, { token });
  expect(result.errors).toBeUndefined();
  return {
    totalCount: result.data!.devices.totalCount,
    serials: result.data!.devices.edges.map((e) => e.node.serialNumber),
  };
}

describe('who sees which devices (docs/domain.md)', () => {
  it('shows an Administrator every device on its accounts', async () => {
    const { totalCount, serials: seen } = await visibleSerials(customer.administrator);
    expect(totalCount).toBe(9);
    expect(seen).toEqual([...serials.first, ...serials.second]);
  });

  it('shows a Device Manager only its assigned devices', async () => {
    expect(await visibleSerials(users.deviceManager)).toEqual({
      totalCount: 2,
      serials: ['VA1000001', 'VA1000002'],
    });
  });

  it("shows another organisation's Administrator only its own devices", async () => {
    expect(await visibleSerials(other.administrator)).toEqual({
      totalCount: 3,
      serials: serials.other,
    });
  });

  it('shows a Stock Manager the devices linked to its stock location', async () => {
    const { serials: seen } = await visibleSerials(users.stockManager);
    expect(seen).toEqual(['VA1000001', 'VA1000002', 'VA1000003']);
  });

  it('shows a Self-Service user no device', async () => {
    expect(await visibleSerials(users.selfService)).toEqual({
      totalCount: 0,
      serials: [],
    });
  });

  it('shows staff every device', async () => {
    // Every device in the database: the demo world's too, as every customer's would be.
    const [{ count }] = (await system.devices.dataSource.query(
      `SELECT count(*)::int AS count FROM devices.device`,
    )) as [{ count: number }];
    const { totalCount, serials: seen } = await visibleSerials(users.agent);
    expect(totalCount).toBe(count);
    expect(seen).toEqual(
      expect.arrayContaining([...serials.first, ...serials.second, ...serials.other]),
    );
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const result = await system.graphql(DEVICES);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it("reports another organisation's device as not found, by id and by serial", async () => {
    const token = await other.administrator.signIn();
    const result = await system.graphql<{
      foreign: unknown;
      own: { serialNumber: string };
      bySerial: unknown;
    }>(
      `query ($foreign: ID!, $own: ID!) {
         foreign: device(id: $foreign) { serialNumber }
         own: device(id: $own) { serialNumber }
         bySerial: deviceBySerialNumber(serialNumber: "VA1000001") { serialNumber }
       }`,
      { foreign: ids.get('VA1000001'), own: ids.get('VB3000001') },
      { token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      foreign: null,
      own: { serialNumber: 'VB3000001' },
      bySerial: null,
    });
  });

  it('pages by serial number with a cursor and filters by account and search', async () => {
    const token = await customer.administrator.signIn();
    const first = await system.graphql<{
      devices: {
        edges: { node: { serialNumber: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      `query { devices(first: 4) { edges { node { serialNumber } } pageInfo { hasNextPage endCursor } } }`,
      {},
      { token },
    );
    expect(first.data!.devices.edges.map((e) => e.node.serialNumber)).toEqual([
      'VA1000001',
      'VA1000002',
      'VA1000003',
      'VA1000004',
    ]);
    const next = await system.graphql<{ devices: { edges: { node: { serialNumber: string } }[] } }>(
      `query ($after: String) { devices(first: 4, after: $after) { edges { node { serialNumber } } } }`,
      { after: first.data!.devices.pageInfo.endCursor },
      { token },
    );
    expect(next.data!.devices.edges.map((e) => e.node.serialNumber)).toEqual([
      'VA1000005',
      'VA1000006',
      'VA2000001',
      'VA2000002',
    ]);
    const filtered = await system.graphql<{ accounts: unknown; devices: { totalCount: number } }>(
      `query ($accountId: ID!) { devices(filter: { accountId: $accountId, search: "6860i" }) { totalCount } }`,
      { accountId: customer.accounts[1]!.id },
      { token },
    );
    expect(filtered.data!.devices.totalCount).toBe(1);
  });

  it("lists an account's devices with the account's both numbers", async () => {
    const token = await customer.administrator.signIn();
    const result = await system.graphql<{
      accounts: {
        customerAccountNumber: string;
        systemAccountNumber: string;
        devices: { totalCount: number };
      }[];
    }>(
      `query { accounts { customerAccountNumber systemAccountNumber devices { totalCount } } }`,
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
    const [first, second] = customer.accounts;
    // Listed by customer account number (the built ones are random).
    expect(result.data!.accounts).toEqual(
      [
        { ...numbers(first!), devices: { totalCount: 6 } },
        { ...numbers(second!), devices: { totalCount: 3 } },
      ].sort((a, b) => a.customerAccountNumber.localeCompare(b.customerAccountNumber)),
    );
  });
});
