import { randomUUID } from 'node:crypto';
import { fromGlobalId, toGlobalId } from '@portal/platform';
import {
  COLOUR_A3_MODEL,
  COLOUR_A4_MODEL,
  LARGE_FORMAT_MODEL,
  MONO_A3_MODEL,
  MONO_A4_MODEL,
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
/** The built customer's Administrator, its Device Manager, another customer's Administrator. */
let admin: string;
let deviceManager: string;
let otherAdmin: string;
let agent: string;
let agentUser: TestUser;
let deviceManagerUser: TestUser;
let customer: TestCustomer;
let other: TestCustomer;
/** The first account's store (devices on that account may link to it). */
let store: string;

const HQ_ADDRESS = 'Vesterbrogade 12, 1620 København V';
const BRANCH_ADDRESS = 'Åboulevarden 40, 8000 Aarhus C';
/** Where the moved device stood before its Device Manager moved it. */
const FIRST_LOCATION = { address: HQ_ADDRESS, floor: '2', room: 'Print room 2.14' };

/** The devices the tests act on, each built for one test's purpose. */
const devices = {} as Record<
  | 'moved'
  | 'validated'
  | 'movedTwice'
  | 'unchanged'
  | 'decommissioned'
  | 'largeFormat'
  | 'branchEMaintenance'
  | 'toUnlink'
  | 'removal'
  | 'otherRemoval',
  { id: string; serialNumber: string }
>;

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem();
  [customer, other] = [await createCustomer(system, { accounts: 2 }), await createCustomer(system)];
  const [first, second] = [customer.accounts[0]!, customer.accounts[1]!];
  agentUser = await createStaffUser(system, 'SERVICE_AGENT');
  agent = await agentUser.signIn();
  store = (await createStockLocation(system, first, { agentToken: agent })).id;
  const branchStore = (await createStockLocation(system, second, { agentToken: agent })).id;
  const on = (account: TestAccount, extra: Parameters<typeof createDevice>[2] = {}) =>
    createDevice(system, account, {
      agentToken: agent,
      location: { address: HQ_ADDRESS },
      ...extra,
    });
  devices.moved = await on(first, { location: FIRST_LOCATION });
  devices.validated = await on(first, { modelId: MONO_A3_MODEL });
  devices.movedTwice = await on(first);
  devices.unchanged = await on(first, { modelId: COLOUR_A4_MODEL });
  devices.decommissioned = await on(first, { modelId: MONO_A4_MODEL });
  devices.largeFormat = await on(first, { modelId: LARGE_FORMAT_MODEL });
  // The second account's three: two on e-Maintenance linked to its store, one an i-SENSYS.
  const branch = { address: BRANCH_ADDRESS };
  devices.branchEMaintenance = await on(second, {
    location: branch,
    eMaintenance: true,
    stockLocationId: branchStore,
  });
  devices.toUnlink = await on(second, {
    location: branch,
    modelId: MONO_A3_MODEL,
    eMaintenance: true,
    stockLocationId: branchStore,
  });
  devices.removal = await on(second, { location: branch, modelId: COLOUR_A4_MODEL });
  devices.otherRemoval = await on(other.accounts[0]!, {
    location: { address: 'Havnegade 5, 5000 Odense C' },
    modelId: MONO_A4_MODEL,
  });
  deviceManagerUser = await createUser(system, {
    organization: customer.organization.id,
    name: 'Dagmar Device',
    grants: [['DEVICE_MANAGER', first]],
    devices: [devices.moved.id, devices.validated.id],
  });
  [admin, deviceManager, otherAdmin] = await Promise.all([
    customer.administrator.signIn(),
    deviceManagerUser.signIn(),
    other.administrator.signIn(),
  ]);
}, 120_000);
afterAll(async () => {
  await system.stop();
});

/** A user's or staff member's id as the change history records it. */
const actor = (user: TestUser) => `user:${fromGlobalId('User', user.id)}`;
const local = (device: { id: string }) => fromGlobalId('Device', device.id)!;

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
  modelId: COLOUR_A3_MODEL,
  accountId: customer.accounts[0]!.id,
  installedAt: '2026-03-02',
  location: { address: HQ_ADDRESS, floor: '5', room: 'Board room' },
  contract: {
    contractNumber: `SC-${serialNumber.trim().toUpperCase()}`,
    responseTimeHours: 8,
    billedMeters: ['TOTAL', 'BLACK', 'COLOUR'],
    readingFrequency: 'MONTHLY',
  },
  eMaintenance: false,
  ...extra,
});

/** How many devices the Administrator's list shows on the first account. */
async function firstAccountDevices(): Promise<number> {
  const result = await system.graphql<{
    accounts: { id: string; devices: { totalCount: number } }[];
  }>(`query { accounts { id devices { totalCount } } }`, {}, { token: admin });
  expect(result.errors).toBeUndefined();
  return result.data!.accounts.find((a) => a.id === customer.accounts[0]!.id)!.devices.totalCount;
}

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
  it("takes a device out of its Administrator's devices and counts, while staff still read it", async () => {
    const { id, serialNumber: serial } = devices.decommissioned;
    const before = await count(admin);
    const accountBefore = await firstAccountDevices();
    expect(before).toBe(9); // the nine built on its two accounts

    const decommissioned = await mutate(agent, DECOMMISSION, {
      id,
      reason: 'Replaced by a newer model',
    });
    expect(decommissioned).toEqual({ device: { status: 'DECOMMISSIONED' }, userErrors: [] });

    expect(await count(admin)).toBe(before - 1);
    expect(await count(admin, { status: ['DECOMMISSIONED'] })).toBe(0);
    expect(await firstAccountDevices()).toBe(accountBefore - 1);
    const adminReads = await system.graphql(
      `query ($id: ID!, $serial: String!) { device(id: $id) { serialNumber } deviceBySerialNumber(serialNumber: $serial) { serialNumber } }`,
      { id, serial },
      { token: admin },
    );
    expect(adminReads.data).toEqual({ device: null, deviceBySerialNumber: null });

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
      `query ($id: ID!, $serial: String!) {
         device(id: $id) { status statusHistory { by byName fromStatus toStatus reason } }
         bySerial: deviceBySerialNumber(serialNumber: $serial) { serialNumber } }`,
      { id, serial },
      { token: agent },
    );
    expect(staffReads.errors).toBeUndefined();
    expect(staffReads.data!.device.status).toBe('DECOMMISSIONED');
    // The agent who registered it is the one who decommissions it.
    expect(staffReads.data!.device.statusHistory).toEqual([
      {
        by: actor(agentUser),
        byName: agentUser.name,
        fromStatus: 'ACTIVE',
        toStatus: 'DECOMMISSIONED',
        reason: 'Replaced by a newer model',
      },
      {
        by: actor(agentUser),
        byName: agentUser.name,
        fromStatus: null,
        toStatus: 'ACTIVE',
        reason: null,
      },
    ]);
    expect(staffReads.data!.bySerial.serialNumber).toBe(serial);
    // Staff lists leave it out too unless asked for.
    expect(await count(agent, { search: serial })).toBe(0);
    expect(await count(agent, { search: serial, status: ['DECOMMISSIONED'] })).toBe(1);

    // The status travels in the snapshot, so service orders and readings can refuse it.
    await until(
      Date.now() + 1000,
      async () => (await projection(local(devices.decommissioned)))?.status === 'DECOMMISSIONED',
    );
  });

  it('accepts no further change, and refuses a second decommissioning', async () => {
    const { id } = devices.decommissioned;
    const location = { address: 'Somewhere else 1' };
    expect(await mutate(agent, UPDATE_LOCATION, { id, location })).toMatchObject({
      device: null,
      userErrors: [{ code: 'DEVICE_NOT_ACTIVE', field: ['deviceId'] }],
    });
    expect(await mutate(admin, UPDATE_LOCATION, { id, location })).toEqual({
      device: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['deviceId'], message: 'No such device.' }],
    });
    expect(await mutate(agent, DECOMMISSION, { id })).toMatchObject({
      userErrors: [{ code: 'INVALID_TRANSITION', field: ['deviceId'] }],
    });
  });
});

describe('location changes', () => {
  it("shows a Device Manager's change to staff at once and in identity's projection within a second", async () => {
    const { id, serialNumber } = devices.moved;
    const previous = await revision(serialNumber);
    const location = {
      address: 'Vesterbrogade 14, 1620 København V',
      building: 'B',
      floor: '2',
      room: 'Print room 2.20',
      contactName: deviceManagerUser.name,
      contactPhone: '+45 33 12 34 99',
    };
    const changed = await mutate(deviceManager, UPDATE_LOCATION, { id, location });
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
      { id },
      { token: agent },
    );
    expect(staff.data!.device.location).toEqual({ ...location, note: null });
    expect(staff.data!.device.locationHistory).toEqual([
      {
        by: actor(deviceManagerUser),
        byName: deviceManagerUser.name,
        location: { address: location.address, room: location.room },
      },
      {
        by: actor(agentUser),
        byName: agentUser.name,
        location: { address: FIRST_LOCATION.address, room: FIRST_LOCATION.room },
      },
    ]);

    // The relay is woken at commit and identity's consumer listens: no polling interval.
    await until(deadline, async () => {
      const row = await projection(local(devices.moved));
      return row?.revision === previous + 1 && row.address === location.address;
    });
  });

  it('validates the location: address required, lengths bounded, phone as digits; nothing is written', async () => {
    const { id, serialNumber } = devices.validated;
    const before = await revision(serialNumber);
    const refused = await mutate(deviceManager, UPDATE_LOCATION, {
      id,
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
    expect(await revision(serialNumber)).toBe(before);
  });

  it('keeps both of two simultaneous moves in the history, each with its own revision', async () => {
    const { id, serialNumber } = devices.movedTwice;
    const before = await revision(serialNumber);
    const [first, second] = await Promise.all(
      ['Lager 1', 'Lager 2'].map((room) =>
        mutate(admin, UPDATE_LOCATION, { id, location: { address: HQ_ADDRESS, room } }),
      ),
    );
    expect([first!.userErrors, second!.userErrors]).toEqual([[], []]);
    expect(await revision(serialNumber)).toBe(before + 2);
    const history = await system.graphql<{
      device: { locationHistory: { location: { room: string } }[] };
    }>(
      `query ($id: ID!) { device(id: $id) { locationHistory(first: 2) { location { room } } } }`,
      { id },
      { token: admin },
    );
    expect(history.data!.device.locationHistory.map((h) => h.location.room).sort()).toEqual([
      'Lager 1',
      'Lager 2',
    ]);
  });

  it('records nothing when the location is the same as before', async () => {
    const { id, serialNumber } = devices.unchanged;
    const current = await system.graphql<{ device: { location: Record<string, string | null> } }>(
      `query ($id: ID!) { device(id: $id) { location { address building floor room note contactName contactPhone } } }`,
      { id },
      { token: admin },
    );
    const before = await revision(serialNumber);
    const same = await mutate(admin, UPDATE_LOCATION, {
      id,
      location: current.data!.device.location,
    });
    expect(same.userErrors).toEqual([]);
    expect(await revision(serialNumber)).toBe(before);
  });
});

describe('removal requests', () => {
  it('lets an Administrator request removal with a reason and withdraw it; the device stays listed meanwhile', async () => {
    const { id, serialNumber } = devices.removal;
    expect(await mutate(admin, REQUEST_REMOVAL, { id, reason: '  ' })).toMatchObject({
      userErrors: [{ code: 'INVALID_INPUT', field: ['reason'] }],
    });
    expect(
      await mutate(admin, REQUEST_REMOVAL, { id, reason: 'Sold with the Aarhus office' }),
    ).toEqual({
      device: { status: 'REMOVAL_REQUESTED', removalReason: 'Sold with the Aarhus office' },
      userErrors: [],
    });
    expect(await count(admin, { search: serialNumber })).toBe(1);
    expect(await mutate(admin, REQUEST_REMOVAL, { id, reason: 'Again' })).toMatchObject({
      userErrors: [{ code: 'INVALID_TRANSITION', field: ['deviceId'] }],
    });
    expect(
      await mutate(admin, UPDATE_LOCATION, { id, location: { address: 'Elsewhere 2' } }),
    ).toMatchObject({ userErrors: [{ code: 'DEVICE_NOT_ACTIVE' }] });
    expect(await mutate(admin, WITHDRAW, { id })).toEqual({
      device: { status: 'ACTIVE', removalReason: null },
      userErrors: [],
    });
    expect(await mutate(admin, WITHDRAW, { id })).toMatchObject({
      userErrors: [{ code: 'INVALID_TRANSITION', field: ['deviceId'] }],
    });
  });

  it("keeps the customer's reason when staff decommission a device whose removal was requested", async () => {
    const { id } = devices.otherRemoval;
    await mutate(otherAdmin, REQUEST_REMOVAL, { id, reason: 'Returned to the leasing company' });
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
      input: registration(' lc3100001 '),
    });
    expect(registered).toMatchObject({
      device: {
        serialNumber: 'LC3100001',
        status: 'ACTIVE',
        installedAt: '2026-03-02',
        eMaintenance: false,
        stockLocation: null,
        account: { customerAccountNumber: customer.accounts[0]!.customerAccountNumber },
        model: { name: 'imageRUNNER ADVANCE DX C5840i' },
        contract: { contractNumber: 'SC-LC3100001', billedMeters: ['TOTAL', 'BLACK', 'COLOUR'] },
        locationHistory: [
          {
            by: actor(agentUser),
            location: { address: HQ_ADDRESS },
          },
        ],
        statusHistory: [{ fromStatus: null, toStatus: 'ACTIVE' }],
      },
      userErrors: [],
    });
    expect(await count(admin, { search: 'LC3100001' })).toBe(1);
  });

  it('refuses a serial number that is taken (in any case), an unknown model or account, and bad input', async () => {
    const taken = devices.moved.serialNumber.toLowerCase();
    expect(await mutate(agent, REGISTER, { input: registration(taken) })).toMatchObject({
      device: null,
      userErrors: [{ code: 'SERIAL_TAKEN', field: ['input', 'serialNumber'] }],
    });
    const refused = await mutate(agent, REGISTER, {
      input: registration('LC3100002', {
        modelId: toGlobalId('DeviceModel', randomUUID()),
        accountId: devices.moved.id,
        installedAt: '2999-01-01',
        stockLocationId: store,
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
      input: registration('LC3100003', {
        accountId: toGlobalId('Account', '00000000-0000-4000-8000-0000000000ac'),
      }),
    });
    expect(madeUp).toMatchObject({
      device: null,
      userErrors: [{ code: 'ACCOUNT_NOT_FOUND', field: ['input', 'accountId'] }],
    });
    expect(await count(agent, { search: 'LC3100003' })).toBe(0);
    const badSerial = await mutate(agent, REGISTER, {
      input: registration('LC 31', {
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
      [1, 2].map(() => mutate(agent, REGISTER, { input: registration('LC3100003') })),
    );
    expect(results.map((r) => r.userErrors.map((e) => e.code)).sort()).toEqual([
      [],
      ['SERIAL_TAKEN'],
    ]);
  });

  it('edits a contract: billed meters must be meters the model has; consumers get the new response time', async () => {
    const { id } = devices.largeFormat; // TOTAL and LARGE_FORMAT
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
      async () => (await projection(local(devices.largeFormat)))?.responseTimeHours === 4,
    );
  });
});

describe('device events', () => {
  it('publishes one event per change, with the revision of the change, and keeps who did it', async () => {
    const registered = await mutate<{ id: string }>(agent, REGISTER, {
      input: registration('LC3100010', { eMaintenance: true }),
    });
    const id = registered.device!.id;
    const localId = fromGlobalId('Device', id)!;
    const storeId = fromGlobalId('StockLocation', store);
    const steps: [string, string, Record<string, unknown>][] = [
      [admin, UPDATE_LOCATION, { id, location: { address: HQ_ADDRESS, room: 'Post room' } }],
      [
        admin,
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
      [admin, REQUEST_REMOVAL, { id, reason: 'Moved to another supplier' }],
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
        stockLocationId: storeId,
        eMaintenance: true,
      },
      {
        type: 'DeviceContractChanged',
        version: 1,
        revision: 4,
        status: 'ACTIVE',
        stockLocationId: storeId,
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
    const adminActor = actor(customer.administrator);
    const agentActor = actor(agentUser);
    const trail = (await system.devices.dataSource.query(
      `SELECT revision, by FROM devices.device_change WHERE device_id = $1
       UNION ALL SELECT revision, by FROM devices.device_location_change WHERE device_id = $1 AND revision > 1
       ORDER BY revision`,
      [localId],
    )) as { revision: number; by: string }[];
    expect(trail).toEqual([
      { revision: 1, by: agentActor },
      { revision: 2, by: adminActor },
      { revision: 3, by: adminActor },
      { revision: 4, by: agentActor },
      { revision: 5, by: agentActor },
      { revision: 6, by: adminActor },
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
    expect(await mutate(admin, link, { id: devices.unchanged.id, s: store })).toEqual({
      device: null,
      userErrors: [{ code: 'E_MAINTENANCE_REQUIRED', field: ['stockLocationId'] }],
    });
    expect(await mutate(admin, link, { id: devices.toUnlink.id, s: 'not-an-id' })).toEqual({
      device: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['stockLocationId'] }],
    });
    expect(await mutate(admin, link, { id: devices.toUnlink.id, s: null })).toEqual({
      device: { stockLocation: null },
      userErrors: [],
    });
  });
});

describe('listing', () => {
  it('searches location text and model names, filters by e-Maintenance, and lists the model catalogue', async () => {
    expect(await count(admin, { search: 'BOULEVARDEN 40' })).toBe(3);
    expect(await count(admin, { search: 'i-SENSYS' })).toBeGreaterThanOrEqual(2);
    expect(await count(admin, { search: '100%_' })).toBe(0);
    const second = customer.accounts[1]!.id;
    expect(await count(admin, { eMaintenance: true, accountId: second })).toBe(2);
    expect(await count(admin, { eMaintenance: false, accountId: second })).toBe(1);
    const models = await system.graphql<{
      deviceModels: { totalCount: number; edges: { node: { name: string } }[] };
    }>(
      `query { deviceModels(first: 2) { totalCount edges { node { name } } } }`,
      {},
      { token: deviceManager },
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
      { token: admin },
    );
    const wrong = await system.graphql(
      `query ($after: String) { devices(first: 1, after: $after, orderBy: INSTALLED_AT) { totalCount } }`,
      { after: first.data!.devices.pageInfo.endCursor },
      { token: admin },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
