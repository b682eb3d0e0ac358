import { nameUuid, toGlobalId } from '@portal/platform';
import { startTestSystem, type TestSystem, mailCount, tokenIn, waitForMail } from '@portal/testkit';
import {
  orderInput,
  serviceOrderApi,
  TECHNICIAN,
  visitTime,
  type Action,
  type Outcome,
} from '@portal/testkit/service-orders';

const USERS = {
  administrator: 'anna.admin@nordiskprint.example',
  deviceManager: 'dennis.device@nordiskprint.example',
  otherDeviceManager: 'dorte.both@nordiskprint.example',
  stockManager: 'sara.stock@nordiskprint.example',
  selfService: 'sune.self@nordiskprint.example',
  otherOrganisation: 'bo.admin@fjordlogistik.example',
  agent: 'agent@service.example',
  planner: 'planner@service.example',
  technician: 'tech@service.example',
  // A second technician (created in beforeAll): every order here is assigned to the first.
  unassignedTechnician: 'tove.tech@service.example',
} as const;
type Role = keyof typeof USERS;
const ROLES = Object.keys(USERS) as Role[];
const NAMES: Partial<Record<Role, string>> = {
  administrator: 'Anna Andersen',
  deviceManager: 'Dennis Dahl',
  agent: 'Aksel Agent',
  planner: 'Pia Planner',
  technician: 'Tobias Tekniker',
};
// Every order is on NP1000002: on account 100200, assigned to Dennis, linked to Sara's store.
const DEVICE = 'NP1000002';

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
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  system = await startTestSystem();
  api = serviceOrderApi(system);
  for (const role of ROLES)
    if (role !== 'unassignedTechnician') tokens[role] = await system.signIn(USERS[role]);
  tokens.unassignedTechnician = await secondTechnician();
});
afterAll(async () => {
  await system.stop();
});

function variables(action: Action, id: string): Record<string, unknown> {
  switch (action) {
    case 'schedule':
      return { id, visitAt: visitTime(), technicianId: TECHNICIAN, technicianName: 'Tobias' };
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

/** A new order on DEVICE, driven through the lifecycle to `status` by the roles allowed. */
async function orderIn(status: Status): Promise<string> {
  const { id } = await api.ok(tokens.administrator, 'create', { input: orderInput(DEVICE) });
  if (status === 'SUBMITTED') return id;
  if (status === 'CANCELLED') {
    await api.ok(tokens.administrator, 'cancel', { id, reason: 'Not needed after all.' });
    return id;
  }
  await api.ok(tokens.planner, 'acknowledge', { id });
  if (status === 'ACKNOWLEDGED') return id;
  await api.ok(tokens.planner, 'schedule', { id, visitAt: visitTime(), technicianId: TECHNICIAN });
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

/** Staff create staff: the agent invites a technician, who sets a password from the mail. */
async function secondTechnician(): Promise<string> {
  const email = USERS.unassignedTechnician;
  const since = mailCount(email);
  const created = await system.graphql<{ createStaffUser: { userErrors: unknown[] } }>(
    `mutation ($input: CreateStaffUserInput!) { createStaffUser(input: $input) { userErrors { code } } }`,
    { input: { email, name: 'Tove Tekniker', staffRole: 'TECHNICIAN' } },
    { token: tokens.agent },
  );
  expect(created.data?.createStaffUser.userErrors).toEqual([]);
  const token = tokenIn(await waitForMail(email, since));
  const accepted = await system.graphql<{ acceptInvitation: { accessToken: string | null } }>(
    `mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { accessToken userErrors { code message } } }`,
    { token, password: 'Fuser-Drum-Kalibrering-77' },
  );
  if (!accepted.data?.acceptInvitation.accessToken) throw new Error(JSON.stringify(accepted));
  return accepted.data.acceptInvitation.accessToken;
}

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
      expect(last.by).toBe(NAMES[role]);
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
