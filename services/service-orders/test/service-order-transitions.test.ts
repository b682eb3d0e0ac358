import { nameUuid, toGlobalId } from '@portal/platform';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  startTestSystem,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import {
  orderFor,
  serviceOrderApi,
  visitTime,
  type Action,
  type Outcome,
} from '@portal/testkit/service-orders';

/** Who acts, all built in beforeAll (see there for their grants). */
const ROLES = [
  'administrator',
  'deviceManager',
  'otherDeviceManager',
  'stockManager',
  'selfService',
  'otherOrganisation',
  'agent',
  'planner',
  'technician',
  // A second technician: every order here is assigned to the first.
  'unassignedTechnician',
] as const;
type Role = (typeof ROLES)[number];

type Status =
  'SUBMITTED' | 'ACKNOWLEDGED' | 'SCHEDULED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED' | 'CANCELLED';
type Expected = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';

const customers = (expected: Expected) => ({
  administrator: expected,
  deviceManager: expected,
  otherDeviceManager: expected,
  stockManager: expected,
  selfService: expected,
  otherOrganisation: expected,
});
const technicians = (technician: Expected, unassigned: Expected) => ({
  technician,
  unassignedTechnician: unassigned,
});
/** The customers who may see the device: its Administrator and its assigned Device Manager. */
const owningCustomers: Record<
  Exclude<Role, 'agent' | 'planner' | 'technician' | 'unassignedTechnician'>,
  Expected
> = {
  administrator: 'ok',
  deviceManager: 'ok',
  otherDeviceManager: 'NOT_FOUND',
  stockManager: 'NOT_FOUND',
  selfService: 'NOT_FOUND',
  otherOrganisation: 'NOT_FOUND',
};

/**
 * docs/domain.md's lifecycle by role: [action, from, to, outcome for every role]. FORBIDDEN: the
 * role never may (a GraphQL error that names no order); NOT_FOUND: the caller may not see the
 * order (the same answer as for an id that does not exist).
 */
const TABLE: [Action, Status, Status, Record<Role, Expected>][] = [
  [
    'acknowledge',
    'SUBMITTED',
    'ACKNOWLEDGED',
    {
      ...customers('FORBIDDEN'),
      agent: 'ok',
      planner: 'ok',
      ...technicians('FORBIDDEN', 'FORBIDDEN'),
    },
  ],
  [
    'schedule',
    'ACKNOWLEDGED',
    'SCHEDULED',
    {
      ...customers('FORBIDDEN'),
      agent: 'FORBIDDEN',
      planner: 'ok',
      ...technicians('FORBIDDEN', 'FORBIDDEN'),
    },
  ],
  [
    'schedule', // a new visit time or technician
    'SCHEDULED',
    'SCHEDULED',
    {
      ...customers('FORBIDDEN'),
      agent: 'FORBIDDEN',
      planner: 'ok',
      ...technicians('FORBIDDEN', 'FORBIDDEN'),
    },
  ],
  [
    'start',
    'SCHEDULED',
    'IN_PROGRESS',
    {
      ...customers('FORBIDDEN'),
      agent: 'FORBIDDEN',
      planner: 'FORBIDDEN',
      ...technicians('ok', 'NOT_FOUND'),
    },
  ],
  [
    'resolve',
    'IN_PROGRESS',
    'RESOLVED',
    {
      ...customers('FORBIDDEN'),
      agent: 'FORBIDDEN',
      planner: 'FORBIDDEN',
      ...technicians('ok', 'NOT_FOUND'),
    },
  ],
  [
    'close',
    'RESOLVED',
    'CLOSED',
    {
      ...customers('FORBIDDEN'),
      agent: 'ok',
      planner: 'ok',
      ...technicians('FORBIDDEN', 'FORBIDDEN'),
    },
  ],
  [
    'cancel',
    'SUBMITTED',
    'CANCELLED',
    { ...owningCustomers, agent: 'ok', planner: 'ok', ...technicians('FORBIDDEN', 'FORBIDDEN') },
  ],
  [
    'cancel',
    'ACKNOWLEDGED',
    'CANCELLED',
    { ...owningCustomers, agent: 'ok', planner: 'ok', ...technicians('FORBIDDEN', 'FORBIDDEN') },
  ],
  [
    'cancel',
    'SCHEDULED',
    'CANCELLED',
    { ...owningCustomers, agent: 'ok', planner: 'ok', ...technicians('FORBIDDEN', 'FORBIDDEN') },
  ],
  [
    'comment', // a public comment leaves the status
    'SCHEDULED',
    'SCHEDULED',
    { ...owningCustomers, agent: 'ok', planner: 'ok', ...technicians('ok', 'NOT_FOUND') },
  ],
];

const ALL_STATUSES: Status[] = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'SCHEDULED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
  'CANCELLED',
];
/** The statuses each transition leaves from, and who (allowed) tries it from every other. */
const LIFECYCLE: [Action, Status[], Role][] = [
  ['acknowledge', ['SUBMITTED'], 'planner'],
  ['schedule', ['ACKNOWLEDGED', 'SCHEDULED'], 'planner'],
  ['start', ['SCHEDULED'], 'technician'],
  ['resolve', ['IN_PROGRESS'], 'technician'],
  ['close', ['RESOLVED'], 'agent'],
  ['cancel', ['SUBMITTED', 'ACKNOWLEDGED', 'SCHEDULED'], 'administrator'],
];

let system: TestSystem;
let api: ReturnType<typeof serviceOrderApi>;
const users = {} as Record<Role, TestUser>;
const tokens = {} as Record<Role, string>;
/** Every order is on this device (its global id); see beforeAll. */
let device: string;

beforeAll(async () => {
  // The demo world holds the device model catalogue; everything the tests look at is built here.
  system = await startTestSystem();
  api = serviceOrderApi(system);
  const customer = await createCustomer(system, { accounts: 2 });
  const other = await createCustomer(system);
  users.agent = await createStaffUser(system, 'SERVICE_AGENT', 'Aske Agent');
  users.planner = await createStaffUser(system, 'SERVICE_PLANNER', 'Pernille Planner');
  users.technician = await createStaffUser(system, 'TECHNICIAN', 'Tove Tekniker');
  users.unassignedTechnician = await createStaffUser(system, 'TECHNICIAN', 'Tage Tekniker');
  const agentToken = await users.agent.signIn();
  const [first, second] = [customer.accounts[0]!, customer.accounts[1]!];
  // The device on the first account, linked to its store (e-Maintenance devices only link); the
  // second account has its own.
  const store = await createStockLocation(system, first, { agentToken });
  device = (
    await createDevice(system, first, { agentToken, eMaintenance: true, stockLocationId: store.id })
  ).id;
  const secondStore = await createStockLocation(system, second, { agentToken });
  const secondDevice = await createDevice(system, second, {
    agentToken,
    eMaintenance: true,
    stockLocationId: secondStore.id,
  });
  const organization = customer.organization.id;
  users.administrator = customer.administrator;
  // Assigned to the device.
  users.deviceManager = await createUser(system, {
    organization,
    name: 'Dagmar Dahl',
    grants: [['DEVICE_MANAGER', first]],
    devices: [device],
  });
  // Device and Stock Manager of the second account only.
  users.otherDeviceManager = await createUser(system, {
    organization,
    name: 'Dorte Branch',
    grants: [
      ['DEVICE_MANAGER', second],
      ['STOCK_MANAGER', second],
    ],
    devices: [secondDevice.id],
    stockLocations: [secondStore.id],
  });
  // Assigned to the store the device is linked to.
  users.stockManager = await createUser(system, {
    organization,
    name: 'Stig Stock',
    grants: [['STOCK_MANAGER', first]],
    stockLocations: [store.id],
  });
  users.selfService = await createUser(system, {
    organization,
    name: 'Signe Self',
    grants: [['SELF_SERVICE_USER', first]],
  });
  users.otherOrganisation = other.administrator;
  for (const role of ROLES) tokens[role] = await users[role].signIn();
}, 180_000);
afterAll(async () => {
  await system.stop();
});

function variables(action: Action, id: string): Record<string, unknown> {
  switch (action) {
    case 'schedule':
      return {
        id,
        visitAt: visitTime(),
        technicianId: users.technician.id,
        technicianName: 'Tove',
      };
    case 'resolve':
      return { id, comment: 'Rollers replaced; test copies are clean.' };
    case 'cancel':
      return { id, reason: 'We solved it ourselves.' };
    case 'comment':
      return { id, comment: 'The printer is in room 3.02, next to the kitchen.' };
    default:
      return { id };
  }
}

/** A new order on the device, driven through the lifecycle to `status` by the roles allowed. */
async function orderIn(status: Status): Promise<string> {
  const { id } = await api.ok(tokens.administrator, 'create', { input: orderFor(device) });
  if (status === 'SUBMITTED') return id;
  if (status === 'CANCELLED') {
    await api.ok(tokens.administrator, 'cancel', { id, reason: 'Not needed after all.' });
    return id;
  }
  await api.ok(tokens.planner, 'acknowledge', { id });
  if (status === 'ACKNOWLEDGED') return id;
  await api.ok(tokens.planner, 'schedule', {
    id,
    visitAt: visitTime(),
    technicianId: users.technician.id,
  });
  if (status === 'SCHEDULED') return id;
  await api.ok(tokens.technician, 'start', { id });
  if (status === 'IN_PROGRESS') return id;
  await api.ok(tokens.technician, 'resolve', { id, comment: 'Done.' });
  if (status === 'RESOLVED') return id;
  await api.ok(tokens.agent, 'close', { id });
  return id;
}

async function statusOf(id: string): Promise<string> {
  return (await api.order(tokens.planner, id))!.status;
}

const cases = TABLE.flatMap(([action, from, to, expected]) =>
  ROLES.map((role) => [action, from, to, role, expected[role]] as const),
);

describe('every transition by every role', () => {
  // Refusals change nothing, so they share one order per row; each success gets its own.
  const shared = new Map<string, Promise<string>>();
  const sharedOrder = (action: Action, from: Status) => {
    const key = `${action}:${from}`;
    if (!shared.has(key)) shared.set(key, orderIn(from));
    return shared.get(key)!;
  };

  it.each(cases)('%s from %s to %s by %s: %s', async (action, from, to, role, expected) => {
    const id = expected === 'ok' ? await orderIn(from) : await sharedOrder(action, from);
    const outcome: Outcome = await api.run(tokens[role], action, variables(action, id));
    if (expected === 'ok') {
      expect(outcome.error).toBeNull();
      expect(outcome.userErrors).toEqual([]);
      expect(outcome.serviceOrder!.status).toBe(to);
      const last = outcome.serviceOrder!.history.at(-1)!;
      expect(last).toMatchObject({ fromStatus: from, toStatus: to, internal: false });
      expect(last.by).toBe(users[role].name);
      if (action === 'comment' || action === 'cancel' || action === 'resolve')
        expect(last.comment).toBe(variables(action, id).comment ?? variables(action, id).reason);
    } else if (expected === 'FORBIDDEN') {
      expect(outcome.error).toBe('FORBIDDEN');
      expect(await statusOf(id)).toBe(from);
    } else {
      expect(outcome.error).toBeNull();
      expect(outcome.serviceOrder).toBeNull();
      expect(outcome.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      expect(await statusOf(id)).toBe(from);
    }
  });
});

describe('the lifecycle refuses every other transition', () => {
  const orders = new Map<Status, Promise<string>>();
  const orderInStatus = (status: Status) => {
    if (!orders.has(status)) orders.set(status, orderIn(status));
    return orders.get(status)!;
  };
  const refusals = LIFECYCLE.flatMap(([action, from, role]) =>
    ALL_STATUSES.filter((s) => !from.includes(s)).map((status) => [action, status, role] as const),
  );

  // A technician sees only the orders assigned to it: one never scheduled is not found.
  const neverAssigned = (status: Status, role: Role) =>
    role === 'technician' && ['SUBMITTED', 'ACKNOWLEDGED', 'CANCELLED'].includes(status);

  it.each(refusals)('%s from %s (by %s): refused', async (action, status, role) => {
    const id = await orderInStatus(status);
    const outcome = await api.run(tokens[role], action, variables(action, id));
    expect(outcome.error).toBeNull();
    expect(outcome.serviceOrder).toBeNull();
    expect(outcome.userErrors).toHaveLength(1);
    if (neverAssigned(status, role)) {
      expect(outcome.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['id'] });
    } else {
      expect(outcome.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', field: ['id'] });
      expect(outcome.userErrors[0]!.message).toMatch(/^SO-\d{6} is /);
    }
    expect(await statusOf(id)).toBe(status);
  });

  it('covers all 33 (transition, status) pairs the lifecycle refuses', () => {
    expect(refusals).toHaveLength(33);
  });
});

describe('an order that does not exist', () => {
  it('is not found, for customers and staff alike', async () => {
    const missing = toGlobalId('ServiceOrder', nameUuid('service-order:missing'));
    const cases = [
      ['administrator', 'cancel'],
      ['agent', 'acknowledge'],
      ['planner', 'schedule'],
      ['technician', 'start'],
    ] as const;
    for (const [role, action] of cases) {
      const outcome = await api.run(tokens[role], action, variables(action, missing));
      expect(outcome.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    }
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const id = await orderIn('SUBMITTED');
    expect((await api.run(undefined, 'cancel', variables('cancel', id))).error).toBe(
      'UNAUTHENTICATED',
    );
  });
});
