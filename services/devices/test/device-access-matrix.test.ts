import { fromGlobalId, toGlobalId } from '@portal/platform';
import { registerDevice } from '../src/domain/device.service';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createStaffUser,
  createStockLocation,
  createUser,
  startTestSystem,
  type GraphQLResponse,
  type TestAccount,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';

/**
 * Who may read and change which device, through the gateway: every role x every device
 * operation x a device of the caller's own organisation or another's. Each cell works on a
 * device of its own, so that no cell sees another's change.
 */

const ok = 'ok';
const N = 'NOT_FOUND'; // null, missing from the list, or userErrors [NOT_FOUND on deviceId]
const F = 'FORBIDDEN'; // the role never may: GraphQL error, whatever the device
const U = 'UNAUTHENTICATED';
type Outcome = typeof ok | typeof N | typeof F | typeof U;

const OPERATIONS = [
  'device',
  'devices',
  'deviceBySerialNumber',
  'updateDeviceLocation',
  'requestDeviceRemoval',
  'withdrawDeviceRemovalRequest',
  'linkDeviceStockLocation',
  'registerDevice',
  'decommissionDevice',
  'updateDeviceContract',
  'setDeviceEMaintenance',
] as const;
type Operation = (typeof OPERATIONS)[number];

/**
 * The devices the cells act on (a fresh one per cell), all built here. "own" is the built
 * customer's first account, "second" its second; the foreign device is another customer's but
 * carries the Device Manager's assignment and the Stock Manager's store, so only the account
 * check keeps it hidden.
 */
const TARGETS = {
  own: { account: 'first', store: null, assigned: false },
  'own, assigned, linked to the store': { account: 'first', store: 'first', assigned: true },
  'second, linked to its store, unassigned': {
    account: 'second',
    store: 'second',
    assigned: false,
  },
  'foreign, assigned, linked to the store': { account: 'foreign', store: 'first', assigned: true },
} as const;
type Target = keyof typeof TARGETS;
type AccountKey = (typeof TARGETS)[Target]['account'];

/** Who calls: the customer's people and the service centre's staff, built in beforeAll. */
type Caller =
  | 'admin'
  | 'deviceManager'
  | 'stockManager'
  | 'deviceAndStockManager'
  | 'selfService'
  | 'agent'
  | 'planner'
  | 'tech';
type Row = [caller: string, user: Caller | null, target: Target, outcomes: Outcome[]];

// prettier-ignore
const MATRIX: Row[] = [
  //                                                                                                          device devices bySerial | location removal withdraw link | register decommission contract eMaint
  ['Administrator',                      'admin',                 'own',                                     [ok, ok, ok,   ok, ok, ok, ok,   F, F, F, F]],
  ['Administrator',                      'admin',                 'foreign, assigned, linked to the store',  [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Device Manager, assigned',           'deviceManager',         'own, assigned, linked to the store',      [ok, ok, ok,   ok, N, N, N,      F, F, F, F]],
  ['Device Manager, unassigned',         'deviceManager',         'own',                                     [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Device Manager, foreign',            'deviceManager',         'foreign, assigned, linked to the store',  [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Stock Manager, linked',              'stockManager',          'own, assigned, linked to the store',      [ok, ok, ok,   N, N, N, N,       F, F, F, F]],
  ['Stock Manager, unlinked',            'stockManager',          'own',                                     [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Stock Manager, foreign',             'stockManager',          'foreign, assigned, linked to the store',  [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Device & Stock Manager, unassigned', 'deviceAndStockManager', 'second, linked to its store, unassigned', [ok, ok, ok,   N, N, N, N,       F, F, F, F]],
  ['Self-Service user',                  'selfService',           'own',                                     [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Self-Service user',                  'selfService',           'foreign, assigned, linked to the store',  [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Service agent',                      'agent',                 'foreign, assigned, linked to the store',  [ok, ok, ok,   ok, F, ok, ok,    ok, ok, ok, ok]],
  ['Service planner',                    'planner',               'foreign, assigned, linked to the store',  [ok, ok, ok,   F, F, F, F,       F, F, F, F]],
  // A technician sees only the devices of the orders assigned to it.
  ['Technician',                         'tech',                  'foreign, assigned, linked to the store',  [N, N, N,     F, F, F, F,       F, F, F, F]],
  ['anonymous',                          null,                    'own',                                     [U, U, U,      U, U, U, U,       U, U, U, U]],
];

const CELLS = MATRIX.flatMap(([caller, user, target, outcomes], row) =>
  OPERATIONS.map((operation, column) => ({
    row,
    caller,
    user,
    target,
    operation,
    expected: outcomes[column]!,
    serial: `MX${String(row).padStart(2, '0')}${String(column).padStart(2, '0')}`,
  })),
);
type Cell = (typeof CELLS)[number];

/** A stock location per account the cells link to: a device links only within its account. */
const newStockLocation = new Map<AccountKey, string>();
const newStockLocationOf = (cell: Cell) => newStockLocation.get(TARGETS[cell.target].account);
const NOT_FOUND = [{ code: 'NOT_FOUND', field: ['deviceId'], message: 'No such device.' }];

interface Operations {
  query: string;
  /** The payload field of a mutation; reads answer null when not found. */
  mutation?: string;
  /** Whether the answer shows the operation done. */
  done(data: Record<string, unknown>, cell: Cell): boolean;
}

const DEVICE_FIELDS = `serialNumber status location { address } stockLocation { id }
  contract { contractNumber } eMaintenance`;
type DeviceData = {
  serialNumber: string;
  status: string;
  location: { address: string };
  stockLocation: { id: string } | null;
  contract: { contractNumber: string };
  eMaintenance: boolean;
};
const payloadDevice = (data: Record<string, unknown>, field: string) =>
  (data[field] as { device: DeviceData | null }).device;

const OPS: Record<Operation, Operations> = {
  device: {
    query: `query ($id: ID!) { device(id: $id) { serialNumber } }`,
    done: (data, cell) => (data.device as DeviceData | null)?.serialNumber === cell.serial,
  },
  devices: {
    query: `query ($serial: String!) { devices(filter: { search: $serial }) { totalCount edges { node { serialNumber } } } }`,
    done: (data, cell) => {
      const list = data.devices as { totalCount: number; edges: { node: DeviceData }[] };
      return list.totalCount === 1 && list.edges[0]?.node.serialNumber === cell.serial;
    },
  },
  deviceBySerialNumber: {
    query: `query ($serial: String!) { deviceBySerialNumber(serialNumber: $serial) { serialNumber } }`,
    done: (data, cell) =>
      (data.deviceBySerialNumber as DeviceData | null)?.serialNumber === cell.serial,
  },
  updateDeviceLocation: {
    mutation: 'updateDeviceLocation',
    query: `mutation ($id: ID!) { updateDeviceLocation(deviceId: $id, location: { address: "Matrixvej 2, 2100 København Ø", floor: "3" }) {
      device { ${DEVICE_FIELDS} } userErrors { code field message } } }`,
    done: (data) =>
      payloadDevice(data, 'updateDeviceLocation')?.location.address ===
      'Matrixvej 2, 2100 København Ø',
  },
  requestDeviceRemoval: {
    mutation: 'requestDeviceRemoval',
    query: `mutation ($id: ID!) { requestDeviceRemoval(deviceId: $id, reason: "Sold with the office") {
      device { ${DEVICE_FIELDS} } userErrors { code field message } } }`,
    done: (data) => payloadDevice(data, 'requestDeviceRemoval')?.status === 'REMOVAL_REQUESTED',
  },
  withdrawDeviceRemovalRequest: {
    mutation: 'withdrawDeviceRemovalRequest',
    query: `mutation ($id: ID!) { withdrawDeviceRemovalRequest(deviceId: $id) {
      device { ${DEVICE_FIELDS} } userErrors { code field message } } }`,
    done: (data) => payloadDevice(data, 'withdrawDeviceRemovalRequest')?.status === 'ACTIVE',
  },
  linkDeviceStockLocation: {
    mutation: 'linkDeviceStockLocation',
    query: `mutation ($id: ID!, $stockLocationId: ID) { linkDeviceStockLocation(deviceId: $id, stockLocationId: $stockLocationId) {
      device { ${DEVICE_FIELDS} } userErrors { code field message } } }`,
    done: (data, cell) =>
      payloadDevice(data, 'linkDeviceStockLocation')?.stockLocation?.id ===
      newStockLocationOf(cell),
  },
  registerDevice: {
    mutation: 'registerDevice',
    query: `mutation ($accountId: ID!, $newSerial: String!, $modelId: ID!) { registerDevice(input: {
      serialNumber: $newSerial, modelId: $modelId, accountId: $accountId, installedAt: "2026-02-01",
      location: { address: "Matrixvej 9" },
      contract: { contractNumber: "SC-MX", responseTimeHours: 8, billedMeters: [TOTAL], readingFrequency: MONTHLY } }) {
      device { ${DEVICE_FIELDS} } userErrors { code field message } } }`,
    done: (data, cell) => payloadDevice(data, 'registerDevice')?.serialNumber === `${cell.serial}R`,
  },
  decommissionDevice: {
    mutation: 'decommissionDevice',
    query: `mutation ($id: ID!) { decommissionDevice(deviceId: $id) {
      device { ${DEVICE_FIELDS} } userErrors { code field message } } }`,
    done: (data) => payloadDevice(data, 'decommissionDevice')?.status === 'DECOMMISSIONED',
  },
  updateDeviceContract: {
    mutation: 'updateDeviceContract',
    query: `mutation ($id: ID!) { updateDeviceContract(deviceId: $id, contract: {
      contractNumber: "SC-MX-2", responseTimeHours: 4, billedMeters: [TOTAL, COLOUR], readingFrequency: QUARTERLY }) {
      device { ${DEVICE_FIELDS} } userErrors { code field message } } }`,
    done: (data) =>
      payloadDevice(data, 'updateDeviceContract')?.contract.contractNumber === 'SC-MX-2',
  },
  setDeviceEMaintenance: {
    mutation: 'setDeviceEMaintenance',
    query: `mutation ($id: ID!) { setDeviceEMaintenance(deviceId: $id, enabled: false) {
      device { ${DEVICE_FIELDS} } userErrors { code field message } } }`,
    done: (data) => payloadDevice(data, 'setDeviceEMaintenance')?.eMaintenance === false,
  },
};

let system: TestSystem;
const tokens = new Map<Caller, string>();
const deviceIds = new Map<string, string>();
/** The built customer (two accounts) and another. */
let customer: TestCustomer;
let other: TestCustomer;
let accounts: Record<AccountKey, TestAccount>;
/** The stores the targets are linked to, by the account they are on. */
const stores = new Map<'first' | 'second', string>();
const local = (type: string, globalId: string) => fromGlobalId(type, globalId)!;

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem();
  customer = await createCustomer(system, { accounts: 2 });
  other = await createCustomer(system);
  accounts = {
    first: customer.accounts[0]!,
    second: customer.accounts[1]!,
    foreign: other.accounts[0]!,
  };
  const agent = await createStaffUser(system, 'SERVICE_AGENT');
  const agentToken = await agent.signIn();
  for (const key of ['first', 'second'] as const)
    stores.set(key, (await createStockLocation(system, accounts[key], { agentToken })).id);
  for (const key of ['first', 'second', 'foreign'] as const)
    newStockLocation.set(
      key,
      (await createStockLocation(system, accounts[key], { agentToken, name: `Matrix ${key}` })).id,
    );
  const assigned = await registerCellDevices();
  await buildCallers(agent, assigned);
}, 180_000);

/** A device per cell, written by the devices domain at once (165 through the API take long). */
async function registerCellDevices(): Promise<string[]> {
  const assigned: string[] = [];
  await system.devices.dataSource.transaction(async (manager) => {
    for (const cell of CELLS) {
      const target = TARGETS[cell.target];
      const device = await registerDevice(manager, {
        serialNumber: cell.serial,
        modelId: local('DeviceModel', COLOUR_A3_MODEL),
        accountId: local('Account', accounts[target.account].id),
        location: {
          address: 'Matrixvej 1',
          building: null,
          floor: null,
          room: null,
          note: null,
          contactName: null,
          contactPhone: null,
        },
        installedAt: '2025-06-01',
        contract: {
          contractNumber: 'SC-MX-1',
          responseTimeHours: 8,
          billedMeters: ['TOTAL', 'BLACK', 'COLOUR'],
          readingFrequency: 'MONTHLY',
        },
        eMaintenance: true,
        stockLocationId: target.store ? local('StockLocation', stores.get(target.store)!) : null,
      });
      deviceIds.set(cell.serial, device.id);
      if (target.assigned) assigned.push(toGlobalId('Device', device.id));
    }
  });
  // Only a device whose removal was requested can have the request withdrawn.
  await system.devices.dataSource.query(
    `UPDATE devices.device SET status = 'REMOVAL_REQUESTED', removal_reason = 'Sold'
      WHERE id = ANY($1)`,
    [
      CELLS.filter((c) => c.operation === 'withdrawDeviceRemovalRequest').map((c) =>
        deviceIds.get(c.serial),
      ),
    ],
  );
  return assigned;
}

/**
 * The callers, as the demo's were: the Device Manager assigned the "assigned" devices, the Stock
 * Manager the first account's store, the Device & Stock Manager the second's and no device.
 */
async function buildCallers(agent: TestUser, assigned: string[]): Promise<void> {
  const organization = customer.organization.id;
  const { first, second } = accounts;
  const users: Record<Caller, TestUser> = {
    admin: customer.administrator,
    deviceManager: await createUser(system, {
      organization,
      grants: [['DEVICE_MANAGER', first]],
      devices: assigned,
    }),
    stockManager: await createUser(system, {
      organization,
      grants: [['STOCK_MANAGER', first]],
      stockLocations: [stores.get('first')!],
    }),
    deviceAndStockManager: await createUser(system, {
      organization,
      grants: [
        ['DEVICE_MANAGER', second],
        ['STOCK_MANAGER', second],
      ],
      stockLocations: [stores.get('second')!],
    }),
    selfService: await createUser(system, {
      organization,
      grants: [['SELF_SERVICE_USER', first]],
    }),
    agent,
    planner: await createStaffUser(system, 'SERVICE_PLANNER'),
    tech: await createStaffUser(system, 'TECHNICIAN'),
  };
  for (const [caller, user] of Object.entries(users))
    tokens.set(caller as Caller, await user.signIn());
}
afterAll(async () => {
  await system.stop();
});

/** What the caller got: ok (done), NOT_FOUND, or the GraphQL error's code. */
function outcomeOf(cell: Cell, response: GraphQLResponse): string {
  if (response.errors?.length) return response.errors[0]!.extensions?.code ?? 'ERROR';
  const data = response.data!;
  const ops = OPS[cell.operation];
  if (ops.mutation) {
    const payload = data[ops.mutation] as { device: unknown; userErrors: unknown[] };
    if (payload.userErrors.length) {
      // Exactly the answer for a device that does not exist: nothing to tell apart.
      expect(payload).toEqual({ device: null, userErrors: NOT_FOUND });
      return N;
    }
  }
  if (ops.done(data, cell)) return ok;
  const read = data[cell.operation] as { totalCount?: number } | null;
  return read === null || read.totalCount === 0 ? N : `unexpected ${JSON.stringify(data)}`;
}

async function revisionOf(serial: string): Promise<number> {
  const [row] = (await system.devices.dataSource.query(
    `SELECT revision FROM devices.device WHERE serial_number = $1`,
    [serial],
  )) as { revision: number }[];
  return row!.revision;
}

describe('device access: role x operation x own/foreign (the matrix above)', () => {
  it(`has ${CELLS.length} cells`, () => {
    expect(CELLS).toHaveLength(MATRIX.length * OPERATIONS.length);
  });

  it.each(CELLS.map((c) => [`${c.caller} on ${c.target}: ${c.operation} -> ${c.expected}`, c]))(
    '%s',
    async (_name, cell) => {
      const c = cell as Cell;
      const before = await revisionOf(c.serial);
      const response = await system.graphql(
        OPS[c.operation].query,
        {
          id: toGlobalId('Device', deviceIds.get(c.serial)!),
          serial: c.serial,
          newSerial: `${c.serial}R`,
          stockLocationId: newStockLocationOf(c),
          accountId: accounts[TARGETS[c.target].account].id,
          modelId: COLOUR_A3_MODEL,
        },
        { token: c.user ? tokens.get(c.user) : undefined },
      );
      expect(outcomeOf(c, response)).toBe(c.expected);
      const changed = (await revisionOf(c.serial)) !== before;
      // A refusal writes nothing; a mutation that is allowed writes exactly one revision.
      const writes = OPS[c.operation].mutation && c.operation !== 'registerDevice';
      expect(changed).toBe(c.expected === ok && !!writes);
    },
  );
});
