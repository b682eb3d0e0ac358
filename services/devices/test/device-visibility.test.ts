import { demoIds, toGlobalId } from '@portal/platform';
import { startTestSystem, type TestSystem } from '@portal/testkit';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => {
  await system.stop();
});

const DEVICES = `query { devices(first: 100) { totalCount edges { node { serialNumber } } } }`;

async function visibleSerials(email: string): Promise<{ totalCount: number; serials: string[] }> {
  const token = await system.signIn(email);
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
    const { totalCount, serials } = await visibleSerials('anna.admin@nordiskprint.example');
    expect(totalCount).toBe(9);
    expect(serials.every((s) => s.startsWith('NP'))).toBe(true);
  });

  it('shows a Device Manager only its assigned devices', async () => {
    expect(await visibleSerials('dennis.device@nordiskprint.example')).toEqual({
      totalCount: 2,
      serials: ['NP1000001', 'NP1000002'],
    });
  });

  it("shows another organisation's Administrator only its own devices", async () => {
    expect(await visibleSerials('bo.admin@fjordlogistik.example')).toEqual({
      totalCount: 3,
      serials: ['FL3000001', 'FL3000002', 'FL3000003'],
    });
  });

  it('shows a Stock Manager the devices linked to its stock location', async () => {
    const { serials } = await visibleSerials('sara.stock@nordiskprint.example');
    expect(serials).toEqual(['NP1000001', 'NP1000002', 'NP1000003']);
  });

  it('shows a Self-Service user no device', async () => {
    expect(await visibleSerials('sune.self@nordiskprint.example')).toEqual({
      totalCount: 0,
      serials: [],
    });
  });

  it('shows staff every device', async () => {
    expect((await visibleSerials('agent@service.example')).totalCount).toBe(12);
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const result = await system.graphql(DEVICES);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it("reports another organisation's device as not found, by id and by serial", async () => {
    const token = await system.signIn('bo.admin@fjordlogistik.example');
    const foreign = toGlobalId('Device', demoIds.device('NP1000001'));
    const own = toGlobalId('Device', demoIds.device('FL3000001'));
    const result = await system.graphql<{
      foreign: unknown;
      own: { serialNumber: string };
      bySerial: unknown;
    }>(
      `query ($foreign: ID!, $own: ID!) {
         foreign: device(id: $foreign) { serialNumber }
         own: device(id: $own) { serialNumber }
         bySerial: deviceBySerialNumber(serialNumber: "NP1000001") { serialNumber }
       }`,
      { foreign, own },
      { token },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      foreign: null,
      own: { serialNumber: 'FL3000001' },
      bySerial: null,
    });
  });

  it('pages by serial number with a cursor and filters by account and search', async () => {
    const token = await system.signIn('anna.admin@nordiskprint.example');
    const accountId = toGlobalId('Account', demoIds.account('100201'));
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
      'NP1000001',
      'NP1000002',
      'NP1000003',
      'NP1000004',
    ]);
    const next = await system.graphql<{ devices: { edges: { node: { serialNumber: string } }[] } }>(
      `query ($after: String) { devices(first: 4, after: $after) { edges { node { serialNumber } } } }`,
      { after: first.data!.devices.pageInfo.endCursor },
      { token },
    );
    expect(next.data!.devices.edges.map((e) => e.node.serialNumber)).toEqual([
      'NP1000005',
      'NP1000006',
      'NP2000001',
      'NP2000002',
    ]);
    const filtered = await system.graphql<{ accounts: unknown; devices: { totalCount: number } }>(
      `query ($accountId: ID!) { devices(filter: { accountId: $accountId, search: "6860i" }) { totalCount } }`,
      { accountId },
      { token },
    );
    expect(filtered.data!.devices.totalCount).toBe(1);
  });

  it("lists an account's devices with the account's both numbers", async () => {
    const token = await system.signIn('anna.admin@nordiskprint.example');
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
    expect(result.data!.accounts).toEqual([
      {
        customerAccountNumber: '100200',
        systemAccountNumber: 'SYS-7001',
        devices: { totalCount: 6 },
      },
      {
        customerAccountNumber: '100201',
        systemAccountNumber: 'SYS-7002',
        devices: { totalCount: 3 },
      },
    ]);
  });
});
