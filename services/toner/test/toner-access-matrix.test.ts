import { randomUUID } from 'node:crypto';
import { fromGlobalId, toGlobalId, type CustomerRole, type StaffRole } from '@portal/platform';
import { registerDevice } from '../../devices/src/domain/device.service';
import { DeviceAssignment } from '../../identity/src/entities/device-assignment.entity';
import { StockLocationAssignment } from '../../identity/src/entities/stock-location-assignment.entity';
import { StockLocation } from '../src/entities/stock-location.entity';
import { StockLevel } from '../src/entities/stock-level.entity';
import { Shipment } from '../src/entities/shipment.entity';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createStaffUser,
  createUser,
  startTestSystem,
  type GraphQLResponse,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { createIntegrationKey } from '@portal/testkit/toner';
import { ShipmentReceipt } from '../src/entities/shipment-receipt.entity';

/**
 * Who may read and change which stock, through the gateway: every role x every toner operation
 * x a stock location of the caller's own organisation or another's. Each cell works on a stock
 * location (with a level, a REQUESTED, a CREATED, a DISPATCHED and a just DELIVERED shipment, and a
 * linked e-Maintenance device)
 * of its own, so that no cell sees another's change.
 */

const ok = 'ok';
const N = 'NOT_FOUND'; // null, missing from the list, or userErrors [NOT_FOUND]
const F = 'FORBIDDEN'; // the role never may: GraphQL error, whatever the location
const U = 'UNAUTHENTICATED';
type Outcome = typeof ok | typeof N | typeof F | typeof U;

const OPERATIONS = [
  'stockLocation',
  'stockLocations',
  'shipments',
  'deviceStockLocation',
  'updateStockLocation',
  'recordStockCount',
  'reportTonerLow',
  'dispatchShipment',
  'confirmShipmentDelivered',
  'createStockLocation',
  'setStockLevelTargets',
  'requestToner',
  'approveShipment',
  'declineShipment',
  'undoShipmentDelivery',
] as const;
type Operation = (typeof OPERATIONS)[number];

/**
 * The callers, built in beforeAll: the customer's users (on its first account, "own", but the
 * Device & Stock Manager on its second, "Aarhus"), another customer's Administrator, and staff.
 */
const USERS = {
  admin: { roles: ['ADMINISTRATOR'], account: 'own' },
  otherAdmin: { roles: ['ADMINISTRATOR'], account: 'foreign' },
  stock: { roles: ['STOCK_MANAGER'], account: 'own' },
  both: { roles: ['DEVICE_MANAGER', 'STOCK_MANAGER'], account: 'aarhus' },
  device: { roles: ['DEVICE_MANAGER'], account: 'own' },
  self: { roles: ['SELF_SERVICE_USER'], account: 'own' },
  agent: { staff: 'SERVICE_AGENT' },
  planner: { staff: 'SERVICE_PLANNER' },
  tech: { staff: 'TECHNICIAN' },
} as const satisfies Record<
  string,
  { roles: readonly CustomerRole[]; account: AccountKey } | { staff: StaffRole }
>;
type AccountKey = 'own' | 'aarhus' | 'foreign';
type UserKey = keyof typeof USERS;

/**
 * The locations the cells act on (a fresh one per cell). "own" is the customer's first account;
 * the foreign one is another customer's but carries the Stock Manager's and the Device & Stock
 * Manager's assignments (and its device the Device Manager's), so only the account check keeps
 * it hidden from them.
 */
const TARGETS = {
  'own, assigned to the Stock Manager (device to the Device Manager)': {
    account: 'own',
    assignedTo: ['stock'],
    deviceToManager: true,
  },
  'own, unassigned': { account: 'own', assignedTo: [], deviceToManager: false },
  'Aarhus, assigned to the Device & Stock Manager': {
    account: 'aarhus',
    assignedTo: ['both'],
    deviceToManager: false,
  },
  'foreign, with both managers assigned': {
    account: 'foreign',
    assignedTo: ['stock', 'both'],
    deviceToManager: true,
  },
} as const satisfies Record<
  string,
  { account: AccountKey; assignedTo: readonly UserKey[]; deviceToManager: boolean }
>;
type Target = keyof typeof TARGETS;
const OWN: Target = 'own, assigned to the Stock Manager (device to the Device Manager)';
const FOREIGN: Target = 'foreign, with both managers assigned';
const AARHUS: Target = 'Aarhus, assigned to the Device & Stock Manager';

const KEY = 'e-Maintenance API key (Administrator on own and Aarhus)';
type Caller = UserKey | typeof KEY | null;
type Row = [caller: string, user: Caller, target: Target, outcomes: Outcome[]];

// prettier-ignore
const MATRIX: Row[] = [
  //                                                                                         location list shipments device.stockLocation | update count report dispatch deliver create | targets request approve decline undo
  ['Administrator',                      'admin',                              OWN,                         [ok, ok, ok, ok,   ok, ok, F, F, ok, F,   ok, ok, F, F, ok]],
  ['Administrator',                      'admin',                              FOREIGN,                     [N, N, N, N,       N, N, F, F, N, F,      N, N, F, F, N]],
  ["Another customer's Administrator",   'otherAdmin',                         FOREIGN,                     [ok, ok, ok, ok,   ok, ok, F, F, ok, F,   ok, ok, F, F, ok]],
  ['Stock Manager, assigned',            'stock',                              OWN,                         [ok, ok, ok, ok,   ok, ok, F, F, ok, F,   ok, ok, F, F, ok]],
  ['Stock Manager, unassigned',          'stock',                              'own, unassigned',           [N, N, N, N,       N, N, F, F, N, F,      N, N, F, F, N]],
  ['Stock Manager, foreign',             'stock',                              FOREIGN,                     [N, N, N, N,       N, N, F, F, N, F,      N, N, F, F, N]],
  ['Device & Stock Manager, assigned',   'both',                               AARHUS,                      [ok, ok, ok, ok,   ok, ok, F, F, ok, F,   ok, ok, F, F, ok]],
  ['Device Manager, device assigned',    'device',                             OWN,                         [N, N, N, N,       N, N, F, F, N, F,      N, N, F, F, N]],
  ['Device Manager, foreign',            'device',                             FOREIGN,                     [N, N, N, N,       N, N, F, F, N, F,      N, N, F, F, N]],
  ['Self-Service user',                  'self',                               OWN,                         [N, N, N, N,       N, N, F, F, N, F,      N, N, F, F, N]],
  [KEY,                                  KEY,                                  OWN,                         [ok, ok, ok, ok,   ok, ok, ok, F, ok, F,  ok, ok, F, F, ok]],
  [KEY,                                  KEY,                                  FOREIGN,                     [N, N, N, N,       N, N, N, F, N, F,      N, N, F, F, N]],
  ['Service agent',                      'agent',                              FOREIGN,                     [ok, ok, ok, ok,   ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok]],
  ['Service planner',                    'planner',                            FOREIGN,                     [ok, ok, ok, ok,   F, F, F, F, F, F,      F, F, F, F, F]],
  // A technician's work (its assigned orders) needs no stock: it sees none.
  ['Technician',                         'tech',                               FOREIGN,                     [N, N, N, N,       F, F, F, F, F, F,      F, F, F, F, F]],
  ['anonymous',                          null,                                 OWN,                         [U, U, U, U,       U, U, U, U, U, U,      U, U, U, U, U]],
];

const CELLS = MATRIX.flatMap(([caller, user, target, outcomes], row) =>
  OPERATIONS.map((operation, column) => ({
    row,
    caller,
    user,
    target,
    operation,
    expected: outcomes[column]!,
    name: `MX ${String(row).padStart(2, '0')}-${String(column).padStart(2, '0')}`,
    serial: `TX${String(row).padStart(2, '0')}${String(column).padStart(2, '0')}`,
    locationId: randomUUID(),
    created: randomUUID(),
    dispatched: randomUUID(),
    requested: randomUUID(),
    delivered: randomUUID(),
    deviceId: '',
  })),
);
type Cell = (typeof CELLS)[number];

interface Operations {
  query: string;
  /** The payload field of a mutation; reads answer null or an empty list when not found. */
  mutation?: string;
  /** Whether the answer shows the operation done. */
  done(data: Record<string, unknown>, cell: Cell): boolean;
}

type Payload = { userErrors: { code: string; field: string[]; message: string }[] } & Record<
  string,
  unknown
>;
const payloadOf = (data: Record<string, unknown>, field: string) => data[field] as Payload;

const OPS: Record<Operation, Operations> = {
  stockLocation: {
    query: `query ($location: ID!) { stockLocation(id: $location) { name } }`,
    done: (data, cell) => (data.stockLocation as { name: string } | null)?.name === cell.name,
  },
  stockLocations: {
    query: `query ($account: ID!) { stockLocations(accountId: $account) { name } }`,
    done: (data, cell) =>
      (data.stockLocations as { name: string }[]).some((l) => l.name === cell.name),
  },
  shipments: {
    query: `query ($location: ID!) { shipments(filter: { stockLocationId: $location }) { totalCount } }`,
    done: (data) => (data.shipments as { totalCount: number }).totalCount === 4,
  },
  deviceStockLocation: {
    query: `query ($device: ID!) { device(id: $device) { stockLocation { name } } }`,
    done: (data, cell) =>
      (data.device as { stockLocation: { name: string } | null } | null)?.stockLocation?.name ===
      cell.name,
  },
  updateStockLocation: {
    mutation: 'updateStockLocation',
    query: `mutation ($location: ID!, $newName: String!) { updateStockLocation(id: $location, input: { name: $newName }) {
      stockLocation { name } userErrors { code field message } } }`,
    done: (data, cell) =>
      (payloadOf(data, 'updateStockLocation').stockLocation as { name: string } | null)?.name ===
      `${cell.name} renamed`,
  },
  recordStockCount: {
    mutation: 'recordStockCount',
    query: `mutation ($location: ID!) { recordStockCount(stockLocationId: $location, counts: [{ sku: "C-EXV58-BK", quantity: 9 }]) {
      stockLocation { levels { quantity } } userErrors { code field message } } }`,
    done: (data) =>
      (
        payloadOf(data, 'recordStockCount').stockLocation as {
          levels: { quantity: number }[];
        } | null
      )?.levels[0]?.quantity === 9,
  },
  reportTonerLow: {
    mutation: 'reportTonerLow',
    query: `mutation ($device: ID!, $alertId: String!) { reportTonerLow(input: { alertId: $alertId, deviceId: $device, colour: BLACK, levelPercent: 5 }) {
      consumed duplicate userErrors { code field message } } }`,
    done: (data) => payloadOf(data, 'reportTonerLow').consumed === true,
  },
  dispatchShipment: {
    mutation: 'dispatchShipment',
    query: `mutation ($created: ID!) { dispatchShipment(id: $created) {
      shipment { status } userErrors { code field message } } }`,
    done: (data) =>
      (payloadOf(data, 'dispatchShipment').shipment as { status: string } | null)?.status ===
      'DISPATCHED',
  },
  confirmShipmentDelivered: {
    mutation: 'confirmShipmentDelivered',
    query: `mutation ($dispatched: ID!) { confirmShipmentDelivered(id: $dispatched) {
      shipment { status } userErrors { code field message } } }`,
    done: (data) =>
      (payloadOf(data, 'confirmShipmentDelivered').shipment as { status: string } | null)
        ?.status === 'DELIVERED',
  },
  setStockLevelTargets: {
    mutation: 'setStockLevelTargets',
    query: `mutation ($location: ID!) { setStockLevelTargets(stockLocationId: $location, levels: [{ sku: "C-EXV58-BK", minimumLevel: 3, targetLevel: 7 }]) {
      stockLocation { levels { minimumLevel } } userErrors { code field message } } }`,
    done: (data) =>
      (
        payloadOf(data, 'setStockLevelTargets').stockLocation as {
          levels: { minimumLevel: number }[];
        } | null
      )?.levels[0]?.minimumLevel === 3,
  },
  requestToner: {
    mutation: 'requestToner',
    query: `mutation ($location: ID!) { requestToner(input: { stockLocationId: $location, sku: "C-EXV58-Y", quantity: 2 }) {
      shipment { status } userErrors { code field message } } }`,
    done: (data) =>
      (payloadOf(data, 'requestToner').shipment as { status: string } | null)?.status ===
      'REQUESTED',
  },
  approveShipment: {
    mutation: 'approveShipment',
    query: `mutation ($requested: ID!) { approveShipment(id: $requested) {
      shipment { status } userErrors { code field message } } }`,
    done: (data) =>
      (payloadOf(data, 'approveShipment').shipment as { status: string } | null)?.status ===
      'CREATED',
  },
  declineShipment: {
    mutation: 'declineShipment',
    query: `mutation ($requested: ID!) { declineShipment(id: $requested, reason: "Matrix") {
      shipment { status } userErrors { code field message } } }`,
    done: (data) =>
      (payloadOf(data, 'declineShipment').shipment as { status: string } | null)?.status ===
      'DECLINED',
  },
  undoShipmentDelivery: {
    mutation: 'undoShipmentDelivery',
    query: `mutation ($delivered: ID!) { undoShipmentDelivery(id: $delivered) {
      shipment { status } userErrors { code field message } } }`,
    done: (data) =>
      (payloadOf(data, 'undoShipmentDelivery').shipment as { status: string } | null)?.status ===
      'DISPATCHED',
  },
  createStockLocation: {
    mutation: 'createStockLocation',
    query: `mutation ($account: ID!, $newName: String!) { createStockLocation(input: { accountId: $account, name: $newName, address: "Matrixvej 1" }) {
      stockLocation { name } userErrors { code field message } } }`,
    done: (data, cell) =>
      (payloadOf(data, 'createStockLocation').stockLocation as { name: string } | null)?.name ===
      `${cell.name} renamed`,
  },
};

/** The one refusal a customer gets for another's (or an invisible) object: nothing to tell apart. */
const NOT_FOUND: Partial<Record<Operation, unknown>> = {
  updateStockLocation: {
    stockLocation: null,
    userErrors: [{ code: 'NOT_FOUND', field: ['id'], message: 'No such stock location.' }],
  },
  recordStockCount: {
    stockLocation: null,
    userErrors: [
      { code: 'NOT_FOUND', field: ['stockLocationId'], message: 'No such stock location.' },
    ],
  },
  reportTonerLow: {
    consumed: false,
    duplicate: false,
    userErrors: [{ code: 'NOT_FOUND', field: ['input', 'deviceId'], message: 'No such device.' }],
  },
  dispatchShipment: {
    shipment: null,
    userErrors: [{ code: 'NOT_FOUND', field: ['id'], message: 'No such shipment.' }],
  },
  confirmShipmentDelivered: {
    shipment: null,
    userErrors: [{ code: 'NOT_FOUND', field: ['id'], message: 'No such shipment.' }],
  },
  setStockLevelTargets: {
    stockLocation: null,
    userErrors: [
      { code: 'NOT_FOUND', field: ['stockLocationId'], message: 'No such stock location.' },
    ],
  },
  requestToner: {
    shipment: null,
    userErrors: [
      {
        code: 'NOT_FOUND',
        field: ['input', 'stockLocationId'],
        message: 'No such stock location.',
      },
    ],
  },
  undoShipmentDelivery: {
    shipment: null,
    userErrors: [{ code: 'NOT_FOUND', field: ['id'], message: 'No such shipment.' }],
  },
};

let system: TestSystem;
const tokens = new Map<Caller, string>();
let customer: TestCustomer;
let other: TestCustomer;
const accounts = {} as Record<AccountKey, TestCustomer['accounts'][number]>;
const users = {} as Record<UserKey, TestUser>;
const localId = (globalId: string) =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;
const accountOf = (target: Target) => localId(accounts[TARGETS[target].account].id);

/** The customers and callers of the matrix (the demo world gives only the device model). */
async function buildCallers() {
  [customer, other] = [await createCustomer(system, { accounts: 2 }), await createCustomer(system)];
  accounts.own = customer.accounts[0]!;
  accounts.aarhus = customer.accounts[1]!;
  accounts.foreign = other.accounts[0]!;
  users.admin = customer.administrator;
  users.otherAdmin = other.administrator;
  for (const [key, spec] of Object.entries(USERS) as [UserKey, (typeof USERS)[UserKey]][]) {
    if (users[key]) continue;
    users[key] =
      'staff' in spec
        ? await createStaffUser(system, spec.staff)
        : await createUser(system, {
            organization: customer.organization.id,
            name: `Matrix ${key}`,
            grants: spec.roles.map((role) => [role, accounts[spec.account]]),
          });
  }
}

beforeAll(async () => {
  system = await startTestSystem();
  await buildCallers();
  const toner = system.subgraph('toner').dataSource;
  const now = Date.now();
  await toner.transaction(async (manager) => {
    for (const cell of CELLS) {
      await manager.insert(StockLocation, {
        id: cell.locationId,
        accountId: accountOf(cell.target),
        name: cell.name,
        address: 'Matrixvej 1',
        shippingInstructions: '',
        contactName: null,
        revision: 1,
      });
      await manager.insert(StockLevel, {
        locationId: cell.locationId,
        sku: 'C-EXV58-BK',
        quantity: 5,
        minimumLevel: 2,
        targetLevel: 6,
      });
      // A shipment of each status an operation acts on; the delivered one arrived a moment ago.
      for (const [id, status] of [
        [cell.created, 'CREATED'],
        [cell.dispatched, 'DISPATCHED'],
        [cell.requested, 'REQUESTED'],
        [cell.delivered, 'DELIVERED'],
      ] as const) {
        await manager.insert(Shipment, {
          id,
          locationId: cell.locationId,
          sku: 'C-EXV58-M',
          quantity: 2,
          status,
          reason: 'Matrix',
          reasonCode: status === 'REQUESTED' ? 'MANUAL_REQUEST' : 'TONER_LOW',
          reasonParameters: {},
          quantityReceived: status === 'DELIVERED' ? 2 : 0,
          alertId: null,
          deviceId: null,
          createdAt: new Date(now - (status === 'CREATED' ? 1000 : 2000)),
          dispatchedAt: ['DISPATCHED', 'DELIVERED'].includes(status) ? new Date(now - 1500) : null,
          deliveredAt: status === 'DELIVERED' ? new Date(now - 500) : null,
          revision: status === 'CREATED' ? 1 : 2,
        });
      }
      await manager.insert(ShipmentReceipt, {
        id: randomUUID(),
        shipmentId: cell.delivered,
        quantity: 2,
        at: new Date(),
        by: 'system:matrix',
        byName: null,
        undoneAt: null,
      });
    }
  });
  // A linked e-Maintenance device per cell, registered as devices does it; its event reaches
  // toner's projection before the first cell runs.
  await system.devices.dataSource.transaction(async (manager) => {
    for (const cell of CELLS) {
      const device = await registerDevice(manager, {
        serialNumber: cell.serial,
        modelId: fromGlobalId('DeviceModel', COLOUR_A3_MODEL)!,
        accountId: accountOf(cell.target),
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
          contractNumber: 'SC-TX-1',
          responseTimeHours: 8,
          billedMeters: ['TOTAL'],
          readingFrequency: 'MONTHLY',
        },
        eMaintenance: true,
        stockLocationId: cell.locationId,
      });
      cell.deviceId = device.id;
    }
  });
  await system.devices.relay.flush();
  for (const consumer of system.subgraph('toner').consumers) await consumer.flush();
  // Assignments are identity's; the principal carries them (resolved after this, at sign-in).
  await system.identity.dataSource.transaction(async (manager) => {
    for (const cell of CELLS) {
      const target = TARGETS[cell.target];
      for (const key of target.assignedTo) {
        await manager.insert(StockLocationAssignment, {
          userId: localId(users[key].id),
          stockLocationId: cell.locationId,
        });
      }
      if (target.deviceToManager) {
        await manager.insert(DeviceAssignment, {
          userId: localId(users.device.id),
          deviceId: cell.deviceId,
        });
      }
    }
  });
  for (const key of Object.keys(USERS) as UserKey[]) tokens.set(key, await users[key].signIn());
  // The integration: Administrator on the customer's two accounts.
  tokens.set(KEY, await createIntegrationKey(system, tokens.get('admin')!, customer.accounts));
}, 180_000);
afterAll(async () => {
  await system?.stop();
});

/** What the caller got: ok (done), NOT_FOUND, or the GraphQL error's code. */
function outcomeOf(cell: Cell, response: GraphQLResponse): string {
  if (response.errors?.length) return response.errors[0]!.extensions?.code ?? 'ERROR';
  const data = response.data!;
  const ops = OPS[cell.operation];
  if (ops.mutation) {
    const payload = payloadOf(data, ops.mutation);
    if (payload.userErrors.length) {
      // Exactly the answer for an object that does not exist.
      expect(payload).toEqual(NOT_FOUND[cell.operation]);
      return N;
    }
  }
  if (ops.done(data, cell)) return ok;
  const read = data[cell.operation === 'deviceStockLocation' ? 'device' : cell.operation] as
    { totalCount?: number; stockLocation?: unknown } | unknown[] | null;
  const nothing =
    read === null ||
    Array.isArray(read) ||
    read.totalCount === 0 ||
    (cell.operation === 'deviceStockLocation' && read.stockLocation === null);
  return nothing ? N : `unexpected ${JSON.stringify(data)}`;
}

/** Everything of the cell's that a write could change. */
async function fingerprint(cell: Cell): Promise<string> {
  const [row] = (await system.subgraph('toner').dataSource.query(
    `SELECT json_build_object(
       'location', (SELECT row_to_json(l) FROM toner.stock_location l WHERE l.id = $1),
       'levels', (SELECT json_agg(v ORDER BY v.sku) FROM toner.stock_level v WHERE v.location_id = $1),
       'shipments', (SELECT json_agg(s ORDER BY s.id) FROM toner.shipment s WHERE s.location_id = $1),
       'receipts', (SELECT json_agg(r ORDER BY r.id) FROM toner.shipment_receipt r
                     JOIN toner.shipment s ON s.id = r.shipment_id WHERE s.location_id = $1),
       'alerts', (SELECT count(*) FROM toner.toner_alert a WHERE a.location_id = $1),
       'created', (SELECT count(*) FROM toner.stock_location l WHERE l.name = $2)) AS f`,
    [cell.locationId, `${cell.name} renamed`],
  )) as { f: unknown }[];
  return JSON.stringify(row!.f);
}

describe('toner access: role x operation x own/foreign (the matrix above)', () => {
  it(`has ${CELLS.length} cells`, () => {
    expect(CELLS).toHaveLength(MATRIX.length * OPERATIONS.length);
  });

  it.each(CELLS.map((c) => [`${c.caller} on ${c.target}: ${c.operation} -> ${c.expected}`, c]))(
    '%s',
    async (_name, cell) => {
      const c = cell as Cell;
      const before = await fingerprint(c);
      const response = await system.graphql(
        OPS[c.operation].query,
        {
          location: toGlobalId('StockLocation', c.locationId),
          device: toGlobalId('Device', c.deviceId),
          created: toGlobalId('Shipment', c.created),
          dispatched: toGlobalId('Shipment', c.dispatched),
          requested: toGlobalId('Shipment', c.requested),
          delivered: toGlobalId('Shipment', c.delivered),
          account: accounts[TARGETS[c.target].account].id,
          newName: `${c.name} renamed`,
          alertId: `EM-${c.serial}`,
        },
        { token: c.user ? tokens.get(c.user) : undefined },
      );
      expect(outcomeOf(c, response)).toBe(c.expected);
      const changed = (await fingerprint(c)) !== before;
      // A refusal writes nothing; a mutation that is allowed writes.
      expect(changed).toBe(c.expected === ok && !!OPS[c.operation].mutation);
    },
  );
});
