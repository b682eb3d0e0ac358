import { demoIds, toGlobalId } from '@portal/platform';
import { registerDevice } from '../src/domain/device.service';
import { DeviceAssignment } from '../../identity/src/entities/device-assignment.entity';
import { startTestSystem, type GraphQLResponse, type TestSystem } from '@portal/testkit';
import { createStockLocation } from '@portal/testkit/toner';

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
 * The devices the cells act on (a fresh one per cell). "own" is Nordisk Print's account
 * 100200; the foreign device is Fjord Logistik's but carries Dennis' assignment and Sara's
 * stock location, so only the account check keeps it hidden.
 */
const TARGETS = {
  own: { account: '100200', store: null, assignedToDennis: false },
  'own, assigned to Dennis, linked to HQ store': {
    account: '100200',
    store: 'Copenhagen HQ store',
    assignedToDennis: true,
  },
  'Aarhus, linked to Aarhus store, unassigned': {
    account: '100201',
    store: 'Aarhus store',
    assignedToDennis: false,
  },
  "foreign, with Dennis' assignment and Sara's store": {
    account: '300400',
    store: 'Copenhagen HQ store',
    assignedToDennis: true,
  },
} as const;
type Target = keyof typeof TARGETS;

type Row = [caller: string, email: string | null, target: Target, outcomes: Outcome[]];

// prettier-ignore
const MATRIX: Row[] = [
  //                                                                                                        device devices bySerial | location removal withdraw link | register decommission contract eMaint
  ['Administrator',                     'anna.admin@nordiskprint.example',   'own',                                             [ok, ok, ok,   ok, ok, ok, ok,   F, F, F, F]],
  ['Administrator',                     'anna.admin@nordiskprint.example',   "foreign, with Dennis' assignment and Sara's store", [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Device Manager, assigned',          'dennis.device@nordiskprint.example', 'own, assigned to Dennis, linked to HQ store',     [ok, ok, ok,   ok, N, N, N,      F, F, F, F]],
  ['Device Manager, unassigned',        'dennis.device@nordiskprint.example', 'own',                                             [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Device Manager, foreign',           'dennis.device@nordiskprint.example', "foreign, with Dennis' assignment and Sara's store", [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Stock Manager, linked',             'sara.stock@nordiskprint.example',   'own, assigned to Dennis, linked to HQ store',     [ok, ok, ok,   N, N, N, N,       F, F, F, F]],
  ['Stock Manager, unlinked',           'sara.stock@nordiskprint.example',   'own',                                             [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Stock Manager, foreign',            'sara.stock@nordiskprint.example',   "foreign, with Dennis' assignment and Sara's store", [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Device & Stock Manager, unassigned', 'dorte.both@nordiskprint.example',  'Aarhus, linked to Aarhus store, unassigned',      [ok, ok, ok,   N, N, N, N,       F, F, F, F]],
  ['Self-Service user',                 'sune.self@nordiskprint.example',    'own',                                             [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Self-Service user',                 'sune.self@nordiskprint.example',    "foreign, with Dennis' assignment and Sara's store", [N, N, N,      N, N, N, N,       F, F, F, F]],
  ['Service agent',                     'agent@service.example',             "foreign, with Dennis' assignment and Sara's store", [ok, ok, ok,   ok, F, ok, ok,    ok, ok, ok, ok]],
  ['Service planner',                   'planner@service.example',           "foreign, with Dennis' assignment and Sara's store", [ok, ok, ok,   F, F, F, F,       F, F, F, F]],
  // A technician sees only the devices of the orders assigned to it.
  ['Technician',                        'tech@service.example',              "foreign, with Dennis' assignment and Sara's store", [N, N, N,     F, F, F, F,       F, F, F, F]],
  ['anonymous',                         null,                                'own',                                             [U, U, U,      U, U, U, U,       U, U, U, U]],
];

const CELLS = MATRIX.flatMap(([caller, email, target, outcomes], row) =>
  OPERATIONS.map((operation, column) => ({
    row,
    caller,
    email,
    target,
    operation,
    expected: outcomes[column]!,
    serial: `MX${String(row).padStart(2, '0')}${String(column).padStart(2, '0')}`,
  })),
);
type Cell = (typeof CELLS)[number];

const MODEL = 'imageRUNNER ADVANCE DX C5840i';
/** A stock location per account the cells link to: a device links only within its account. */
const newStockLocation = new Map<string, string>();
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
const tokens = new Map<string, string>();
const deviceIds = new Map<string, string>();

beforeAll(async () => {
  system = await startTestSystem();
  const agent = await system.signIn('agent@service.example');
  for (const account of new Set(Object.values(TARGETS).map((t) => t.account)))
    newStockLocation.set(
      account,
      await createStockLocation(system, agent, `Matrix store ${account}`, [], account),
    );
  const assigned: string[] = [];
  await system.devices.dataSource.transaction(async (manager) => {
    for (const cell of CELLS) {
      const target = TARGETS[cell.target];
      const device = await registerDevice(manager, {
        serialNumber: cell.serial,
        modelId: demoIds.model(MODEL),
        accountId: demoIds.account(target.account),
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
        stockLocationId: target.store ? demoIds.stockLocation(target.store) : null,
      });
      deviceIds.set(cell.serial, device.id);
      if (target.assignedToDennis) assigned.push(device.id);
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
  // Assignments are identity's; the principal carries them (resolved after this, at sign-in).
  await system.identity.dataSource.getRepository(DeviceAssignment).insert(
    assigned.map((deviceId) => ({
      userId: demoIds.user('dennis.device@nordiskprint.example'),
      deviceId,
    })),
  );
  for (const [, email] of MATRIX) {
    if (email && !tokens.has(email)) tokens.set(email, await system.signIn(email));
  }
});
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
          accountId: toGlobalId('Account', demoIds.account(TARGETS[c.target].account)),
          modelId: toGlobalId('DeviceModel', demoIds.model(MODEL)),
        },
        { token: c.email ? tokens.get(c.email) : undefined },
      );
      expect(outcomeOf(c, response)).toBe(c.expected);
      const changed = (await revisionOf(c.serial)) !== before;
      // A refusal writes nothing; a mutation that is allowed writes exactly one revision.
      const writes = OPS[c.operation].mutation && c.operation !== 'registerDevice';
      expect(changed).toBe(c.expected === ok && !!writes);
    },
  );
});
