import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  startTestSystem,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import {
  AARHUS as DEMO_AARHUS,
  FJORD as DEMO_FJORD,
  HQ as DEMO_HQ,
} from '@portal/testkit/demo-world';
import {
  call,
  COUNT,
  LEVEL_FIELDS,
  until,
  type LevelData,
  type UserErrorData,
} from '@portal/testkit/toner';

/**
 * A customer with two accounts, a store on each (HQ on the first, with three devices; a branch
 * on the second), and another customer with a store of its own; all built here.
 */
const HQ = 'Odense HQ store';
const HQ_ADDRESS = 'Testvej 12, 5000 Odense C';
const HQ_INSTRUCTIONS =
  'Goods reception, gate 3 (weekdays 8-15). Store room K.12 in the basement; ask for Stig Storm.';
const BRANCH = 'Aalborg store';
const THEIRS = 'Vejle main store';
const level = (sku: string, minimumLevel = 2, targetLevel = 5) => ({
  sku,
  quantity: 3,
  minimumLevel,
  targetLevel,
});
const C_EXV58 = ['C-EXV58-BK', 'C-EXV58-C', 'C-EXV58-M', 'C-EXV58-Y'].map((sku) => level(sku));

let system: TestSystem;
let customer: TestCustomer;
let other: TestCustomer;
/** Stock location ids by name. */
const locations: Record<string, string> = {};
let devices: { id: string; serialNumber: string }[];
let stockManagerUser: TestUser;
let admin: string;
let stockManager: string;
let deviceManager: string;
let branchManager: string;
let selfService: string;
let otherAdmin: string;
let agent: string;

async function buildStores(agentToken: string) {
  const [first, second] = [customer.accounts[0]!, customer.accounts[1]!];
  for (const [account, name, levels, extra] of [
    [
      first,
      HQ,
      [...C_EXV58, level('C-EXV60-BK', 1, 4)],
      { address: HQ_ADDRESS, shippingInstructions: HQ_INSTRUCTIONS },
    ],
    [second, BRANCH, C_EXV58, {}],
    [other.accounts[0]!, THEIRS, C_EXV58, {}],
  ] as const)
    locations[name] = (
      await createStockLocation(system, account, { name, levels, agentToken, ...extra })
    ).id;
  devices = [];
  for (let n = 0; n < 3; n++)
    devices.push(
      await createDevice(system, first, {
        agentToken,
        stockLocationId: locations[HQ]!,
        eMaintenance: true,
      }),
    );
}

beforeAll(async () => {
  // The demo world holds the device model and toner catalogues (and the demo-world test's data).
  system = await startTestSystem();
  [customer, other] = [await createCustomer(system, { accounts: 2 }), await createCustomer(system)];
  const agentUser = await createStaffUser(system, 'SERVICE_AGENT');
  agent = await agentUser.signIn();
  await buildStores(agent);
  const [first, second] = [customer.accounts[0]!, customer.accounts[1]!];
  const organization = customer.organization.id;
  stockManagerUser = await createUser(system, {
    organization,
    name: 'Stig Stock',
    grants: [['STOCK_MANAGER', first]],
    stockLocations: [locations[HQ]!],
  });
  const users = [
    customer.administrator,
    stockManagerUser,
    await createUser(system, {
      organization,
      name: 'Dagmar Device',
      grants: [['DEVICE_MANAGER', first]],
      devices: [devices[0]!.id],
    }),
    await createUser(system, {
      organization,
      name: 'Bente Both',
      grants: [
        ['DEVICE_MANAGER', second],
        ['STOCK_MANAGER', second],
      ],
      stockLocations: [locations[BRANCH]!],
    }),
    await createUser(system, {
      organization,
      name: 'Signe Self',
      grants: [['SELF_SERVICE_USER', first]],
    }),
    other.administrator,
  ];
  [admin, stockManager, deviceManager, branchManager, selfService, otherAdmin] = await Promise.all(
    users.map((u) => u.signIn()),
  );
}, 180_000);
afterAll(async () => {
  await system.stop();
});

const ASSIGN = `mutation ($user: ID!, $ids: [ID!]!) { assignStockLocations(userId: $user, stockLocationIds: $ids) {
  userErrors { code field message } } }`;
const stockLocationId = (name: string) => locations[name]!;
const localId = (globalId: string) =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

const names = async (token: string) =>
  (await call<{ name: string }[]>(system, token, '{ stockLocations { name } }')).map((l) => l.name);

// About the demo data itself (what the demo shows a visitor): it stays on the demo's stores.
describe('the demo world', () => {
  it('keeps, per location, the toners its devices take, one at its minimum, and a shipment in each status', async () => {
    const stores = await call<
      {
        name: string;
        levels: LevelData[];
        devices: { model: { tonerProducts: { sku: string }[] } }[];
        shipments: { edges: { node: { status: string; toner: { sku: string } } }[] };
      }[]
    >(
      system,
      agent,
      `{ stockLocations { name levels { ${LEVEL_FIELDS} }
          devices { model { tonerProducts { sku } } }
          shipments { edges { node { status toner { sku } } } } } }`,
    );
    const demo = stores.filter((l) => [DEMO_AARHUS, DEMO_HQ, DEMO_FJORD].includes(l.name));
    expect(demo.map((l) => l.name)).toEqual([DEMO_AARHUS, DEMO_HQ, DEMO_FJORD]);
    for (const location of demo) {
      const taken = new Set(
        location.devices.flatMap((d) => d.model.tonerProducts.map((t) => t.sku)),
      );
      expect(new Set(location.levels.map((l) => l.toner.sku))).toEqual(taken);
      expect(location.shipments.edges.map((e) => e.node.status).sort()).toEqual([
        'CREATED',
        'DELIVERED',
        'DISPATCHED',
      ]);
      // One alert orders: a level at its minimum with nothing on its way.
      expect(location.levels.some((l) => l.quantity === l.minimumLevel && l.inShipment === 0)).toBe(
        true,
      );
      // Open shipments make up the position the alert ordered up to.
      for (const level of location.levels.filter((l) => l.inShipment > 0))
        expect(level.quantity + level.inShipment).toBeGreaterThanOrEqual(level.minimumLevel);
    }
  });
});

describe('who sees which stock location', () => {
  it('shows Administrators their accounts, Stock Managers their assigned locations, staff all', async () => {
    expect(await names(admin)).toEqual([BRANCH, HQ]);
    expect(await names(stockManager)).toEqual([HQ]);
    expect(await names(branchManager)).toEqual([BRANCH]);
    expect(await names(otherAdmin)).toEqual([THEIRS]);
    // Every customer's (the demo's stores too).
    expect(await names(agent)).toEqual(expect.arrayContaining([BRANCH, HQ, THEIRS]));
  });

  it('shows Device Managers and Self-Service users no stock, and another organisation none', async () => {
    expect(await names(deviceManager)).toEqual([]);
    expect(await names(selfService)).toEqual([]);
    for (const token of [deviceManager, selfService, otherAdmin]) {
      expect(
        await call(system, token, 'query ($id: ID!) { stockLocation(id: $id) { name } }', {
          id: stockLocationId(HQ),
        }),
      ).toBeNull();
    }
    const shipments = await call<{ totalCount: number }>(
      system,
      deviceManager,
      '{ shipments { totalCount } }',
    );
    expect(shipments.totalCount).toBe(0);
  });

  it("resolves a device's stock location for who sees stock, and null for a Device Manager", async () => {
    const query = `query ($id: ID!) { device(id: $id) { serialNumber stockLocation { name address } } }`;
    const [{ id, serialNumber }] = devices as [{ id: string; serialNumber: string }];
    expect(await call(system, admin, query, { id })).toEqual({
      serialNumber,
      stockLocation: { name: HQ, address: HQ_ADDRESS },
    });
    expect(await call(system, stockManager, query, { id })).toMatchObject({
      stockLocation: { name: HQ },
    });
    expect(await call(system, deviceManager, query, { id })).toEqual({
      serialNumber,
      stockLocation: null,
    });
  });

  it("lists an account's stock locations", async () => {
    const accounts = await call<
      { customerAccountNumber: string; stockLocations: { name: string }[] }[]
    >(system, admin, '{ accounts { customerAccountNumber stockLocations { name } } }');
    expect(
      Object.fromEntries(accounts.map((a) => [a.customerAccountNumber, a.stockLocations])),
    ).toEqual({
      [customer.accounts[0]!.customerAccountNumber]: [{ name: HQ }],
      [customer.accounts[1]!.customerAccountNumber]: [{ name: BRANCH }],
    });
    const deviceManagerAccounts = await call<{ stockLocations: unknown[] }[]>(
      system,
      deviceManager,
      '{ accounts { stockLocations { name } } }',
    );
    expect(deviceManagerAccounts.every((a) => a.stockLocations.length === 0)).toBe(true);
  });
});

describe('what a stock location shows', () => {
  it('shows the devices it serves that the caller may see, and its managers', async () => {
    const query = `query ($id: ID!) { stockLocation(id: $id) {
      account { customerAccountNumber } devices { serialNumber } managers { email } } }`;
    const expected = {
      account: { customerAccountNumber: customer.accounts[0]!.customerAccountNumber },
      devices: devices.map(({ serialNumber }) => ({ serialNumber })),
      managers: [{ email: stockManagerUser.email }],
    };
    expect(await call(system, admin, query, { id: stockLocationId(HQ) })).toEqual(expected);
    expect(await call(system, stockManager, query, { id: stockLocationId(HQ) })).toEqual(expected);
    expect(await call(system, agent, query, { id: stockLocationId(HQ) })).toEqual(expected);
  });

  it("shows a user's assigned stock locations", async () => {
    expect(
      await call(
        system,
        stockManager,
        '{ me { assignedStockLocations { name shippingInstructions } } }',
      ),
    ).toEqual({
      assignedStockLocations: [
        {
          name: HQ,
          shippingInstructions: HQ_INSTRUCTIONS,
        },
      ],
    });
    expect(await call(system, deviceManager, '{ me { assignedStockLocations { name } } }')).toEqual(
      {
        assignedStockLocations: [],
      },
    );
  });

  it("shows nobody's stock managers to a Device Manager, even through a device", async () => {
    const result = await call<{ stockLocation: { id: string; managers: unknown[] } | null }>(
      system,
      deviceManager,
      'query ($id: ID!) { device(id: $id) { stockLocation { id managers { email } } } }',
      { id: devices[0]!.id },
    );
    // devices names the link; identity tells a Device Manager nothing about who keeps the stock.
    expect(result.stockLocation?.managers ?? []).toEqual([]);
  });
});

describe('stock counts', () => {
  const count = (token: string, location: string, counts: unknown[]) =>
    call<{
      stockLocation: { levels: (LevelData & { countedAt: string | null })[] } | null;
      userErrors: UserErrorData[];
    }>(system, token, COUNT, { id: stockLocationId(location), counts });

  it('sets the quantity on hand, and the levels when given', async () => {
    const counted = await count(stockManager, HQ, [
      { sku: 'c-exv58-m', quantity: 7 },
      { sku: 'C-EXV60-BK', quantity: 3, minimumLevel: 2, targetLevel: 9 },
    ]);
    expect(counted.userErrors).toEqual([]);
    const levels = Object.fromEntries(counted.stockLocation!.levels.map((l) => [l.toner.sku, l]));
    expect(levels['C-EXV58-M']).toMatchObject({
      toner: { name: 'C-EXV 58 Toner Magenta', colour: 'MAGENTA' },
      quantity: 7,
      minimumLevel: 2,
      targetLevel: 5,
      belowMinimum: false,
      countedAt: expect.any(String),
    });
    expect(levels['C-EXV60-BK']).toMatchObject({ quantity: 3, minimumLevel: 2, targetLevel: 9 });
  });

  it('refuses negative quantities, unknown toners, a toner counted twice and a target below the minimum, all or nothing', async () => {
    const before = await call<{ levels: LevelData[] }>(
      system,
      admin,
      `query ($id: ID!) { stockLocation(id: $id) { levels { ${LEVEL_FIELDS} } } }`,
      { id: stockLocationId(BRANCH) },
    );
    const refused = await count(admin, BRANCH, [
      { sku: 'C-EXV58-BK', quantity: 9 },
      { sku: 'C-EXV58-C', quantity: -1 },
      { sku: 'NOPE-123', quantity: 2, minimumLevel: 1, targetLevel: 2 },
      { sku: 'C-EXV58-Y', quantity: 2, minimumLevel: 4, targetLevel: 3 },
      { sku: 'CRG-069-BK', quantity: 2 },
      { sku: 'C-EXV58-M', quantity: 1, minimumLevel: -2 },
      { sku: 'c-exv58-bk', quantity: 3 },
    ]);
    expect(refused.stockLocation).toBeNull();
    expect(refused.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['NEGATIVE_QUANTITY', ['counts', '1', 'quantity']],
      ['UNKNOWN_TONER', ['counts', '2', 'sku']],
      ['INVALID_INPUT', ['counts', '3', 'targetLevel']],
      ['INVALID_INPUT', ['counts', '4', 'minimumLevel']],
      ['NEGATIVE_QUANTITY', ['counts', '5', 'minimumLevel']],
      ['INVALID_INPUT', ['counts', '6', 'sku']],
    ]);
    const after = await call<{ levels: LevelData[] }>(
      system,
      admin,
      `query ($id: ID!) { stockLocation(id: $id) { levels { ${LEVEL_FIELDS} } } }`,
      { id: stockLocationId(BRANCH) },
    );
    expect(after).toEqual(before);
  });

  it('takes a new toner with its minimum and target', async () => {
    const counted = await count(admin, BRANCH, [
      { sku: 'CRG-069-BK', quantity: 2, minimumLevel: 1, targetLevel: 3 },
    ]);
    expect(counted.userErrors).toEqual([]);
    expect(counted.stockLocation!.levels.map((l) => l.toner.sku)).toContain('CRG-069-BK');
  });
});

describe('editing a stock location', () => {
  const UPDATE = `mutation ($id: ID!, $input: UpdateStockLocationInput!) { updateStockLocation(id: $id, input: $input) {
    stockLocation { name shippingInstructions address contactName } userErrors { code field message } } }`;

  it('changes what is given and publishes the change', async () => {
    const updated = await call<{ stockLocation: unknown; userErrors: unknown[] }>(
      system,
      stockManager,
      UPDATE,
      {
        id: stockLocationId(HQ),
        input: { shippingInstructions: '  Gate 4 from May.\nRing the bell.  ', contactName: '' },
      },
    );
    expect(updated).toEqual({
      stockLocation: {
        name: HQ,
        shippingInstructions: 'Gate 4 from May.\nRing the bell.',
        address: HQ_ADDRESS,
        contactName: null,
      },
      userErrors: [],
    });
    const events = (await system
      .subgraph('toner')
      .dataSource.query(
        `SELECT type, payload->>'revision' AS revision FROM toner.outbox WHERE aggregate_id = $1 ORDER BY position`,
        [localId(stockLocationId(HQ))],
      )) as { type: string; revision: string }[];
    expect(events).toEqual([
      { type: 'StockLocationCreated', revision: '1' },
      { type: 'StockLocationUpdated', revision: '2' },
    ]);
  });

  it('refuses an empty name and address, and a foreign location as not found', async () => {
    const refused = await call<{ userErrors: UserErrorData[] }>(system, admin, UPDATE, {
      id: stockLocationId(HQ),
      input: { name: ' ', address: '' },
    });
    expect(refused.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['input', 'name']],
      ['INVALID_INPUT', ['input', 'address']],
    ]);
    const foreign = await call<{ userErrors: UserErrorData[] }>(system, admin, UPDATE, {
      id: stockLocationId(THEIRS),
      input: { name: 'Mine now' },
    });
    expect(foreign.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['id'], message: 'No such stock location.' },
    ]);
  });

  it("keeps identity's view in step: a new location takes managers once identity knows it", async () => {
    const created = await call<{ stockLocation: { id: string } }>(
      system,
      agent,
      `mutation ($account: ID!) { createStockLocation(input: { accountId: $account, name: "Annex store", address: "Vesterbrogade 14" }) {
         stockLocation { id } userErrors { code } } }`,
      { account: customer.accounts[0]!.id },
    );
    const id = created.stockLocation.id;
    // identity learns of the location from toner's event (within moments).
    await until(async () => {
      const assigned = await call<{ userErrors: unknown[] }>(system, admin, ASSIGN, {
        user: stockManagerUser.id,
        ids: [id],
      });
      return assigned.userErrors.length === 0;
    });
    const location = await call<{ managers: { email: string }[] }>(
      system,
      admin,
      'query ($id: ID!) { stockLocation(id: $id) { managers { email } } }',
      { id },
    );
    expect(location.managers).toEqual([{ email: stockManagerUser.email }]);
  });
});

describe("assigning stock locations (identity, from toner's events)", () => {
  it("refuses another organisation's location, and a user who is no Stock Manager there", async () => {
    const foreign = await call<{ userErrors: UserErrorData[] }>(system, admin, ASSIGN, {
      user: stockManagerUser.id,
      ids: [stockLocationId(THEIRS)],
    });
    expect(foreign.userErrors).toEqual([
      {
        code: 'STOCK_LOCATION_NOT_FOUND',
        field: ['stockLocationIds', '0'],
        message: 'No such stock location on the accounts you administer.',
      },
    ]);
    const notStockManager = await call<{ userErrors: UserErrorData[] }>(system, admin, ASSIGN, {
      user: stockManagerUser.id,
      ids: [stockLocationId(BRANCH)],
    });
    expect(notStockManager.userErrors).toEqual([
      {
        code: 'NOT_A_STOCK_MANAGER',
        field: ['stockLocationIds'],
        message: `Grant the user Stock Manager on the account of ${BRANCH} first.`,
      },
    ]);
  });

  it('ends the assignments with the Stock Manager role: the stock is gone from view', async () => {
    const revoked = await call<{ userErrors: unknown[] }>(
      system,
      admin,
      `mutation ($user: ID!, $account: ID!) { revokeRole(userId: $user, grant: { role: STOCK_MANAGER, accountId: $account }) {
         userErrors { code } } }`,
      { user: stockManagerUser.id, account: customer.accounts[0]!.id },
    );
    expect(revoked.userErrors).toEqual([]);
    const rows = (await system.identity.dataSource.query(
      `SELECT count(*)::int AS n FROM identity.stock_location_assignment WHERE user_id = $1`,
      [localId(stockManagerUser.id)],
    )) as { n: number }[];
    expect(rows[0]!.n).toBe(0);
    // The principal is resolved again within a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await names(stockManager)).toEqual([]);
  });
});
