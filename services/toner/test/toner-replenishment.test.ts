import { Client } from 'pg';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  MONO_A3_MODEL,
  startTestSystem,
  type TestAccount,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import {
  call,
  createIntegrationKey,
  DELIVER,
  DISPATCH,
  levelOf,
  projected,
  report,
  until,
  type AlertPayload,
  type ShipmentData,
  type UserErrorData,
} from '@portal/testkit/toner';

const level = (sku: string, quantity: number, minimumLevel: number, targetLevel: number) => ({
  sku,
  quantity,
  minimumLevel,
  targetLevel,
});

let system: TestSystem;
/** Two accounts: the first keeps the HQ store, the second the Aarhus store. */
let customer: TestCustomer;
/** Another organisation, with its own store and a device linked to it. */
let other: TestCustomer;
let admin: string;
let stockManager: string;
let stockManagerUser: TestUser;
let agent: string;
let agentUser: TestUser;
/** The e-Maintenance integration's API key (Administrator on both of the customer's accounts). */
let eMaintenance: string;
let hq: { id: string; name: string };
let aarhus: { id: string; name: string };
let foreignStore: { id: string; name: string };
/** e-Maintenance devices (colour A3 unless said) on the stores. */
let devices: {
  hq1: { id: string; serialNumber: string };
  hq2: { id: string; serialNumber: string };
  mono: { id: string; serialNumber: string };
  off: { id: string; serialNumber: string };
  aarhus1: { id: string; serialNumber: string };
  aarhus2: { id: string; serialNumber: string };
  foreign: { id: string; serialNumber: string };
};

beforeAll(async () => {
  // The demo world holds the device models and toner products; nothing here asserts on its
  // customers, stores or devices.
  system = await startTestSystem();
  customer = await createCustomer(system, { accounts: 2 });
  other = await createCustomer(system, { name: 'Fjord Logistik' });
  agentUser = await createStaffUser(system, 'SERVICE_AGENT');
  agent = await agentUser.signIn();
  await buildStores();
  await buildDevices();
  stockManagerUser = await createUser(system, {
    organization: customer.organization.id,
    grants: [['STOCK_MANAGER', customer.accounts[0]!]],
    stockLocations: [hq.id],
  });
  [admin, stockManager] = [await customer.administrator.signIn(), await stockManagerUser.signIn()];
  eMaintenance = await createIntegrationKey(system, admin, customer.accounts);
}, 180_000);
afterAll(async () => {
  await system.stop();
});

async function buildStores(): Promise<void> {
  const [first, second] = customer.accounts as [TestAccount, TestAccount];
  hq = await createStockLocation(system, first, {
    name: 'HQ store',
    agentToken: agent,
    // Cyan at its minimum with nothing on its way; magenta for an older shipment.
    levels: [
      level('C-EXV58-C', 2, 2, 5),
      level('C-EXV58-M', 1, 1, 3),
      level('C-EXV58-BK', 6, 2, 8),
      level('C-EXV60-BK', 3, 1, 4),
    ],
  });
  aarhus = await createStockLocation(system, second, {
    name: 'Aarhus store',
    agentToken: agent,
    levels: [
      level('C-EXV58-M', 1, 1, 3),
      level('C-EXV58-Y', 3, 2, 4),
      level('C-EXV58-BK', 4, 2, 6),
    ],
  });
  foreignStore = await createStockLocation(system, other.accounts[0]!, {
    name: 'Fjord main store',
    agentToken: agent,
    levels: [level('C-EXV58-BK', 5, 2, 8)],
  });
}

async function buildDevices(): Promise<void> {
  const [first, second] = customer.accounts as [TestAccount, TestAccount];
  const on = (stockLocationId: string | null, more: { modelId?: string } = {}) => ({
    agentToken: agent,
    eMaintenance: stockLocationId !== null,
    stockLocationId,
    ...more,
  });
  devices = {
    hq1: await createDevice(system, first, on(hq.id)),
    hq2: await createDevice(system, first, on(hq.id)),
    mono: await createDevice(system, first, on(hq.id, { modelId: MONO_A3_MODEL })),
    off: await createDevice(system, first, on(null)),
    aarhus1: await createDevice(system, second, on(aarhus.id)),
    aarhus2: await createDevice(system, second, on(aarhus.id)),
    foreign: await createDevice(system, other.accounts[0]!, on(foreignStore.id)),
  };
}

/** A store of its own with the levels given, and an e-Maintenance device linked to it. */
async function storeWithDevice(
  name: string,
  levels: ReturnType<typeof level>[],
): Promise<{ location: string; device: string }> {
  const account = customer.accounts[0]!;
  const location = (await createStockLocation(system, account, { name, levels, agentToken: agent }))
    .id;
  const device = await createDevice(system, account, {
    agentToken: agent,
    eMaintenance: true,
    stockLocationId: location,
  });
  return { location, device: device.id };
}

interface ShipmentPayload {
  shipment: ShipmentData | null;
  userErrors: UserErrorData[];
}

async function outbox(aggregateId: string): Promise<string[]> {
  const rows = (await system
    .subgraph('toner')
    .dataSource.query(
      `SELECT type FROM toner.outbox WHERE aggregate_id = $1 AND topic = 'toner' ORDER BY position`,
      [aggregateId],
    )) as { type: string }[];
  return rows.map((r) => r.type);
}

const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

describe('replenishment through the gateway: alert -> consumption -> shipment -> dispatch -> delivery', () => {
  it('restores the level of the toner the alert consumed', async () => {
    const serial = devices.hq1.serialNumber;
    // An older shipment for the location's history: magenta 1 -> 0, below 1, 3 ordered.
    const older = await report(system, eMaintenance, {
      alertId: 'EM-LOOP-0',
      deviceId: devices.hq2.id,
      colour: 'MAGENTA',
    });
    expect(older.shipment).toMatchObject({ quantity: 3, status: 'CREATED' });
    // As built: HQ's cyan at its minimum (2 of 2, target 5) with nothing on its way.
    expect(await levelOf(system, stockManager, hq.id, 'C-EXV58-C')).toMatchObject({
      quantity: 2,
      minimumLevel: 2,
      targetLevel: 5,
      belowMinimum: false,
      inShipment: 0,
    });

    const alert = await report(system, eMaintenance, {
      alertId: 'EM-LOOP-1',
      deviceId: devices.hq1.id,
      colour: 'CYAN',
      levelPercent: 3,
    });
    expect(alert).toMatchObject({ consumed: true, duplicate: false, userErrors: [] });
    const shipment = alert.shipment!;
    // Position 1 (on hand) + 0 (on its way) < 2: 5 - 1 = 4 ordered.
    expect(shipment).toMatchObject({
      quantity: 4,
      status: 'CREATED',
      toner: { sku: 'C-EXV58-C', colour: 'CYAN' },
      stockLocation: { name: hq.name },
      dispatchedAt: null,
      deliveredAt: null,
    });
    expect(shipment.reason).toContain(serial);
    expect(shipment.reason).toContain('EM-LOOP-1');
    // The same, as a code with parameters that a client words in its reader's language.
    expect(shipment.reasonDetails).toEqual({
      code: 'TONER_LOW',
      serialNumber: serial,
      alertId: 'EM-LOOP-1',
      colour: 'CYAN',
      levelPercent: 3,
      position: 1,
      minimumLevel: 2,
      targetLevel: 5,
      note: null,
    });
    expect(shipment).toMatchObject({ quantityReceived: 0, outstanding: 4, receipts: [] });
    expect(await levelOf(system, stockManager, hq.id, 'C-EXV58-C')).toMatchObject({
      quantity: 1,
      belowMinimum: true,
      inShipment: 4,
    });

    // The next cyan alert consumes, but orders nothing: 0 on hand + 4 on its way >= 2.
    const next = await report(system, eMaintenance, {
      alertId: 'EM-LOOP-2',
      deviceId: devices.hq2.id,
      colour: 'CYAN',
    });
    expect(next).toMatchObject({ consumed: true, duplicate: false, shipment: null });

    // Only staff dispatch; the Stock Manager sees it on its way.
    const byStockManager = await system.graphql(
      DISPATCH,
      { id: shipment.id },
      { token: stockManager },
    );
    expect(byStockManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const dispatched = await call<ShipmentPayload>(system, agent, DISPATCH, { id: shipment.id });
    expect(dispatched.userErrors).toEqual([]);
    expect(dispatched.shipment).toMatchObject({
      status: 'DISPATCHED',
      dispatchedAt: expect.any(String),
    });

    const delivered = await call<ShipmentPayload>(system, stockManager, DELIVER, {
      id: shipment.id,
    });
    expect(delivered.userErrors).toEqual([]);
    expect(delivered.shipment).toMatchObject({
      status: 'DELIVERED',
      deliveredAt: expect.any(String),
      history: [
        { status: 'CREATED', by: expect.stringMatching(/^apiKey:/), byName: 'e-Maintenance' },
        { status: 'DISPATCHED', by: `user:${localId(agentUser.id)}`, byName: agentUser.name },
        {
          status: 'DELIVERED',
          by: `user:${localId(stockManagerUser.id)}`,
          byName: stockManagerUser.name,
        },
      ],
    });
    expect(await levelOf(system, stockManager, hq.id, 'C-EXV58-C')).toMatchObject({
      quantity: 4,
      belowMinimum: false,
      inShipment: 0,
    });

    // Delivered once: a second confirmation changes nothing.
    const again = await call<ShipmentPayload>(system, admin, DELIVER, { id: shipment.id });
    expect(again).toEqual({
      shipment: null,
      userErrors: [
        {
          code: 'INVALID_TRANSITION',
          field: ['id'],
          message: 'The shipment is already delivered.',
        },
      ],
    });
    expect((await levelOf(system, stockManager, hq.id, 'C-EXV58-C'))!.quantity).toBe(4);
    expect(await outbox(localId(shipment.id))).toEqual([
      'ShipmentCreated',
      'ShipmentDispatched',
      'ShipmentDelivered',
    ]);

    // The location's history lists it with the older one, newest first.
    const history = await call<{
      shipments: { totalCount: number; edges: { node: { id: string; status: string } }[] };
    }>(
      system,
      stockManager,
      `query ($id: ID!) { stockLocation(id: $id) { shipments { totalCount edges { node { id status } } } } }`,
      { id: hq.id },
    );
    expect(history.shipments.totalCount).toBe(2);
    expect(history.shipments.edges.map((e) => e.node)).toEqual([
      { id: shipment.id, status: 'DELIVERED' },
      { id: older.shipment!.id, status: 'CREATED' },
    ]);
  });

  it('refuses to deliver a shipment that was not dispatched', async () => {
    const { location, device } = await storeWithDevice('Undispatched store', [
      level('C-EXV58-Y', 1, 1, 4),
    ]);
    const alert = await report(system, eMaintenance, {
      alertId: 'EM-UNDISPATCHED-1',
      deviceId: device,
      colour: 'YELLOW',
    });
    const created = await call<{ edges: { node: { id: string } }[] }>(
      system,
      agent,
      `query ($id: ID!) { shipments(filter: { stockLocationId: $id, status: [CREATED] }) { edges { node { id } } } }`,
      { id: location },
    );
    expect(created.edges).toEqual([{ node: { id: alert.shipment!.id } }]);
    const id = created.edges[0]!.node.id;
    // The store's own Stock Manager, who would confirm it once it came.
    const manager = await createUser(system, {
      organization: customer.organization.id,
      grants: [['STOCK_MANAGER', customer.accounts[0]!]],
      stockLocations: [location],
    });
    const token = await manager.signIn();
    expect(await call<ShipmentPayload>(system, token, DELIVER, { id })).toEqual({
      shipment: null,
      userErrors: [
        {
          code: 'INVALID_TRANSITION',
          field: ['id'],
          message: 'The shipment has not been dispatched yet.',
        },
      ],
    });
  });
});

describe('the same alert id acts once', () => {
  it('answers 20 concurrent deliveries of one alert with one action and 19 replays', async () => {
    // As built: Aarhus keeps magenta at its minimum (1 of 1, target 3).
    const input = { alertId: 'EM-REPLAY-1', deviceId: devices.aarhus1.id, colour: 'MAGENTA' };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => report(system, eMaintenance, input)),
    );
    const acted = answers.filter((a) => !a.duplicate);
    expect(acted).toHaveLength(1);
    expect(acted[0]).toMatchObject({
      consumed: true,
      shipment: { quantity: 3, status: 'CREATED' },
    });
    const shipmentId = acted[0]!.shipment!.id;
    for (const answer of answers) {
      expect(answer).toMatchObject({
        consumed: true,
        userErrors: [],
        shipment: { id: shipmentId },
      });
    }
    expect(await levelOf(system, admin, aarhus.id, 'C-EXV58-M')).toMatchObject({
      quantity: 0,
      inShipment: 3,
    });

    // And once more, later: still the first outcome, nothing changes.
    const later = await report(system, eMaintenance, input);
    expect(later).toMatchObject({ consumed: true, duplicate: true, shipment: { id: shipmentId } });
    const rows = (await system
      .subgraph('toner')
      .dataSource.query(`SELECT count(*)::int AS n FROM toner.shipment WHERE alert_id = $1`, [
        'EM-REPLAY-1',
      ])) as { n: number }[];
    expect(rows[0]!.n).toBe(1);
  });

  it('replays 20 times in a row with the same answer', async () => {
    // Yellow 3 -> 2 at Aarhus: not below 2, nothing ordered.
    const input = { alertId: 'EM-REPLAY-2', deviceId: devices.aarhus1.id, colour: 'YELLOW' };
    const first = await report(system, eMaintenance, input);
    expect(first).toMatchObject({ consumed: true, duplicate: false, shipment: null });
    const before = await levelOf(system, admin, aarhus.id, 'C-EXV58-Y');
    for (let i = 0; i < 20; i++) {
      expect(await report(system, eMaintenance, input)).toEqual({
        consumed: true,
        duplicate: true,
        shipment: null,
        userErrors: [],
      });
    }
    expect(await levelOf(system, admin, aarhus.id, 'C-EXV58-Y')).toEqual(before);
  });

  it('refuses an alert id that acted for another device', async () => {
    const answer = await report(system, eMaintenance, {
      alertId: 'EM-REPLAY-2',
      deviceId: devices.aarhus2.id,
      colour: 'BLACK',
    });
    expect(answer).toMatchObject({
      consumed: false,
      duplicate: false,
      shipment: null,
      userErrors: [{ code: 'ALERT_ID_TAKEN', field: ['input', 'alertId'] }],
    });
  });
});

describe('alert ids are scoped to the organisation', () => {
  /** The other organisation's own e-Maintenance key: Administrator on its account. */
  async function fjordIntegration(): Promise<string> {
    return createIntegrationKey(system, await other.administrator.signIn(), other.accounts);
  }

  it("draws nothing from another organisation's stock through a link made before links were checked", async () => {
    const fjordStore = foreignStore.id;
    // The attack of issue 17: the customer's device linked to the other's store (now refused by
    // devices).
    await system
      .subgraph('toner')
      .dataSource.query(
        `UPDATE toner.device_projection SET snapshot = jsonb_set(snapshot, '{stockLocationId}', to_jsonb($2::text)) WHERE device_id = $1`,
        [localId(devices.aarhus1.id), localId(fjordStore)],
      );
    const before = await system
      .subgraph('toner')
      .dataSource.query(
        `SELECT sku, quantity FROM toner.stock_level WHERE location_id = $1 ORDER BY sku`,
        [localId(fjordStore)],
      );
    const answer = await report(system, eMaintenance, {
      alertId: 'EM-CROSS-1',
      deviceId: devices.aarhus1.id,
      colour: 'BLACK',
    });
    expect(answer).toMatchObject({ shipment: null, userErrors: [{ code: 'NO_STOCK_LOCATION' }] });
    expect(before).toEqual([{ sku: 'C-EXV58-BK', quantity: 5 }]);
    expect(JSON.stringify(answer)).not.toContain('Fjord');
    expect(
      await system
        .subgraph('toner')
        .dataSource.query(
          `SELECT sku, quantity FROM toner.stock_level WHERE location_id = $1 ORDER BY sku`,
          [localId(fjordStore)],
        ),
    ).toEqual(before);
    await system
      .subgraph('toner')
      .dataSource.query(
        `UPDATE toner.device_projection SET snapshot = jsonb_set(snapshot, '{stockLocationId}', to_jsonb($2::text)) WHERE device_id = $1`,
        [localId(devices.aarhus1.id), localId(aarhus.id)],
      );
  });

  it("neither shows nor lets another organisation pre-claim an organisation's alert id", async () => {
    const fjord = await fjordIntegration();
    // The other claims the id first; the customer's real alert with the same id must still act.
    const claimed = await report(system, fjord, {
      alertId: 'EM-SHARED-1',
      deviceId: devices.foreign.id,
      colour: 'BLACK',
    });
    expect(claimed).toMatchObject({ consumed: true, duplicate: false, userErrors: [] });
    const before = await levelOf(system, admin, hq.id, 'C-EXV58-BK');
    const nordisk = await report(system, eMaintenance, {
      alertId: 'EM-SHARED-1',
      deviceId: devices.hq1.id,
      colour: 'BLACK',
    });
    expect(nordisk).toMatchObject({ duplicate: false, userErrors: [] });
    expect((await levelOf(system, admin, hq.id, 'C-EXV58-BK'))!.quantity).toBe(
      before!.quantity - 1,
    );
    // Its replay is still recognised, within the customer's own ids.
    const replay = await report(system, eMaintenance, {
      alertId: 'EM-SHARED-1',
      deviceId: devices.hq1.id,
      colour: 'BLACK',
    });
    expect(replay).toMatchObject({ duplicate: true, userErrors: [] });
  });
});

/**
 * Runs `requests` while another transaction holds the location's level row, so that every one
 * of them is past its first look and waits in its own transaction before any can act. The lock
 * and the look at who waits use connections of their own, outside the subgraph's pool.
 */
async function whileLevelLocked<T>(location: string, requests: () => Promise<T>): Promise<T> {
  const holder = new Client({ connectionString: system.database.url });
  const observer = new Client({ connectionString: system.database.url });
  await holder.connect();
  await observer.connect();
  try {
    await holder.query('BEGIN');
    await holder.query(`SELECT * FROM toner.stock_level WHERE location_id = $1 FOR UPDATE`, [
      localId(location),
    ]);
    const pending = requests();
    // The subgraph's pool (10 connections) fills with transactions waiting for the row.
    await until(async () => {
      const { rows } = await observer.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return rows[0]!.n >= 5;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await holder.query('COMMIT');
    return await pending;
  } finally {
    await holder.end();
    await observer.end();
  }
}

describe('concurrent alerts', () => {
  it('acts once on 20 deliveries of one alert that all wait on the locked level', async () => {
    const { location, device } = await storeWithDevice('Race store', [
      { sku: 'C-EXV58-C', quantity: 3, minimumLevel: 3, targetLevel: 6 },
    ]);
    const input = { alertId: 'EM-RACE-1', deviceId: device, colour: 'CYAN' };
    const answers = await whileLevelLocked(location, () =>
      Promise.all(Array.from({ length: 20 }, () => report(system, eMaintenance, input))),
    );
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1);
    // 3 -> 2: position 2 below 3, 6 - 2 = 4 ordered; every replay names the same shipment.
    const shipmentId = answers.find((a) => !a.duplicate)!.shipment!.id;
    for (const answer of answers) {
      expect(answer).toMatchObject({
        consumed: true,
        userErrors: [],
        shipment: { id: shipmentId, quantity: 4 },
      });
    }
    expect(await levelOf(system, agent, location, 'C-EXV58-C')).toMatchObject({
      quantity: 2,
      inShipment: 4,
    });
  });

  it('takes one unit per alert when 20 different alerts all wait on the locked level', async () => {
    const { location, device } = await storeWithDevice('Crowded store', [
      { sku: 'C-EXV58-M', quantity: 5, minimumLevel: 3, targetLevel: 8 },
    ]);
    const answers = await whileLevelLocked(location, () =>
      Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          report(system, eMaintenance, {
            alertId: `EM-CROWD-${i}`,
            deviceId: device,
            colour: 'MAGENTA',
          }),
        ),
      ),
    );
    expect(answers.filter((a) => a.consumed)).toHaveLength(5);
    expect(answers.filter((a) => a.shipment).map((a) => a.shipment!.quantity)).toEqual([6]);
    expect(await levelOf(system, agent, location, 'C-EXV58-M')).toMatchObject({
      quantity: 0,
      inShipment: 6,
    });
  });

  it('leave 20 different alerts on 5 units at 0, never negative, ordering once as the rule says', async () => {
    const { location, device } = await storeWithDevice('Concurrency store', [
      { sku: 'C-EXV58-BK', quantity: 5, minimumLevel: 3, targetLevel: 8 },
    ]);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        report(system, eMaintenance, {
          alertId: `EM-CONC-${i}`,
          deviceId: device,
          colour: 'BLACK',
        }),
      ),
    );
    expect(answers.every((a) => a.userErrors.length === 0 && !a.duplicate)).toBe(true);
    // 5 units to take: 5 alerts consume, 15 find the stock empty (and record so).
    expect(answers.filter((a) => a.consumed)).toHaveLength(5);
    // 5 -> 4 -> 3 (position 3, not below 3) -> 2: below, 8 - 2 = 6 ordered; then the position
    // stays >= 6 with the shipment on its way, so nothing more is ordered.
    const shipments = answers.flatMap((a) => (a.shipment ? [a.shipment] : []));
    expect(shipments).toHaveLength(1);
    expect(shipments[0]!.quantity).toBe(6);
    expect(await levelOf(system, agent, location, 'C-EXV58-BK')).toMatchObject({
      quantity: 0,
      inShipment: 6,
      belowMinimum: true,
    });
    const alerts = (await system.subgraph('toner').dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE consumed)::int AS consumed
           FROM toner.toner_alert WHERE alert_id LIKE 'EM-CONC-%'`,
    )) as { n: number; consumed: number }[];
    expect(alerts[0]).toEqual({ n: 20, consumed: 5 });
  });

  it('has a database that refuses a negative quantity, whatever the code does', async () => {
    await expect(
      system
        .subgraph('toner')
        .dataSource.query(`UPDATE toner.stock_level SET quantity = -1 WHERE sku = 'C-EXV58-BK'`),
    ).rejects.toThrow(/stock_level_quantity_not_negative/);
  });
});

describe('what an alert is refused for', () => {
  const refusal = (answer: AlertPayload) => ({
    ...answer.userErrors[0],
    consumed: answer.consumed,
    shipment: answer.shipment,
    duplicate: answer.duplicate,
  });

  it('refuses a device without e-Maintenance, with a code', async () => {
    const answer = await report(system, eMaintenance, {
      alertId: 'EM-OFF-1',
      deviceId: devices.off.id,
      colour: 'BLACK',
    });
    expect(refusal(answer)).toMatchObject({
      code: 'E_MAINTENANCE_OFF',
      field: ['input', 'deviceId'],
      consumed: false,
      shipment: null,
      duplicate: false,
    });
  });

  it('refuses a device without a linked stock location, and acts once it is linked', async () => {
    const { id: device } = await createDevice(system, customer.accounts[0]!, {
      agentToken: agent,
      eMaintenance: true,
    });
    const input = { alertId: 'EM-UNLINKED-1', deviceId: device, colour: 'BLACK' };
    expect(refusal(await report(system, eMaintenance, input))).toMatchObject({
      code: 'NO_STOCK_LOCATION',
      field: ['input', 'deviceId'],
    });
    // A refusal records nothing: the same alert acts once the device is linked.
    const linked = await call<{ userErrors: unknown[] }>(
      system,
      admin,
      `mutation ($id: ID!, $location: ID) { linkDeviceStockLocation(deviceId: $id, stockLocationId: $location) { userErrors { code } } }`,
      { id: device, location: hq.id },
    );
    expect(linked.userErrors).toEqual([]);
    await projected(system, device, (row) => row?.stockLocationId === localId(hq.id));
    expect(await report(system, eMaintenance, input)).toMatchObject({
      consumed: true,
      duplicate: false,
      userErrors: [],
    });
  });

  it('refuses a decommissioned device', async () => {
    const { id: device } = await createDevice(system, customer.accounts[0]!, {
      agentToken: agent,
      eMaintenance: true,
      stockLocationId: hq.id,
    });
    await call(
      system,
      agent,
      `mutation ($id: ID!) { decommissionDevice(deviceId: $id) { userErrors { code } } }`,
      { id: device },
    );
    await projected(system, device, (row) => row?.status === 'DECOMMISSIONED');
    const answer = await report(system, agent, {
      alertId: 'EM-GONE-1',
      deviceId: device,
      colour: 'BLACK',
    });
    expect(refusal(answer)).toMatchObject({ code: 'DEVICE_NOT_ACTIVE' });
  });

  it('refuses a colour the device takes no toner of', async () => {
    const answer = await report(system, eMaintenance, {
      alertId: 'EM-MONO-1',
      deviceId: devices.mono.id,
      colour: 'CYAN',
    });
    expect(refusal(answer)).toMatchObject({
      code: 'UNKNOWN_TONER',
      field: ['input', 'colour'],
      message: `${devices.mono.serialNumber} takes no cyan toner.`,
    });
  });

  it('refuses a toner the location keeps no level for', async () => {
    const { device } = await storeWithDevice('Empty store', []);
    const answer = await report(system, eMaintenance, {
      alertId: 'EM-NOLEVEL-1',
      deviceId: device,
      colour: 'MAGENTA',
    });
    expect(refusal(answer)).toMatchObject({ code: 'NO_STOCK_LEVEL', field: ['input', 'colour'] });
  });

  it('finds no device of another organisation, and refuses bad input', async () => {
    const foreign = await report(system, eMaintenance, {
      alertId: 'EM-FOREIGN-1',
      deviceId: devices.foreign.id,
      colour: 'BLACK',
    });
    expect(foreign.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'deviceId'], message: 'No such device.' },
    ]);
    const percent = await report(system, eMaintenance, {
      alertId: 'EM-BAD-1',
      deviceId: devices.hq1.id,
      colour: 'BLACK',
      levelPercent: 150,
    });
    expect(percent.userErrors).toMatchObject([
      { code: 'INVALID_INPUT', field: ['input', 'levelPercent'] },
    ]);
    const id = await report(system, eMaintenance, {
      alertId: '   ',
      deviceId: devices.hq1.id,
      colour: 'BLACK',
    });
    expect(id.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'alertId'] }]);
  });

  it('takes alerts from the integration and the Service agent only', async () => {
    const input = { alertId: 'EM-WHO-1', deviceId: devices.hq1.id, colour: 'BLACK' };
    for (const token of [admin, stockManager]) {
      const result = await system.graphql(
        `mutation ($input: TonerLowAlertInput!) { reportTonerLow(input: $input) { consumed } }`,
        { input: { ...input, levelPercent: 5 } },
        { token },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('an empty stock', () => {
  it('records the alert, keeps the quantity at 0 and still orders', async () => {
    const { location, device } = await storeWithDevice('Bare store', [
      { sku: 'C-EXV58-Y', quantity: 0, minimumLevel: 1, targetLevel: 4 },
    ]);
    const answer = await report(system, eMaintenance, {
      alertId: 'EM-BARE-1',
      deviceId: device,
      colour: 'YELLOW',
    });
    expect(answer).toMatchObject({
      consumed: false,
      duplicate: false,
      userErrors: [],
      shipment: { quantity: 4, status: 'CREATED' },
    });
    expect(await levelOf(system, agent, location, 'C-EXV58-Y')).toMatchObject({
      quantity: 0,
      inShipment: 4,
    });
    const [alert] = (await system
      .subgraph('toner')
      .dataSource.query(`SELECT consumed, shipment_id FROM toner.toner_alert WHERE alert_id = $1`, [
        'EM-BARE-1',
      ])) as { consumed: boolean; shipment_id: string }[];
    expect(alert).toEqual({ consumed: false, shipment_id: localId(answer.shipment!.id) });
  });
});
