import { demoIds, fromGlobalId, toGlobalId } from '@portal/platform';
import { startTestSystem, type TestSystem } from '@portal/testkit';

let system: TestSystem;
let anna: string;
let dennis: string;
let agent: string;

beforeAll(async () => {
  system = await startTestSystem();
  [anna, dennis, agent] = await Promise.all([
    system.signIn('anna.admin@nordiskprint.example'),
    system.signIn('dennis.device@nordiskprint.example'),
    system.signIn('agent@service.example'),
  ]);
});
afterAll(async () => {
  await system.stop();
});

const deviceId = (serial: string) => toGlobalId('Device', demoIds.device(serial));
const COLOUR_A3 = toGlobalId('DeviceModel', demoIds.model('imageRUNNER ADVANCE DX C5840i'));
const ACCOUNT_100200 = toGlobalId('Account', demoIds.account('100200'));

interface Payload<D = Record<string, unknown>> {
  device: D | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

/** Runs a mutation and returns its payload (failing on GraphQL errors). */
async function mutate<D = Record<string, unknown>>(
  token: string,
  mutation: string,
  variables: Record<string, unknown>,
): Promise<Payload<D>> {
  const result = await system.graphql<Record<string, Payload<D>>>(mutation, variables, { token });
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

async function count(token: string, filter: Record<string, unknown> = {}): Promise<number> {
  const result = await system.graphql<{ devices: { totalCount: number } }>(
    `query ($filter: DeviceFilter) { devices(filter: $filter) { totalCount } }`,
    { filter },
    { token },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.devices.totalCount;
}

const UPDATE_LOCATION = `mutation ($id: ID!, $location: DeviceLocationInput!) {
  updateDeviceLocation(deviceId: $id, location: $location) {
    device { location { address floor room contactPhone } }
    userErrors { code field message } } }`;
const DECOMMISSION = `mutation ($id: ID!, $reason: String) { decommissionDevice(deviceId: $id, reason: $reason) {
  device { status } userErrors { code field message } } }`;
const REQUEST_REMOVAL = `mutation ($id: ID!, $reason: String!) { requestDeviceRemoval(deviceId: $id, reason: $reason) {
  device { status removalReason } userErrors { code field message } } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawDeviceRemovalRequest(deviceId: $id) {
  device { status removalReason } userErrors { code field message } } }`;
const REGISTER = `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) {
  device { id serialNumber status installedAt eMaintenance stockLocation { id } account { customerAccountNumber }
    model { name } contract { contractNumber billedMeters }
    locationHistory { by location { address } } statusHistory { by fromStatus toStatus } }
  userErrors { code field message } } }`;
const CONTRACT = `mutation ($id: ID!, $contract: ServiceContractInput!) { updateDeviceContract(deviceId: $id, contract: $contract) {
  device { contract { contractNumber responseTimeHours billedMeters readingFrequency } } userErrors { code field message } } }`;

const registration = (serialNumber: string, extra: Record<string, unknown> = {}) => ({
  serialNumber,
  modelId: COLOUR_A3,
  accountId: ACCOUNT_100200,
  installedAt: '2026-03-02',
  location: { address: 'Vesterbrogade 12, 1620 København V', floor: '5', room: 'Board room' },
  contract: {
    contractNumber: `SC-${serialNumber.trim().toUpperCase()}`,
    responseTimeHours: 8,
    billedMeters: ['TOTAL', 'BLACK', 'COLOUR'],
    readingFrequency: 'MONTHLY',
  },
  eMaintenance: false,
  ...extra,
});

async function projection(id: string): Promise<{
  revision: number;
  status: string;
  address: string;
  responseTimeHours: number;
} | null> {
  const rows = (await system.identity.dataSource.query(
    `SELECT revision, status, snapshot->'location'->>'address' AS address,
            (snapshot->>'responseTimeHours')::int AS "responseTimeHours"
       FROM identity.device_projection WHERE device_id = $1`,
    [id],
  )) as { revision: number; status: string; address: string; responseTimeHours: number }[];
  return rows[0] ?? null;
}

async function revision(serial: string): Promise<number> {
  const [row] = (await system.devices.dataSource.query(
    `SELECT revision FROM devices.device WHERE serial_number = $1`,
    [serial],
  )) as { revision: number }[];
  return row!.revision;
}

/** Polls until `check` holds; fails when it still does not at the deadline (epoch ms). */
async function until(deadline: number, check: () => Promise<boolean>): Promise<void> {
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('the projection did not catch up by the deadline');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('decommissioning', () => {
  it("takes a device out of anna.admin's devices and counts, while staff still read it", async () => {
    const before = await count(anna);
    const accountBefore = await system.graphql<{ accounts: { devices: { totalCount: number } }[] }>(
      `query { accounts { devices { totalCount } } }`,
      {},
      { token: anna },
    );
    expect(before).toBe(9);

    const decommissioned = await mutate(agent, DECOMMISSION, {
      id: deviceId('NP1000005'),
      reason: 'Replaced by a newer model',
    });
    expect(decommissioned).toEqual({ device: { status: 'DECOMMISSIONED' }, userErrors: [] });

    expect(await count(anna)).toBe(before - 1);
    expect(await count(anna, { status: ['DECOMMISSIONED'] })).toBe(0);
    const accountAfter = await system.graphql<{ accounts: { devices: { totalCount: number } }[] }>(
      `query { accounts { devices { totalCount } } }`,
      {},
      { token: anna },
    );
    expect(accountAfter.data!.accounts[0]!.devices.totalCount).toBe(
      accountBefore.data!.accounts[0]!.devices.totalCount - 1,
    );
    const annaReads = await system.graphql(
      `query ($id: ID!) { device(id: $id) { serialNumber } deviceBySerialNumber(serialNumber: "NP1000005") { serialNumber } }`,
      { id: deviceId('NP1000005') },
      { token: anna },
    );
    expect(annaReads.data).toEqual({ device: null, deviceBySerialNumber: null });

    const staffReads = await system.graphql<{
      device: {
        status: string;
        statusHistory: {
          by: string;
          byName: string;
          fromStatus: string;
          toStatus: string;
          reason: string;
        }[];
      };
      bySerial: { serialNumber: string };
    }>(
      `query ($id: ID!) {
         device(id: $id) { status statusHistory { by byName fromStatus toStatus reason } }
         bySerial: deviceBySerialNumber(serialNumber: "NP1000005") { serialNumber } }`,
      { id: deviceId('NP1000005') },
      { token: agent },
    );
    expect(staffReads.errors).toBeUndefined();
    expect(staffReads.data!.device.status).toBe('DECOMMISSIONED');
    expect(staffReads.data!.device.statusHistory).toEqual([
      {
        by: `user:${demoIds.user('agent@service.example')}`,
        byName: 'Aksel Agent',
        fromStatus: 'ACTIVE',
        toStatus: 'DECOMMISSIONED',
        reason: 'Replaced by a newer model',
      },
      { by: 'system:demo', byName: null, fromStatus: null, toStatus: 'ACTIVE', reason: null },
    ]);
    expect(staffReads.data!.bySerial.serialNumber).toBe('NP1000005');
    // Staff lists leave it out too unless asked for.
    expect(await count(agent, { search: 'NP1000005' })).toBe(0);
    expect(await count(agent, { search: 'NP1000005', status: ['DECOMMISSIONED'] })).toBe(1);

    // The status travels in the snapshot, so service orders and readings can refuse it.
    await until(
      Date.now() + 1000,
      async () => (await projection(demoIds.device('NP1000005')))?.status === 'DECOMMISSIONED',
    );
  });

  it('accepts no further change, and refuses a second decommissioning', async () => {
    const location = { address: 'Somewhere else 1' };
    expect(
      await mutate(agent, UPDATE_LOCATION, { id: deviceId('NP1000005'), location }),
    ).toMatchObject({
      device: null,
      userErrors: [{ code: 'DEVICE_NOT_ACTIVE', field: ['deviceId'] }],
    });
    expect(await mutate(anna, UPDATE_LOCATION, { id: deviceId('NP1000005'), location })).toEqual({
      device: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['deviceId'], message: 'No such device.' }],
    });
    expect(await mutate(agent, DECOMMISSION, { id: deviceId('NP1000005') })).toMatchObject({
      userErrors: [{ code: 'INVALID_TRANSITION', field: ['deviceId'] }],
    });
  });
});

describe('location changes', () => {
  it("shows a Device Manager's change to staff at once and in identity's projection within a second", async () => {
    const id = demoIds.device('NP1000001');
    const previous = await revision('NP1000001');
    const location = {
      address: 'Vesterbrogade 14, 1620 København V',
      building: 'B',
      floor: '2',
      room: 'Print room 2.20',
      contactName: 'Dennis Dahl',
      contactPhone: '+45 33 12 34 99',
    };
    const changed = await mutate(dennis, UPDATE_LOCATION, { id: deviceId('NP1000001'), location });
    const deadline = Date.now() + 1000;
    expect(changed.userErrors).toEqual([]);

    const staff = await system.graphql<{
      device: {
        location: Record<string, string | null>;
        locationHistory: {
          by: string;
          byName: string;
          location: { address: string; room: string };
        }[];
      };
    }>(
      `query ($id: ID!) { device(id: $id) {
         location { address building floor room note contactName contactPhone }
         locationHistory { by byName location { address room } } } }`,
      { id: deviceId('NP1000001') },
      { token: agent },
    );
    expect(staff.data!.device.location).toEqual({ ...location, note: null });
    expect(staff.data!.device.locationHistory).toEqual([
      {
        by: `user:${demoIds.user('dennis.device@nordiskprint.example')}`,
        byName: 'Dennis Dahl',
        location: { address: location.address, room: location.room },
      },
      {
        by: 'system:demo',
        byName: null,
        location: { address: 'Vesterbrogade 12, 1620 København V', room: 'Print room 2.14' },
      },
    ]);

    // The relay is woken at commit and identity's consumer listens: no polling interval.
    await until(deadline, async () => {
      const row = await projection(id);
      return row?.revision === previous + 1 && row.address === location.address;
    });
  });

  it('validates the location: address required, lengths bounded, phone as digits; nothing is written', async () => {
    const before = await revision('NP1000002');
    const refused = await mutate(dennis, UPDATE_LOCATION, {
      id: deviceId('NP1000002'),
      location: {
        address: '   ',
        room: 'x'.repeat(101),
        note: 'n'.repeat(501),
        contactPhone: 'call reception',
      },
    });
    expect(refused.device).toBeNull();
    expect(refused.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['location', 'address']],
      ['INVALID_INPUT', ['location', 'room']],
      ['INVALID_INPUT', ['location', 'note']],
      ['INVALID_INPUT', ['location', 'contactPhone']],
    ]);
    expect(await revision('NP1000002')).toBe(before);
  });

  it('keeps both of two simultaneous moves in the history, each with its own revision', async () => {
    const before = await revision('NP1000003');
    const [first, second] = await Promise.all(
      ['Lager 1', 'Lager 2'].map((room) =>
        mutate(anna, UPDATE_LOCATION, {
          id: deviceId('NP1000003'),
          location: { address: 'Vesterbrogade 12, 1620 København V', room },
        }),
      ),
    );
    expect([first!.userErrors, second!.userErrors]).toEqual([[], []]);
    expect(await revision('NP1000003')).toBe(before + 2);
    const history = await system.graphql<{
      device: { locationHistory: { location: { room: string } }[] };
    }>(
      `query ($id: ID!) { device(id: $id) { locationHistory(first: 2) { location { room } } } }`,
      { id: deviceId('NP1000003') },
      { token: anna },
    );
    expect(history.data!.device.locationHistory.map((h) => h.location.room).sort()).toEqual([
      'Lager 1',
      'Lager 2',
    ]);
  });

  it('records nothing when the location is the same as before', async () => {
    const current = await system.graphql<{ device: { location: Record<string, string | null> } }>(
      `query ($id: ID!) { device(id: $id) { location { address building floor room note contactName contactPhone } } }`,
      { id: deviceId('NP1000004') },
      { token: anna },
    );
    const before = await revision('NP1000004');
    const same = await mutate(anna, UPDATE_LOCATION, {
      id: deviceId('NP1000004'),
      location: current.data!.device.location,
    });
    expect(same.userErrors).toEqual([]);
    expect(await revision('NP1000004')).toBe(before);
  });
});

describe('removal requests', () => {
  it('lets an Administrator request removal with a reason and withdraw it; the device stays listed meanwhile', async () => {
    const id = deviceId('NP2000003');
    expect(await mutate(anna, REQUEST_REMOVAL, { id, reason: '  ' })).toMatchObject({
      userErrors: [{ code: 'INVALID_INPUT', field: ['reason'] }],
    });
    expect(
      await mutate(anna, REQUEST_REMOVAL, { id, reason: 'Sold with the Aarhus office' }),
    ).toEqual({
      device: { status: 'REMOVAL_REQUESTED', removalReason: 'Sold with the Aarhus office' },
      userErrors: [],
    });
    expect(await count(anna, { search: 'NP2000003' })).toBe(1);
    expect(await mutate(anna, REQUEST_REMOVAL, { id, reason: 'Again' })).toMatchObject({
      userErrors: [{ code: 'INVALID_TRANSITION', field: ['deviceId'] }],
    });
    expect(
      await mutate(anna, UPDATE_LOCATION, { id, location: { address: 'Elsewhere 2' } }),
    ).toMatchObject({ userErrors: [{ code: 'DEVICE_NOT_ACTIVE' }] });
    expect(await mutate(anna, WITHDRAW, { id })).toEqual({
      device: { status: 'ACTIVE', removalReason: null },
      userErrors: [],
    });
    expect(await mutate(anna, WITHDRAW, { id })).toMatchObject({
      userErrors: [{ code: 'INVALID_TRANSITION', field: ['deviceId'] }],
    });
  });

  it("keeps the customer's reason when staff decommission a device whose removal was requested", async () => {
    const id = deviceId('FL3000003');
    const bo = await system.signIn('bo.admin@fjordlogistik.example');
    await mutate(bo, REQUEST_REMOVAL, { id, reason: 'Returned to the leasing company' });
    expect(await mutate(agent, DECOMMISSION, { id })).toEqual({
      device: { status: 'DECOMMISSIONED' },
      userErrors: [],
    });
    const history = await system.graphql<{
      device: { statusHistory: { toStatus: string; reason: string | null }[] };
    }>(
      `query ($id: ID!) { device(id: $id) { statusHistory { toStatus reason } } }`,
      { id },
      { token: agent },
    );
    expect(history.data!.device.statusHistory).toEqual([
      { toStatus: 'DECOMMISSIONED', reason: 'Returned to the leasing company' },
      { toStatus: 'REMOVAL_REQUESTED', reason: 'Returned to the leasing company' },
      { toStatus: 'ACTIVE', reason: null },
    ]);
  });
});

describe('registration and contracts (Service agent)', () => {
  it('registers a device on an account; its Administrator sees it at once', async () => {
    const registered = await mutate<{ id: string; serialNumber: string }>(agent, REGISTER, {
      input: registration(' np3100001 '),
    });
    expect(registered).toMatchObject({
      device: {
        serialNumber: 'NP3100001',
        status: 'ACTIVE',
        installedAt: '2026-03-02',
        eMaintenance: false,
        stockLocation: null,
        account: { customerAccountNumber: '100200' },
        model: { name: 'imageRUNNER ADVANCE DX C5840i' },
        contract: { contractNumber: 'SC-NP3100001', billedMeters: ['TOTAL', 'BLACK', 'COLOUR'] },
        locationHistory: [
          {
            by: `user:${demoIds.user('agent@service.example')}`,
            location: { address: 'Vesterbrogade 12, 1620 København V' },
          },
        ],
        statusHistory: [{ fromStatus: null, toStatus: 'ACTIVE' }],
      },
      userErrors: [],
    });
    expect(await count(anna, { search: 'NP3100001' })).toBe(1);
  });

  it('refuses a serial number that is taken (in any case), an unknown model or account, and bad input', async () => {
    expect(await mutate(agent, REGISTER, { input: registration('np1000001') })).toMatchObject({
      device: null,
      userErrors: [{ code: 'SERIAL_TAKEN', field: ['input', 'serialNumber'] }],
    });
    const refused = await mutate(agent, REGISTER, {
      input: registration('NP3100002', {
        modelId: toGlobalId('DeviceModel', demoIds.model('no such model')),
        accountId: toGlobalId('Device', demoIds.device('NP1000001')),
        installedAt: '2999-01-01',
        stockLocationId: toGlobalId('StockLocation', demoIds.stockLocation('Copenhagen HQ store')),
      }),
    });
    expect(refused.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['MODEL_NOT_FOUND', ['input', 'modelId']],
      ['ACCOUNT_NOT_FOUND', ['input', 'accountId']],
      ['INVALID_INPUT', ['input', 'installedAt']],
      ['E_MAINTENANCE_REQUIRED', ['input', 'stockLocationId']],
    ]);
    // An account id that names no account (issue 17: made-up ids were registered on).
    const madeUp = await mutate(agent, REGISTER, {
      input: registration('NP3100003', {
        accountId: toGlobalId('Account', '00000000-0000-4000-8000-0000000000ac'),
      }),
    });
    expect(madeUp).toMatchObject({
      device: null,
      userErrors: [{ code: 'ACCOUNT_NOT_FOUND', field: ['input', 'accountId'] }],
    });
    expect(await count(agent, { search: 'NP3100003' })).toBe(0);
    const badSerial = await mutate(agent, REGISTER, {
      input: registration('NP 31', {
        contract: {
          contractNumber: '',
          responseTimeHours: 0,
          billedMeters: ['LARGE_FORMAT'],
          readingFrequency: 'MONTHLY',
        },
      }),
    });
    expect(badSerial.userErrors.map((e) => e.field)).toEqual([
      ['input', 'serialNumber'],
      ['input', 'contract', 'contractNumber'],
      ['input', 'contract', 'responseTimeHours'],
      ['input', 'contract', 'billedMeters'],
    ]);
  });

  it('registers one of two simultaneous registrations of the same serial', async () => {
    const results = await Promise.all(
      [1, 2].map(() => mutate(agent, REGISTER, { input: registration('NP3100003') })),
    );
    expect(results.map((r) => r.userErrors.map((e) => e.code)).sort()).toEqual([
      [],
      ['SERIAL_TAKEN'],
    ]);
  });

  it('edits a contract: billed meters must be meters the model has; consumers get the new response time', async () => {
    const id = deviceId('NP1000006'); // large format: TOTAL and LARGE_FORMAT
    expect(
      await mutate(agent, CONTRACT, {
        id,
        contract: {
          contractNumber: 'SC-LF-2',
          responseTimeHours: 4,
          billedMeters: ['COLOUR'],
          readingFrequency: 'QUARTERLY',
        },
      }),
    ).toMatchObject({
      userErrors: [{ code: 'INVALID_INPUT', field: ['contract', 'billedMeters'] }],
    });
    expect(
      await mutate(agent, CONTRACT, {
        id,
        contract: {
          contractNumber: 'SC-LF-2',
          responseTimeHours: 4,
          billedMeters: ['LARGE_FORMAT', 'TOTAL'],
          readingFrequency: 'QUARTERLY',
        },
      }),
    ).toEqual({
      device: {
        contract: {
          contractNumber: 'SC-LF-2',
          responseTimeHours: 4,
          billedMeters: ['TOTAL', 'LARGE_FORMAT'],
          readingFrequency: 'QUARTERLY',
        },
      },
      userErrors: [],
    });
    await until(
      Date.now() + 1000,
      async () => (await projection(demoIds.device('NP1000006')))?.responseTimeHours === 4,
    );
  });
});

describe('device events', () => {
  it('publishes one event per change, with the revision of the change, and keeps who did it', async () => {
    const registered = await mutate<{ id: string }>(agent, REGISTER, {
      input: registration('NP3100010', { eMaintenance: true }),
    });
    const id = registered.device!.id;
    const localId = fromGlobalId('Device', id)!;
    const store = toGlobalId('StockLocation', demoIds.stockLocation('Copenhagen HQ store'));
    const steps: [string, string, Record<string, unknown>][] = [
      [
        anna,
        UPDATE_LOCATION,
        { id, location: { address: 'Vesterbrogade 12, 1620 København V', room: 'Post room' } },
      ],
      [
        anna,
        `mutation ($id: ID!, $s: ID) { linkDeviceStockLocation(deviceId: $id, stockLocationId: $s) { userErrors { code } } }`,
        { id, s: store },
      ],
      [
        agent,
        CONTRACT,
        {
          id,
          contract: {
            contractNumber: 'SC-E',
            responseTimeHours: 16,
            billedMeters: ['TOTAL'],
            readingFrequency: 'MONTHLY',
          },
        },
      ],
      [
        agent,
        `mutation ($id: ID!) { setDeviceEMaintenance(deviceId: $id, enabled: false) { userErrors { code } } }`,
        { id },
      ],
      [anna, REQUEST_REMOVAL, { id, reason: 'Moved to another supplier' }],
      [agent, WITHDRAW, { id }],
      [agent, DECOMMISSION, { id }],
    ];
    for (const [token, mutation, variables] of steps) {
      expect((await mutate(token, mutation, variables)).userErrors).toEqual([]);
    }
    const events = (await system.devices.dataSource.query(
      `SELECT type, version, (payload->>'revision')::int AS revision, payload->>'status' AS status,
              payload->>'stockLocationId' AS "stockLocationId", (payload->>'eMaintenance')::boolean AS "eMaintenance"
         FROM devices.outbox WHERE aggregate_id = $1 ORDER BY position`,
      [localId],
    )) as { type: string; version: number; revision: number; status: string }[];
    expect(events).toEqual([
      {
        type: 'DeviceRegistered',
        version: 1,
        revision: 1,
        status: 'ACTIVE',
        stockLocationId: null,
        eMaintenance: true,
      },
      {
        type: 'DeviceLocationChanged',
        version: 1,
        revision: 2,
        status: 'ACTIVE',
        stockLocationId: null,
        eMaintenance: true,
      },
      {
        type: 'DeviceStockLocationLinked',
        version: 1,
        revision: 3,
        status: 'ACTIVE',
        stockLocationId: demoIds.stockLocation('Copenhagen HQ store'),
        eMaintenance: true,
      },
      {
        type: 'DeviceContractChanged',
        version: 1,
        revision: 4,
        status: 'ACTIVE',
        stockLocationId: demoIds.stockLocation('Copenhagen HQ store'),
        eMaintenance: true,
      },
      // Switching e-Maintenance off unlinks the stock location in the same change.
      {
        type: 'DeviceEMaintenanceChanged',
        version: 1,
        revision: 5,
        status: 'ACTIVE',
        stockLocationId: null,
        eMaintenance: false,
      },
      {
        type: 'DeviceStatusChanged',
        version: 1,
        revision: 6,
        status: 'REMOVAL_REQUESTED',
        stockLocationId: null,
        eMaintenance: false,
      },
      {
        type: 'DeviceStatusChanged',
        version: 1,
        revision: 7,
        status: 'ACTIVE',
        stockLocationId: null,
        eMaintenance: false,
      },
      {
        type: 'DeviceStatusChanged',
        version: 1,
        revision: 8,
        status: 'DECOMMISSIONED',
        stockLocationId: null,
        eMaintenance: false,
      },
    ]);
    const annaActor = `user:${demoIds.user('anna.admin@nordiskprint.example')}`;
    const agentActor = `user:${demoIds.user('agent@service.example')}`;
    const trail = (await system.devices.dataSource.query(
      `SELECT revision, by FROM devices.device_change WHERE device_id = $1
       UNION ALL SELECT revision, by FROM devices.device_location_change WHERE device_id = $1 AND revision > 1
       ORDER BY revision`,
      [localId],
    )) as { revision: number; by: string }[];
    expect(trail).toEqual([
      { revision: 1, by: agentActor },
      { revision: 2, by: annaActor },
      { revision: 3, by: annaActor },
      { revision: 4, by: agentActor },
      { revision: 5, by: agentActor },
      { revision: 6, by: annaActor },
      { revision: 7, by: agentActor },
      { revision: 8, by: agentActor },
    ]);
    await until(Date.now() + 1000, async () => (await projection(localId))?.revision === 8);
  });
});

describe('linking a stock location', () => {
  it('links only e-Maintenance devices, and unlinks with null', async () => {
    const link = `mutation ($id: ID!, $s: ID) { linkDeviceStockLocation(deviceId: $id, stockLocationId: $s) {
      device { stockLocation { id } } userErrors { code field } } }`;
    const store = toGlobalId('StockLocation', demoIds.stockLocation('Copenhagen HQ store'));
    expect(await mutate(anna, link, { id: deviceId('NP1000004'), s: store })).toEqual({
      device: null,
      userErrors: [{ code: 'E_MAINTENANCE_REQUIRED', field: ['stockLocationId'] }],
    });
    expect(await mutate(anna, link, { id: deviceId('NP2000002'), s: 'not-an-id' })).toEqual({
      device: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['stockLocationId'] }],
    });
    expect(await mutate(anna, link, { id: deviceId('NP2000002'), s: null })).toEqual({
      device: { stockLocation: null },
      userErrors: [],
    });
  });
});

describe('listing', () => {
  it('searches location text and model names, filters by e-Maintenance, and lists the model catalogue', async () => {
    expect(await count(anna, { search: 'BOULEVARDEN 40' })).toBe(3);
    expect(await count(anna, { search: 'i-SENSYS' })).toBeGreaterThanOrEqual(2);
    expect(await count(anna, { search: '100%_' })).toBe(0);
    const aarhus = toGlobalId('Account', demoIds.account('100201'));
    expect(await count(anna, { eMaintenance: true, accountId: aarhus })).toBe(2);
    expect(await count(anna, { eMaintenance: false, accountId: aarhus })).toBe(1);
    const models = await system.graphql<{
      deviceModels: { totalCount: number; edges: { node: { name: string } }[] };
    }>(
      `query { deviceModels(first: 2) { totalCount edges { node { name } } } }`,
      {},
      { token: dennis },
    );
    expect(models.data!.deviceModels.totalCount).toBe(5);
    expect(models.data!.deviceModels.edges.map((e) => e.node.name)).toEqual([
      'i-SENSYS LBP325x',
      'i-SENSYS MF754Cdw',
    ]);
  });

  it('refuses a cursor from another ordering', async () => {
    const first = await system.graphql<{ devices: { pageInfo: { endCursor: string } } }>(
      `query { devices(first: 1) { pageInfo { endCursor } } }`,
      {},
      { token: anna },
    );
    const wrong = await system.graphql(
      `query ($after: String) { devices(first: 1, after: $after, orderBy: INSTALLED_AT) { totalCount } }`,
      { after: first.data!.devices.pageInfo.endCursor },
      { token: anna },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
