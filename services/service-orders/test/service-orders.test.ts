import { encodeCursor, fromGlobalId, sqlStatementCount } from '@portal/platform';
import { calendarFor } from '../src/domain/calendars';
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
  mailCount,
  subjectsSince,
  waitForMail,
  waitForMailWithSubject,
} from '@portal/testkit';
import {
  ORDER_FIELDS,
  orderFor,
  serviceOrderApi,
  visitTime,
  type Order,
} from '@portal/testkit/service-orders';

/**
 * Built here: a customer with two accounts and another customer, their devices and users, the
 * service centre's staff, and the orders the tests find already there (an overdue breakdown and
 * a closed order on the managed device, an order with an internal note on the branch's device,
 * and one on the other customer's device that is later decommissioned).
 */
const MANAGED = 'managed'; // assigned to the Device Manager, at the Stock Manager's store; 4 h
const MANAGED_TOO = 'managed too'; // assigned to the Device Manager
const UNASSIGNED = 'unassigned'; // on the first account, 8 h
const TO_REMOVE = 'to remove';
const SLOW = 'slow'; // 16 h
const CONTESTED = 'contested';
const BRANCH = 'branch'; // on the second account, assigned to its Device Manager
const THEIRS = 'theirs'; // the other customer's
const THEIRS_RETIRED = 'theirs retired'; // the other customer's, decommissioned by a test
type Key =
  | typeof MANAGED
  | typeof MANAGED_TOO
  | typeof UNASSIGNED
  | typeof TO_REMOVE
  | typeof SLOW
  | typeof CONTESTED
  | typeof BRANCH
  | typeof THEIRS
  | typeof THEIRS_RETIRED;
const devices = {} as Record<Key, { id: string; serialNumber: string }>;
const deviceId = (key: Key) => devices[key].id;
const serial = (key: Key) => devices[key].serialNumber;

const orderInput = (key: Key, extra: Record<string, unknown> = {}) =>
  orderFor(deviceId(key), extra);

let system: TestSystem;
let api: ReturnType<typeof serviceOrderApi>;
let customer: TestCustomer;
let other: TestCustomer;
const users = {} as Record<
  'deviceManager' | 'branchManager' | 'agent' | 'planner' | 'technician',
  TestUser
>;
/** The technician's user id. */
let TECHNICIAN: string;
let admin: string;
let deviceManager: string;
let branchManager: string;
let stockManager: string;
let selfService: string;
let otherAdmin: string;
let agent: string;
let planner: string;
let tech: string;

async function buildDevices(agentToken: string) {
  const [first, second] = [customer.accounts[0]!, customer.accounts[1]!];
  const store = await createStockLocation(system, first, { agentToken });
  const on = (account = first, options: Parameters<typeof createDevice>[2] = {}) =>
    createDevice(system, account, { agentToken, ...options });
  devices[MANAGED] = await on(first, {
    responseTimeHours: 4,
    eMaintenance: true,
    stockLocationId: store.id,
  });
  devices[MANAGED_TOO] = await on();
  devices[UNASSIGNED] = await on(first, { responseTimeHours: 8 });
  devices[TO_REMOVE] = await on();
  devices[SLOW] = await on(first, { responseTimeHours: 16 });
  devices[CONTESTED] = await on();
  devices[BRANCH] = await on(second);
  // Three more on the second account: the Administrator sees ten devices.
  for (let n = 0; n < 3; n++) await on(second);
  devices[THEIRS] = await on(other.accounts[0]!);
  devices[THEIRS_RETIRED] = await on(other.accounts[0]!);
  return store.id;
}

async function buildUsers(storeId: string) {
  const [first, second] = [customer.accounts[0]!, customer.accounts[1]!];
  const organization = customer.organization.id;
  users.deviceManager = await createUser(system, {
    organization,
    name: 'Dagmar Dahl',
    grants: [['DEVICE_MANAGER', first]],
    devices: [deviceId(MANAGED), deviceId(MANAGED_TOO)],
  });
  // A Device Manager of the second account only.
  users.branchManager = await createUser(system, {
    organization,
    name: 'Dorte Branch',
    grants: [['DEVICE_MANAGER', second]],
    devices: [deviceId(BRANCH)],
  });
  const stock = await createUser(system, {
    organization,
    name: 'Stig Stock',
    grants: [['STOCK_MANAGER', first]],
    stockLocations: [storeId],
  });
  const self = await createUser(system, {
    organization,
    name: 'Signe Self',
    grants: [['SELF_SERVICE_USER', first]],
  });
  TECHNICIAN = users.technician.id;
  [admin, deviceManager, branchManager, stockManager, selfService, otherAdmin, planner, tech] =
    await Promise.all(
      [
        customer.administrator,
        users.deviceManager,
        users.branchManager,
        stock,
        self,
        other.administrator,
        users.planner,
        users.technician,
      ].map((user) => user.signIn()),
    );
}

/** The orders the tests find already there (see the top of the file). */
async function buildOrders() {
  const breakdown = await api.ok(deviceManager, 'create', {
    input: orderInput(MANAGED, { type: 'BREAKDOWN' }),
  });
  await api.ok(planner, 'acknowledge', { id: breakdown.id });
  // Its due time passed without a response: the clock moved on, nothing else.
  await system
    .subgraph('service-orders')
    .dataSource.query(
      `UPDATE service_orders.service_order SET response_due_at = now() - interval '1 hour' WHERE id = $1`,
      [fromGlobalId('ServiceOrder', breakdown.id)],
    );
  const done = await api.ok(deviceManager, 'create', { input: orderInput(MANAGED) });
  await api.ok(planner, 'acknowledge', { id: done.id });
  await api.ok(planner, 'schedule', {
    id: done.id,
    visitAt: visitTime(),
    technicianId: TECHNICIAN,
  });
  await api.ok(tech, 'start', { id: done.id });
  await api.ok(tech, 'resolve', { id: done.id, comment: 'Fuser replaced.' });
  await api.ok(agent, 'close', { id: done.id });
  const branch = await api.ok(branchManager, 'create', { input: orderInput(BRANCH) });
  await api.ok(agent, 'comment', { id: branch.id, comment: 'Second call.', internal: true });
  await api.ok(agent, 'acknowledge', { id: branch.id });
  await api.ok(otherAdmin, 'create', { input: orderInput(THEIRS_RETIRED) });
}

beforeAll(async () => {
  // The demo world holds the device model catalogue; the tests look only at what is built here.
  system = await startTestSystem();
  api = serviceOrderApi(system);
  [customer, other] = [await createCustomer(system, { accounts: 2 }), await createCustomer(system)];
  users.agent = await createStaffUser(system, 'SERVICE_AGENT', 'Aske Agent');
  users.planner = await createStaffUser(system, 'SERVICE_PLANNER', 'Pernille Planner');
  users.technician = await createStaffUser(system, 'TECHNICIAN', 'Tove Tekniker');
  agent = await users.agent.signIn();
  await buildUsers(await buildDevices(agent));
  await buildOrders();
}, 180_000);
afterAll(async () => {
  await system.stop();
});

const calendar = calendarFor('DK');
const sequenceOf = (order: Pick<Order, 'number'>) => Number(order.number.slice(3));

interface Listed {
  totalCount: number;
  edges: { cursor: string; node: Order }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function list(
  token: string,
  filter: Record<string, unknown> = {},
  page: { first?: number; after?: string | null } = { first: 100 },
): Promise<Listed> {
  const result = await system.graphql<{ serviceOrders: Listed }>(
    `query ($filter: ServiceOrderFilter, $first: Int, $after: String) {
       serviceOrders(filter: $filter, first: $first, after: $after) {
         totalCount edges { cursor node { ${ORDER_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
    { filter, ...page },
    { token },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.serviceOrders;
}

/** Polls until `check` holds (event delivery into the projection is asynchronous). */
async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function projectedStatus(key: Key): Promise<string | undefined> {
  const rows = (await system
    .subgraph('service-orders')
    .dataSource.query(`SELECT status FROM service_orders.device_projection WHERE device_id = $1`, [
      fromGlobalId('Device', deviceId(key)),
    ])) as { status: string }[];
  return rows[0]?.status;
}

describe('creating a service order', () => {
  it('numbers orders sequentially (SO-000123), on the portal channel, with one history line', async () => {
    const first = await api.ok(admin, 'create', {
      input: orderInput(UNASSIGNED, { errorCode: ' e000007 ' }),
    });
    const second = await api.ok(admin, 'create', { input: orderInput(UNASSIGNED) });
    expect(first.number).toMatch(/^SO-\d{6}$/);
    expect(sequenceOf(second)).toBe(sequenceOf(first) + 1);
    expect(first).toMatchObject({
      status: 'SUBMITTED',
      channel: 'PORTAL',
      type: 'MAINTENANCE',
      errorCode: 'E000007',
      contactName: 'Facility desk',
      contactPhone: '+45 33 12 34 56',
      respondedAt: null,
      responseOverdue: false,
      technicianName: null,
      technician: null,
      device: { id: deviceId(UNASSIGNED), serialNumber: serial(UNASSIGNED) },
    });
    expect(first.history).toEqual([
      {
        at: first.submittedAt,
        by: customer.administrator.name,
        fromStatus: null,
        toStatus: 'SUBMITTED',
        comment: null,
        internal: false,
      },
    ]);
  });

  it('receives it at once in business hours, else at the next opening, and counts the contract hours in business hours', async () => {
    for (const [key, hours] of [
      [MANAGED, 4],
      [UNASSIGNED, 8],
      [SLOW, 16],
    ] as const) {
      const order = await api.ok(admin, 'create', { input: orderInput(key) });
      const submittedAt = new Date(order.submittedAt);
      const receivedAt = calendar.receivedAt(submittedAt);
      expect(order.receivedAt).toBe(receivedAt.toISOString());
      expect(order.responseDueAt).toBe(calendar.addBusinessHours(receivedAt, hours).toISOString());
      expect(Date.parse(order.submittedAt)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('lets a Device Manager create orders for its assigned devices only', async () => {
    const own = await api.ok(deviceManager, 'create', { input: orderInput(MANAGED_TOO) });
    expect(own.history[0]!.by).toBe(users.deviceManager.name);
    const other = await api.run(deviceManager, 'create', { input: orderInput(UNASSIGNED) });
    expect(other).toMatchObject({ serviceOrder: null, error: null });
    expect(other.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'deviceId'], message: 'No such device.' },
    ]);
  });

  it('takes orders by phone from a Service agent; planners and technicians may not create', async () => {
    const byPhone = await api.ok(agent, 'create', {
      input: orderInput(THEIRS, { contactName: 'Birk Berg' }),
    });
    expect(byPhone).toMatchObject({ channel: 'PHONE', status: 'SUBMITTED' });
    expect(byPhone.history[0]!.by).toBe(users.agent.name);
    expect((await api.run(planner, 'create', { input: orderInput(THEIRS) })).error).toBe(
      'FORBIDDEN',
    );
    expect((await api.run(tech, 'create', { input: orderInput(THEIRS) })).error).toBe('FORBIDDEN');
  });

  it('reports a device the caller may not order for as not found', async () => {
    const cases: [string, Key][] = [
      [otherAdmin, MANAGED], // another organisation's
      [stockManager, MANAGED], // a Stock Manager sees the device, but orders nothing
      [selfService, MANAGED], // Self-Service users see no devices
      [branchManager, MANAGED], // a Device Manager of another account
    ];
    for (const [token, key] of cases) {
      const outcome = await api.run(token, 'create', { input: orderInput(key) });
      expect(outcome.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    }
    const malformed = await api.run(admin, 'create', {
      input: { ...orderInput(MANAGED), deviceId: 'not-an-id' },
    });
    expect(malformed.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('refuses incomplete or unbounded input with INVALID_INPUT for each field', async () => {
    const outcome = await api.run(admin, 'create', {
      input: orderInput(UNASSIGNED, {
        description: 'x'.repeat(2001),
        errorCode: 'E 7!',
        contactName: '   ',
        contactPhone: 'call reception',
        contactEmail: 'not-an-address',
      }),
    });
    expect(outcome.serviceOrder).toBeNull();
    expect(outcome.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['input', 'description']],
      ['INVALID_INPUT', ['input', 'errorCode']],
      ['INVALID_INPUT', ['input', 'contactName']],
      ['INVALID_INPUT', ['input', 'contactPhone']],
      ['INVALID_INPUT', ['input', 'contactEmail']],
    ]);
    const empty = await api.run(admin, 'create', {
      input: orderInput(UNASSIGNED, { description: ' ' }),
    });
    expect(empty.userErrors.map((e) => e.field)).toEqual([['input', 'description']]);
    const longest = await api.run(admin, 'create', {
      input: orderInput(UNASSIGNED, { description: 'y'.repeat(2000) }),
    });
    expect(longest.userErrors).toEqual([]);
  });

  it('refuses a second open breakdown order for a device and points at the open one', async () => {
    const [open] = (
      await list(agent, { deviceId: deviceId(MANAGED), status: ['ACKNOWLEDGED'] })
    ).edges.map((e) => e.node);
    const refused = await api.run(deviceManager, 'create', {
      input: orderInput(MANAGED, { type: 'BREAKDOWN' }),
    });
    expect(refused.userErrors).toEqual([
      {
        code: 'DUPLICATE_OPEN_ORDER',
        field: ['input', 'deviceId'],
        message: expect.stringContaining(open!.number),
      },
    ]);
    expect(refused.serviceOrder).toMatchObject({ id: open!.id, status: 'ACKNOWLEDGED' });

    // The unassigned device has no open breakdown, so the first is taken and the second refused.
    const first = await api.ok(admin, 'create', {
      input: orderInput(UNASSIGNED, { type: 'BREAKDOWN' }),
    });
    const second = await api.run(admin, 'create', {
      input: orderInput(UNASSIGNED, { type: 'BREAKDOWN' }),
    });
    expect(second.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_OPEN_ORDER']);
    expect(second.serviceOrder!.number).toBe(first.number);
    // Other types are no duplicates; a cancelled breakdown is no longer open.
    await api.ok(admin, 'create', { input: orderInput(UNASSIGNED, { type: 'MOVE' }) });
    await api.ok(admin, 'cancel', { id: first.id, reason: 'Raised twice by mistake.' });
    await api.ok(admin, 'create', { input: orderInput(UNASSIGNED, { type: 'BREAKDOWN' }) });
  });

  it('accepts exactly one of five concurrent breakdown orders for the same device', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.run(admin, 'create', { input: orderInput(CONTESTED, { type: 'BREAKDOWN' }) }),
      ),
    );
    const accepted = outcomes.filter((o) => o.userErrors.length === 0);
    expect(accepted).toHaveLength(1);
    for (const refused of outcomes.filter((o) => o.userErrors.length > 0)) {
      expect(refused.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_OPEN_ORDER']);
      expect(refused.serviceOrder!.id).toBe(accepted[0]!.serviceOrder!.id);
    }
  });

  it('refuses devices that are not ACTIVE with DEVICE_NOT_ACTIVE', async () => {
    const removal = await system.graphql(
      `mutation ($id: ID!) { requestDeviceRemoval(deviceId: $id, reason: "Sold with the building.") { userErrors { code } } }`,
      { id: deviceId(TO_REMOVE) },
      { token: admin },
    );
    expect(removal.errors).toBeUndefined();
    await until(async () => (await projectedStatus(TO_REMOVE)) === 'REMOVAL_REQUESTED');
    const removed = await api.run(admin, 'create', { input: orderInput(TO_REMOVE) });
    expect(removed.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['DEVICE_NOT_ACTIVE', ['input', 'deviceId']],
    ]);

    const decommissioned = await system.graphql(
      `mutation ($id: ID!) { decommissionDevice(deviceId: $id, reason: "Scrapped.") { userErrors { code } } }`,
      { id: deviceId(THEIRS_RETIRED) },
      { token: agent },
    );
    expect(decommissioned.errors).toBeUndefined();
    await until(async () => (await projectedStatus(THEIRS_RETIRED)) === 'DECOMMISSIONED');
    expect(
      (await api.run(agent, 'create', { input: orderInput(THEIRS_RETIRED) })).userErrors[0]!.code,
    ).toBe('DEVICE_NOT_ACTIVE');
    // Customers no longer see a decommissioned device, but still read its orders' history.
    expect(
      (await api.run(otherAdmin, 'create', { input: orderInput(THEIRS_RETIRED) })).userErrors[0]!
        .code,
    ).toBe('NOT_FOUND');
    const history = await list(otherAdmin, { deviceId: deviceId(THEIRS_RETIRED) });
    expect(history.totalCount).toBeGreaterThan(0);
    expect(history.edges[0]!.node.device).toEqual({
      id: deviceId(THEIRS_RETIRED),
      serialNumber: serial(THEIRS_RETIRED),
    });
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    expect((await api.run(undefined, 'create', { input: orderInput(UNASSIGNED) })).error).toBe(
      'UNAUTHENTICATED',
    );
    const result = await system.graphql(`{ serviceOrders { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the response-time SLA', () => {
  async function scheduled(key: Key): Promise<Order> {
    const order = await api.ok(admin, 'create', { input: orderInput(key) });
    await api.ok(planner, 'acknowledge', { id: order.id });
    return api.ok(planner, 'schedule', {
      id: order.id,
      visitAt: visitTime(),
      technicianId: TECHNICIAN,
    });
  }

  it('is met when the technician starts by the due time', async () => {
    const order = await scheduled(MANAGED_TOO);
    const started = await api.ok(tech, 'start', { id: order.id });
    expect(started.status).toBe('IN_PROGRESS');
    expect(Date.parse(started.respondedAt!)).toBeLessThanOrEqual(Date.parse(started.responseDueAt));
    expect(started.responseOverdue).toBe(false);
    // The first start is the response: it stays when the order later moves on.
    const resolved = await api.ok(tech, 'resolve', { id: order.id, comment: 'Cleaned.' });
    expect(resolved.respondedAt).toBe(started.respondedAt);
  });

  it('flags a missing response as overdue at read time, and a late one stays flagged', async () => {
    const order = await scheduled(SLOW);
    // The due time moves two seconds ahead; nothing but the clock changes after that.
    await system
      .subgraph('service-orders')
      .dataSource.query(
        `UPDATE service_orders.service_order SET response_due_at = now() + interval '2 seconds' WHERE id = $1`,
        [fromGlobalId('ServiceOrder', order.id)],
      );
    expect((await api.order(admin, order.id))!.responseOverdue).toBe(false);
    const overdueBefore = await list(admin, { overdue: true });
    expect(overdueBefore.edges.map((e) => e.node.id)).not.toContain(order.id);

    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect((await api.order(admin, order.id))!.responseOverdue).toBe(true);
    const overdueAfter = await list(admin, { overdue: true });
    expect(overdueAfter.edges.map((e) => e.node.id)).toContain(order.id);
    expect(overdueAfter.totalCount).toBe(overdueBefore.totalCount + 1);

    const late = await api.ok(tech, 'start', { id: order.id });
    expect(Date.parse(late.respondedAt!)).toBeGreaterThan(Date.parse(late.responseDueAt));
    expect(late.responseOverdue).toBe(true);
  });

  it('shows the overdue order to customers and staff alike', async () => {
    const staff = await list(agent, { overdue: true, status: ['ACKNOWLEDGED'] });
    const customer = await list(deviceManager, { overdue: true, status: ['ACKNOWLEDGED'] });
    expect(customer.edges.map((e) => e.node.number)).toEqual(
      staff.edges
        .filter((e) => e.node.device.serialNumber === serial(MANAGED))
        .map((e) => e.node.number),
    );
    expect(customer.edges[0]!.node).toMatchObject({ responseOverdue: true, respondedAt: null });
  });
});

describe('listing service orders', () => {
  it('shows customers the orders of the devices they may see, newest first; Stock Managers and Self-Service users none', async () => {
    const serials = async (token: string) =>
      new Set((await list(token)).edges.map((e) => e.node.device.serialNumber));
    expect([...(await serials(deviceManager))].sort()).toEqual(
      [serial(MANAGED), serial(MANAGED_TOO)].sort(),
    );
    expect([...(await serials(branchManager))]).toEqual([serial(BRANCH)]);
    const theirs = [serial(THEIRS), serial(THEIRS_RETIRED)];
    const otherSerials = [...(await serials(otherAdmin))];
    expect(otherSerials.length).toBeGreaterThan(0);
    expect(otherSerials.every((s) => theirs.includes(s))).toBe(true);
    const admins = await list(admin);
    const ours = (Object.keys(devices) as Key[]).filter((k) => !k.startsWith('theirs')).map(serial);
    expect(admins.edges.every((e) => ours.includes(e.node.device.serialNumber))).toBe(true);
    expect(admins.edges.some((e) => e.node.device.serialNumber === serial(BRANCH))).toBe(true);
    const submitted = admins.edges.map((e) => Date.parse(e.node.submittedAt));
    expect(submitted).toEqual([...submitted].sort((a, b) => b - a));
    for (const token of [stockManager, selfService])
      expect(await list(token)).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("shows staff every order as the service centre's queue, by response due time", async () => {
    const queue = await list(agent);
    const all = (await system
      .subgraph('service-orders')
      .dataSource.query('SELECT count(*)::int AS n FROM service_orders.service_order')) as {
      n: number;
    }[];
    expect(queue.totalCount).toBe(all[0]!.n);
    const due = queue.edges.map((e) => Date.parse(e.node.responseDueAt));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    // Both customers' orders are in it.
    const serials = new Set(queue.edges.map((e) => e.node.device.serialNumber));
    expect(serials.has(serial(MANAGED))).toBe(true);
    expect(serials.has(serial(THEIRS_RETIRED))).toBe(true);
  });

  it('pages through the queue with a cursor', async () => {
    const whole = (await list(planner, {}, { first: 6 })).edges.map((e) => e.node.number);
    const first = await list(planner, {}, { first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await list(planner, {}, { first: 3, after: first.pageInfo.endCursor });
    expect([...first.edges, ...next.edges].map((e) => e.node.number)).toEqual(whole);
    const bad = await system.graphql(
      `{ serviceOrders(after: "nonsense") { totalCount } }`,
      {},
      {
        token: planner,
      },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await system.graphql(
      `query ($after: String) { serviceOrders(after: $after) { totalCount } }`,
      { after: encodeCursor(['yesterday', '1; DROP TABLE x']) },
      { token: planner },
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by status, device, account and overdue', async () => {
    const acknowledged = await list(admin, { status: ['ACKNOWLEDGED'] });
    expect(acknowledged.totalCount).toBeGreaterThan(0);
    expect(acknowledged.edges.every((e) => e.node.status === 'ACKNOWLEDGED')).toBe(true);
    const device = await list(admin, { deviceId: deviceId(MANAGED) });
    expect(device.edges.every((e) => e.node.device.serialNumber === serial(MANAGED))).toBe(true);
    const aarhus = await list(admin, {
      accountId: customer.accounts[1]!.id,
    });
    expect(aarhus.edges.map((e) => e.node.device.serialNumber)).toEqual([serial(BRANCH)]);
    const overdue = await list(agent, { overdue: true });
    const onTime = await list(agent, { overdue: false });
    expect(overdue.edges.every((e) => e.node.responseOverdue)).toBe(true);
    expect(onTime.edges.every((e) => !e.node.responseOverdue)).toBe(true);
    expect(overdue.totalCount + onTime.totalCount).toBe((await list(agent)).totalCount);
    // Another organisation's account or device filters to nothing, like an unknown one.
    expect((await list(otherAdmin, { deviceId: deviceId(MANAGED) })).totalCount).toBe(0);
  });

  it("answers null for another organisation's order", async () => {
    const [adminsOrder] = (await list(admin, {}, { first: 1 })).edges;
    expect(await api.order(otherAdmin, adminsOrder!.node.id)).toBeNull();
    expect(await api.order(stockManager, adminsOrder!.node.id)).toBeNull();
    expect((await api.order(agent, adminsOrder!.node.id))!.id).toBe(adminsOrder!.node.id);
  });
});

describe('internal notes', () => {
  it("never reach customers: not in an earlier order's history, not in new ones", async () => {
    const staffView = (await list(agent, { deviceId: deviceId(BRANCH) })).edges[0]!.node;
    const customerView = (await api.order(admin, staffView.id))!;
    expect(staffView.history.some((line) => line.internal)).toBe(true);
    expect(customerView.history).toEqual(staffView.history.filter((line) => !line.internal));

    const order = await api.ok(deviceManager, 'create', { input: orderInput(MANAGED_TOO) });
    await api.ok(agent, 'comment', {
      id: order.id,
      comment: 'Customer has asked three times this month; consider a replacement.',
      internal: true,
    });
    await api.ok(agent, 'comment', { id: order.id, comment: 'We will call you before noon.' });
    await api.ok(deviceManager, 'comment', { id: order.id, comment: 'Ring reception on arrival.' });
    const seenByCustomer = (await api.order(deviceManager, order.id))!.history;
    const seenByStaff = (await api.order(planner, order.id))!.history;
    expect(seenByStaff.map((l) => [l.by, l.internal, l.comment])).toEqual([
      [users.deviceManager.name, false, null],
      [
        users.agent.name,
        true,
        'Customer has asked three times this month; consider a replacement.',
      ],
      [users.agent.name, false, 'We will call you before noon.'],
      [users.deviceManager.name, false, 'Ring reception on arrival.'],
    ]);
    expect(seenByCustomer).toEqual(seenByStaff.filter((l) => !l.internal));
    // A comment leaves the status as it was.
    expect(
      seenByStaff.every(
        (l, i) => i === 0 || (l.fromStatus === 'SUBMITTED' && l.toStatus === 'SUBMITTED'),
      ),
    ).toBe(true);
  });

  it('cannot be written by customers', async () => {
    const order = await api.ok(deviceManager, 'create', { input: orderInput(MANAGED_TOO) });
    const outcome = await api.run(deviceManager, 'comment', {
      id: order.id,
      comment: 'Psst',
      internal: true,
    });
    expect(outcome.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['internal']],
    ]);
    expect((await api.order(planner, order.id))!.history).toHaveLength(1);
  });
});

describe('the service centre and the customer read the same order', () => {
  it('shows the customer a status change made by the planner on its next request', async () => {
    const order = await api.ok(deviceManager, 'create', { input: orderInput(MANAGED) });
    expect((await api.order(deviceManager, order.id))!.status).toBe('SUBMITTED');

    await api.ok(planner, 'acknowledge', { id: order.id, comment: 'We are on it.' });
    const acknowledged = (await api.order(deviceManager, order.id))!;
    expect(acknowledged.status).toBe('ACKNOWLEDGED');
    expect(acknowledged.history.at(-1)).toMatchObject({
      by: users.planner.name,
      fromStatus: 'SUBMITTED',
      toStatus: 'ACKNOWLEDGED',
      comment: 'We are on it.',
    });
    expect(
      (await list(deviceManager, { status: ['ACKNOWLEDGED'] })).edges.map((e) => e.node.id),
    ).toContain(order.id);

    const visitAt = visitTime();
    await api.ok(planner, 'schedule', {
      id: order.id,
      visitAt,
      technicianId: TECHNICIAN,
      technicianName: users.technician.name,
    });
    const scheduled = (await api.order(deviceManager, order.id))!;
    expect(scheduled).toMatchObject({
      status: 'SCHEDULED',
      scheduledVisitAt: visitAt,
      technicianName: users.technician.name,
      // Customers see the technician's name, not the staff user.
      technician: null,
    });
    const staff = await system.graphql<{
      serviceOrder: { technician: { id: string; name: string; staffRole: string } };
    }>(
      `query ($id: ID!) { serviceOrder(id: $id) { technician { id name staffRole } } }`,
      { id: order.id },
      { token: planner },
    );
    expect(staff.data!.serviceOrder.technician).toEqual({
      id: TECHNICIAN,
      name: users.technician.name,
      staffRole: 'TECHNICIAN',
    });
  });

  it('schedules only an active technician: a customer, an agent, a made-up id and a technician yet to sign up are refused', async () => {
    const order = await api.ok(admin, 'create', {
      input: orderInput(UNASSIGNED, { type: 'OTHER' }),
    });
    await api.ok(agent, 'acknowledge', { id: order.id });
    const invited = await system.graphql<{ createStaffUser: { user: { id: string } } }>(
      `mutation { createStaffUser(input: { email: "new.tech@testkit.example", name: "Nina Ny", staffRole: TECHNICIAN }) { user { id } } }`,
      {},
      { token: agent },
    );
    const notTechnicians = [
      other.administrator.id,
      users.agent.id,
      // A made-up id (the User global id of an all-zero UUID).
      Buffer.from('User:00000000-0000-4000-8000-000000000000').toString('base64url'),
      invited.data!.createStaffUser.user.id,
    ];
    for (const technicianId of notTechnicians) {
      const refusal = await api.run(planner, 'schedule', {
        id: order.id,
        visitAt: visitTime(),
        technicianId,
        technicianName: 'Birk Berg',
      });
      expect(refusal.userErrors).toEqual([
        expect.objectContaining({ code: 'TECHNICIAN_NOT_FOUND', field: ['technicianId'] }),
      ]);
    }
    expect((await api.order(admin, order.id))!).toMatchObject({
      status: 'ACKNOWLEDGED',
      technicianName: null,
    });
    // The real technician: customers read its name as identity knows it, whatever was typed.
    const scheduled = await api.ok(planner, 'schedule', {
      id: order.id,
      visitAt: visitTime(),
      technicianId: TECHNICIAN,
      technicianName: 'Birk Berg',
    });
    expect(scheduled.technicianName).toBe(users.technician.name);
  });
});

describe("a technician's work", () => {
  it("is the orders assigned to it: others, their devices' order lists included, are not found", async () => {
    const order = await api.ok(admin, 'create', { input: orderInput(MANAGED_TOO) });
    await api.ok(agent, 'acknowledge', { id: order.id });
    const seen = async () => ({
      order: (await api.order(tech, order.id))?.id ?? null,
      listed: (
        await system.graphql<{ serviceOrders: { edges: { node: { id: string } }[] } }>(
          `query ($d: ID!) { serviceOrders(filter: { deviceId: $d }, first: 100) { edges { node { id } } } }`,
          { d: deviceId(MANAGED_TOO) },
          { token: tech },
        )
      ).data!.serviceOrders.edges.some((e) => e.node.id === order.id),
    });
    expect(await seen()).toEqual({ order: null, listed: false });
    expect((await api.run(tech, 'comment', { id: order.id, comment: 'Hello' })).userErrors).toEqual(
      [expect.objectContaining({ code: 'NOT_FOUND' })],
    );
    await api.ok(planner, 'schedule', {
      id: order.id,
      visitAt: visitTime(),
      technicianId: TECHNICIAN,
    });
    expect(await seen()).toEqual({ order: order.id, listed: true });
  });
});

describe('a device and its orders', () => {
  const DEVICE_ORDERS = `query ($id: ID!, $status: [ServiceOrderStatus!], $first: Int, $after: String) {
    device(id: $id) { serialNumber openServiceOrderCount
      serviceOrders(status: $status, first: $first, after: $after) {
        totalCount edges { node { number status } } pageInfo { hasNextPage endCursor } } } }`;
  type DeviceOrders = {
    device: {
      serialNumber: string;
      openServiceOrderCount: number;
      serviceOrders: {
        totalCount: number;
        edges: { node: { number: string; status: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  };

  it("lists the device's orders newest first and counts the open ones", async () => {
    const id = deviceId(MANAGED);
    const result = await system.graphql<DeviceOrders>(
      DEVICE_ORDERS,
      { id },
      { token: deviceManager },
    );
    expect(result.errors).toBeUndefined();
    const listed = await list(deviceManager, { deviceId: id });
    const device = result.data!.device!;
    expect(device.serviceOrders.totalCount).toBe(listed.totalCount);
    expect(device.openServiceOrderCount).toBe(
      listed.edges.filter((e) =>
        ['SUBMITTED', 'ACKNOWLEDGED', 'SCHEDULED', 'IN_PROGRESS'].includes(e.node.status),
      ).length,
    );
    const numbers = device.serviceOrders.edges.map((e) => sequenceOf(e.node));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    const closed = await system.graphql<DeviceOrders>(
      DEVICE_ORDERS,
      { id, status: ['CLOSED'] },
      { token: deviceManager },
    );
    expect(closed.data!.device!.serviceOrders.edges.map((e) => e.node.status)).toEqual(['CLOSED']);

    const page = await system.graphql<DeviceOrders>(
      DEVICE_ORDERS,
      { id, first: 1 },
      { token: deviceManager },
    );
    const rest = await system.graphql<DeviceOrders>(
      DEVICE_ORDERS,
      { id, first: 100, after: page.data!.device!.serviceOrders.pageInfo.endCursor },
      { token: deviceManager },
    );
    expect(
      [...page.data!.device!.serviceOrders.edges, ...rest.data!.device!.serviceOrders.edges].map(
        (e) => e.node.number,
      ),
    ).toEqual(device.serviceOrders.edges.map((e) => e.node.number));
  });

  it('shows a Stock Manager the device but none of its orders', async () => {
    const result = await system.graphql<DeviceOrders>(
      DEVICE_ORDERS,
      { id: deviceId(MANAGED) },
      { token: stockManager },
    );
    expect(result.data!.device).toMatchObject({
      serialNumber: serial(MANAGED),
      openServiceOrderCount: 0,
      serviceOrders: { totalCount: 0, edges: [] },
    });
  });

  it('costs the same SQL statements in service-orders for 9 devices as for 3', async () => {
    const statements = async (first: number): Promise<number> => {
      // Background pumps (event consumer, mail) poll the same counter: keep the fewest of five.
      let fewest = Infinity;
      for (let run = 0; run < 5; run++) {
        const before = sqlStatementCount('service-orders');
        const result = await system.graphql<{ devices: { edges: unknown[] } }>(
          `query ($first: Int) { devices(first: $first) { edges { node { serialNumber openServiceOrderCount
             serviceOrders(first: 2) { totalCount edges { node { number history { by } } } } } } } }`,
          { first },
          { token: admin },
        );
        expect(result.errors).toBeUndefined();
        expect(result.data!.devices.edges).toHaveLength(first);
        fewest = Math.min(fewest, sqlStatementCount('service-orders') - before);
      }
      return fewest;
    };
    const three = await statements(3);
    expect(await statements(9)).toBe(three);
    expect(three).toBeLessThanOrEqual(6);
  });
});

describe('mail to the on-site contact', () => {
  it('goes out on acknowledgement, scheduling and resolution', async () => {
    // The contact is the Device Manager who raised the order: its own, confirmed, e-mail.
    const contact = users.deviceManager.email;
    const order = await api.ok(deviceManager, 'create', {
      input: orderInput(MANAGED_TOO, { contactName: 'Karen Kontakt', contactEmail: contact }),
    });
    expect(order.contactEmail).toBe(contact);
    const since = mailCount(contact);

    await api.ok(planner, 'acknowledge', { id: order.id });
    const acknowledged = await waitForMailWithSubject(
      contact,
      since,
      `Serviceordre ${order.number} er modtaget / Service order ${order.number} acknowledged`,
    );
    expect(acknowledged.text).toContain('Hej Karen Kontakt');
    expect(acknowledged.text).toContain(`printer ${serial(MANAGED_TOO)}`);
    expect(acknowledged.text).toContain('vender tilbage senest');
    expect(acknowledged.html).toContain('Hej Karen Kontakt');

    await api.ok(planner, 'schedule', {
      id: order.id,
      visitAt: visitTime(),
      technicianId: TECHNICIAN,
      // A typed name is ignored: the mail names the technician identity knows.
      technicianName: 'Somebody Else',
    });
    const scheduled = await waitForMailWithSubject(
      contact,
      since,
      `Servicebesøg planlagt: ${order.number} / Service visit scheduled: ${order.number}`,
    );
    expect(scheduled.text).toContain(`The technician is ${users.technician.name}.`);

    await api.ok(tech, 'start', { id: order.id });
    // The contact is the raiser too: identity notifies it of the step without a contact mail
    // (tests/system/notifications.test.ts), and of no step the contact mail already covered.
    await waitForMailWithSubject(contact, since, `Serviceordre ${order.number} er i gang`);
    await api.ok(tech, 'resolve', { id: order.id, comment: 'Pickup roller replaced.' });
    const resolved = await waitForMailWithSubject(
      contact,
      since,
      `Serviceordre ${order.number} er løst / Service order ${order.number} resolved`,
    );
    expect(resolved.text).toContain('Pickup roller replaced.');
    await new Promise((r) => setTimeout(r, 1500));
    const about = subjectsSince(contact, since).filter((s) => s.includes(order.number));
    expect(about).toHaveLength(4);
  });

  it('never mails an address a customer merely typed: the customer who raised the order gets the mails', async () => {
    const stranger = 'stranger.so-mail@elsewhere.example';
    const administrator = customer.administrator.email;
    const order = await api.ok(branchManager, 'create', {
      input: orderInput(BRANCH, { contactName: 'Sam Stranger', contactEmail: stranger }),
    });
    // What the customer typed is kept as the contact's e-mail, for the service centre to see.
    expect(order.contactEmail).toBe(stranger);
    const since = mailCount(users.branchManager.email);
    await api.ok(planner, 'acknowledge', { id: order.id });
    const mail = await waitForMailWithSubject(
      users.branchManager.email,
      since,
      `Serviceordre ${order.number} er modtaget / Service order ${order.number} acknowledged`,
    );
    expect(mail.subject).toContain(order.number);
    expect(mailCount(stranger)).toBe(0);

    // The service centre takes the address from the customer on the phone: that one is mailed.
    const sinceAdministrator = mailCount(administrator);
    const byPhone = await api.ok(agent, 'create', {
      input: orderInput(SLOW, { contactName: 'Tina Telefon', contactEmail: administrator }),
    });
    await api.ok(planner, 'acknowledge', { id: byPhone.id });
    await waitForMail(administrator, sinceAdministrator);
  });

  it('escapes customer-written text in the HTML part and keeps it to one line', async () => {
    const contact = users.branchManager.email;
    const name =
      '<img src="https://tracker.example/p.gif"> Eve</p><a href="https://evil.example">Log in</a>\nYour account is locked';
    const order = await api.ok(branchManager, 'create', {
      input: orderInput(BRANCH, { contactName: name, contactEmail: contact }),
    });
    const since = mailCount(contact);
    await api.ok(planner, 'acknowledge', { id: order.id });
    const mail = await waitForMailWithSubject(
      contact,
      since,
      `Serviceordre ${order.number} er modtaget / Service order ${order.number} acknowledged`,
    );
    expect(mail.html).toContain(
      '&lt;img src=&quot;https://tracker.example/p.gif&quot;&gt; Eve&lt;/p&gt;&lt;a href=&quot;https://evil.example&quot;&gt;Log in&lt;/a&gt; Your account is locked',
    );
    expect(mail.html).not.toMatch(/<img|<a href="https:\/\/evil/);
    // The plain-text part: the name on one line, so it cannot forge lines of the mail.
    expect(mail.text.split(/\r?\n/)).toContain(
      'Hej <img src="https://tracker.example/p.gif"> Eve</p><a href="https://evil.example">Log in</a> Your account is locked',
    );
  });

  it('is not queued when the order has no contact e-mail', async () => {
    const queued = async () =>
      (
        (await system
          .subgraph('service-orders')
          .dataSource.query('SELECT count(*)::int AS n FROM service_orders.outgoing_mail')) as {
          n: number;
        }[]
      )[0]!.n;
    const before = await queued();
    const order = await api.ok(admin, 'create', { input: orderInput(MANAGED_TOO) });
    await api.ok(planner, 'acknowledge', { id: order.id });
    expect(await queued()).toBe(before);
  });
});
