import {
  demoIds,
  encodeCursor,
  fromGlobalId,
  sqlStatementCount,
  toGlobalId,
} from '@portal/platform';
import { calendarFor } from '../src/domain/calendars';
import {
  startTestSystem,
  type TestSystem,
  mailCount,
  subjectsSince,
  waitForMail,
  waitForMailWithSubject,
} from '@portal/testkit';
import {
  deviceId,
  ORDER_FIELDS,
  orderInput,
  serviceOrderApi,
  TECHNICIAN,
  visitTime,
  type Order,
} from '@portal/testkit/service-orders';

let system: TestSystem;
let api: ReturnType<typeof serviceOrderApi>;
let anna: string;
let dennis: string;
let dorte: string;
let sara: string;
let sune: string;
let bo: string;
let agent: string;
let planner: string;
let tech: string;

beforeAll(async () => {
  system = await startTestSystem();
  api = serviceOrderApi(system);
  [anna, dennis, dorte, sara, sune, bo, agent, planner, tech] = await Promise.all(
    [
      'anna.admin@nordiskprint.example',
      'dennis.device@nordiskprint.example',
      'dorte.both@nordiskprint.example',
      'sara.stock@nordiskprint.example',
      'sune.self@nordiskprint.example',
      'bo.admin@fjordlogistik.example',
      'agent@service.example',
      'planner@service.example',
      'tech@service.example',
    ].map((email) => system.signIn(email)),
  );
});
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

async function projectedStatus(serial: string): Promise<string | undefined> {
  const rows = (await system
    .subgraph('service-orders')
    .dataSource.query(`SELECT status FROM service_orders.device_projection WHERE device_id = $1`, [
      demoIds.device(serial),
    ])) as { status: string }[];
  return rows[0]?.status;
}

describe('creating a service order', () => {
  it('numbers orders sequentially (SO-000123), on the portal channel, with one history line', async () => {
    const first = await api.ok(anna, 'create', {
      input: orderInput('NP1000003', { errorCode: ' e000007 ' }),
    });
    const second = await api.ok(anna, 'create', { input: orderInput('NP1000003') });
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
      device: { id: deviceId('NP1000003'), serialNumber: 'NP1000003' },
    });
    expect(first.history).toEqual([
      {
        at: first.submittedAt,
        by: 'Anna Andersen',
        fromStatus: null,
        toStatus: 'SUBMITTED',
        comment: null,
        internal: false,
      },
    ]);
  });

  it('receives it at once in business hours, else at the next opening, and counts the contract hours in business hours', async () => {
    for (const [serial, hours] of [
      ['NP1000001', 4],
      ['NP1000003', 8],
      ['NP1000005', 16],
    ] as const) {
      const order = await api.ok(anna, 'create', { input: orderInput(serial) });
      const submittedAt = new Date(order.submittedAt);
      const receivedAt = calendar.receivedAt(submittedAt);
      expect(order.receivedAt).toBe(receivedAt.toISOString());
      expect(order.responseDueAt).toBe(calendar.addBusinessHours(receivedAt, hours).toISOString());
      expect(Date.parse(order.submittedAt)).toBeLessThanOrEqual(Date.now());
    }
  });

  it('lets a Device Manager create orders for its assigned devices only', async () => {
    const own = await api.ok(dennis, 'create', { input: orderInput('NP1000002') });
    expect(own.history[0]!.by).toBe('Dennis Dahl');
    const other = await api.run(dennis, 'create', { input: orderInput('NP1000003') });
    expect(other).toMatchObject({ serviceOrder: null, error: null });
    expect(other.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'deviceId'], message: 'No such device.' },
    ]);
  });

  it('takes orders by phone from a Service agent; planners and technicians may not create', async () => {
    const byPhone = await api.ok(agent, 'create', {
      input: orderInput('FL3000002', { contactName: 'Bo Berg' }),
    });
    expect(byPhone).toMatchObject({ channel: 'PHONE', status: 'SUBMITTED' });
    expect(byPhone.history[0]!.by).toBe('Aksel Agent');
    expect((await api.run(planner, 'create', { input: orderInput('FL3000002') })).error).toBe(
      'FORBIDDEN',
    );
    expect((await api.run(tech, 'create', { input: orderInput('FL3000002') })).error).toBe(
      'FORBIDDEN',
    );
  });

  it('reports a device the caller may not order for as not found', async () => {
    const cases: [string, string][] = [
      [bo, 'NP1000001'], // another organisation's
      [sara, 'NP1000001'], // a Stock Manager sees the device, but orders nothing
      [sune, 'NP1000001'], // Self-Service users see no devices
      [dorte, 'NP1000001'], // a Device Manager of another account
    ];
    for (const [token, serial] of cases) {
      const outcome = await api.run(token, 'create', { input: orderInput(serial) });
      expect(outcome.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    }
    const malformed = await api.run(anna, 'create', {
      input: { ...orderInput('NP1000001'), deviceId: 'not-an-id' },
    });
    expect(malformed.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('refuses incomplete or unbounded input with INVALID_INPUT for each field', async () => {
    const outcome = await api.run(anna, 'create', {
      input: orderInput('NP1000003', {
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
    const empty = await api.run(anna, 'create', {
      input: orderInput('NP1000003', { description: ' ' }),
    });
    expect(empty.userErrors.map((e) => e.field)).toEqual([['input', 'description']]);
    const longest = await api.run(anna, 'create', {
      input: orderInput('NP1000003', { description: 'y'.repeat(2000) }),
    });
    expect(longest.userErrors).toEqual([]);
  });

  it('refuses a second open breakdown order for a device and points at the open one', async () => {
    const [demoOpen] = (
      await list(agent, { deviceId: deviceId('NP1000001'), status: ['ACKNOWLEDGED'] })
    ).edges.map((e) => e.node);
    const refused = await api.run(dennis, 'create', {
      input: orderInput('NP1000001', { type: 'BREAKDOWN' }),
    });
    expect(refused.userErrors).toEqual([
      {
        code: 'DUPLICATE_OPEN_ORDER',
        field: ['input', 'deviceId'],
        message: expect.stringContaining(demoOpen!.number),
      },
    ]);
    expect(refused.serviceOrder).toMatchObject({ id: demoOpen!.id, status: 'ACKNOWLEDGED' });

    // docs/demo-data.md: NP1000003 has no open breakdown, so the first is taken and the second refused.
    const first = await api.ok(anna, 'create', {
      input: orderInput('NP1000003', { type: 'BREAKDOWN' }),
    });
    const second = await api.run(anna, 'create', {
      input: orderInput('NP1000003', { type: 'BREAKDOWN' }),
    });
    expect(second.userErrors.map((e) => e.code)).toEqual(['DUPLICATE_OPEN_ORDER']);
    expect(second.serviceOrder!.number).toBe(first.number);
    // Other types are no duplicates; a cancelled breakdown is no longer open.
    await api.ok(anna, 'create', { input: orderInput('NP1000003', { type: 'MOVE' }) });
    await api.ok(anna, 'cancel', { id: first.id, reason: 'Raised twice by mistake.' });
    await api.ok(anna, 'create', { input: orderInput('NP1000003', { type: 'BREAKDOWN' }) });
  });

  it('accepts exactly one of five concurrent breakdown orders for the same device', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.run(anna, 'create', { input: orderInput('NP1000006', { type: 'BREAKDOWN' }) }),
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
      { id: deviceId('NP1000004') },
      { token: anna },
    );
    expect(removal.errors).toBeUndefined();
    await until(async () => (await projectedStatus('NP1000004')) === 'REMOVAL_REQUESTED');
    const removed = await api.run(anna, 'create', { input: orderInput('NP1000004') });
    expect(removed.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['DEVICE_NOT_ACTIVE', ['input', 'deviceId']],
    ]);

    const decommissioned = await system.graphql(
      `mutation ($id: ID!) { decommissionDevice(deviceId: $id, reason: "Scrapped.") { userErrors { code } } }`,
      { id: deviceId('FL3000003') },
      { token: agent },
    );
    expect(decommissioned.errors).toBeUndefined();
    await until(async () => (await projectedStatus('FL3000003')) === 'DECOMMISSIONED');
    expect(
      (await api.run(agent, 'create', { input: orderInput('FL3000003') })).userErrors[0]!.code,
    ).toBe('DEVICE_NOT_ACTIVE');
    // Customers no longer see a decommissioned device, but still read its orders' history.
    expect(
      (await api.run(bo, 'create', { input: orderInput('FL3000003') })).userErrors[0]!.code,
    ).toBe('NOT_FOUND');
    const history = await list(bo, { deviceId: deviceId('FL3000003') });
    expect(history.totalCount).toBeGreaterThan(0);
    expect(history.edges[0]!.node.device).toEqual({
      id: deviceId('FL3000003'),
      serialNumber: 'FL3000003',
    });
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    expect((await api.run(undefined, 'create', { input: orderInput('NP1000003') })).error).toBe(
      'UNAUTHENTICATED',
    );
    const result = await system.graphql(`{ serviceOrders { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the response-time SLA', () => {
  async function scheduled(serial: string): Promise<Order> {
    const order = await api.ok(anna, 'create', { input: orderInput(serial) });
    await api.ok(planner, 'acknowledge', { id: order.id });
    return api.ok(planner, 'schedule', {
      id: order.id,
      visitAt: visitTime(),
      technicianId: TECHNICIAN,
    });
  }

  it('is met when the technician starts by the due time', async () => {
    const order = await scheduled('NP1000002');
    const started = await api.ok(tech, 'start', { id: order.id });
    expect(started.status).toBe('IN_PROGRESS');
    expect(Date.parse(started.respondedAt!)).toBeLessThanOrEqual(Date.parse(started.responseDueAt));
    expect(started.responseOverdue).toBe(false);
    // The first start is the response: it stays when the order later moves on.
    const resolved = await api.ok(tech, 'resolve', { id: order.id, comment: 'Cleaned.' });
    expect(resolved.respondedAt).toBe(started.respondedAt);
  });

  it('flags a missing response as overdue at read time, and a late one stays flagged', async () => {
    const order = await scheduled('NP1000005');
    // The due time moves two seconds ahead; nothing but the clock changes after that.
    await system
      .subgraph('service-orders')
      .dataSource.query(
        `UPDATE service_orders.service_order SET response_due_at = now() + interval '2 seconds' WHERE id = $1`,
        [fromGlobalId('ServiceOrder', order.id)],
      );
    expect((await api.order(anna, order.id))!.responseOverdue).toBe(false);
    const overdueBefore = await list(anna, { overdue: true });
    expect(overdueBefore.edges.map((e) => e.node.id)).not.toContain(order.id);

    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect((await api.order(anna, order.id))!.responseOverdue).toBe(true);
    const overdueAfter = await list(anna, { overdue: true });
    expect(overdueAfter.edges.map((e) => e.node.id)).toContain(order.id);
    expect(overdueAfter.totalCount).toBe(overdueBefore.totalCount + 1);

    const late = await api.ok(tech, 'start', { id: order.id });
    expect(Date.parse(late.respondedAt!)).toBeGreaterThan(Date.parse(late.responseDueAt));
    expect(late.responseOverdue).toBe(true);
  });

  it('shows the demo data set one overdue order, to customers and staff alike', async () => {
    const staff = await list(agent, { overdue: true, status: ['ACKNOWLEDGED'] });
    const customer = await list(dennis, { overdue: true, status: ['ACKNOWLEDGED'] });
    expect(customer.edges.map((e) => e.node.number)).toEqual(
      staff.edges
        .filter((e) => e.node.device.serialNumber === 'NP1000001')
        .map((e) => e.node.number),
    );
    expect(customer.edges[0]!.node).toMatchObject({ responseOverdue: true, respondedAt: null });
  });
});

describe('listing service orders', () => {
  it('shows customers the orders of the devices they may see, newest first; Stock Managers and Self-Service users none', async () => {
    const serials = async (token: string) =>
      new Set((await list(token)).edges.map((e) => e.node.device.serialNumber));
    expect([...(await serials(dennis))].sort()).toEqual(['NP1000001', 'NP1000002']);
    expect([...(await serials(dorte))]).toEqual(['NP2000001']);
    expect([...(await serials(bo))].every((s) => s.startsWith('FL'))).toBe(true);
    const annas = await list(anna);
    expect(annas.edges.every((e) => e.node.device.serialNumber.startsWith('NP'))).toBe(true);
    expect(annas.edges.some((e) => e.node.device.serialNumber === 'NP2000001')).toBe(true);
    const submitted = annas.edges.map((e) => Date.parse(e.node.submittedAt));
    expect(submitted).toEqual([...submitted].sort((a, b) => b - a));
    for (const token of [sara, sune])
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
    const serials = new Set(queue.edges.map((e) => e.node.device.serialNumber.slice(0, 2)));
    expect([...serials].sort()).toEqual(['FL', 'NP']);
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
    const acknowledged = await list(anna, { status: ['ACKNOWLEDGED'] });
    expect(acknowledged.totalCount).toBeGreaterThan(0);
    expect(acknowledged.edges.every((e) => e.node.status === 'ACKNOWLEDGED')).toBe(true);
    const device = await list(anna, { deviceId: deviceId('NP1000001') });
    expect(device.edges.every((e) => e.node.device.serialNumber === 'NP1000001')).toBe(true);
    const aarhus = await list(anna, {
      accountId: toGlobalId('Account', demoIds.account('100201')),
    });
    expect(aarhus.edges.map((e) => e.node.device.serialNumber)).toEqual(['NP2000001']);
    const overdue = await list(agent, { overdue: true });
    const onTime = await list(agent, { overdue: false });
    expect(overdue.edges.every((e) => e.node.responseOverdue)).toBe(true);
    expect(onTime.edges.every((e) => !e.node.responseOverdue)).toBe(true);
    expect(overdue.totalCount + onTime.totalCount).toBe((await list(agent)).totalCount);
    // Another organisation's account or device filters to nothing, like an unknown one.
    expect((await list(bo, { deviceId: deviceId('NP1000001') })).totalCount).toBe(0);
  });

  it("answers null for another organisation's order", async () => {
    const [annasOrder] = (await list(anna, {}, { first: 1 })).edges;
    expect(await api.order(bo, annasOrder!.node.id)).toBeNull();
    expect(await api.order(sara, annasOrder!.node.id)).toBeNull();
    expect((await api.order(agent, annasOrder!.node.id))!.id).toBe(annasOrder!.node.id);
  });
});

describe('internal notes', () => {
  it("never reach customers: not in the demo orders' history, not in new ones", async () => {
    const staffView = (await list(agent, { deviceId: deviceId('NP2000001') })).edges[0]!.node;
    const customerView = (await api.order(anna, staffView.id))!;
    expect(staffView.history.some((line) => line.internal)).toBe(true);
    expect(customerView.history).toEqual(staffView.history.filter((line) => !line.internal));

    const order = await api.ok(dennis, 'create', { input: orderInput('NP1000002') });
    await api.ok(agent, 'comment', {
      id: order.id,
      comment: 'Customer has asked three times this month; consider a replacement.',
      internal: true,
    });
    await api.ok(agent, 'comment', { id: order.id, comment: 'We will call you before noon.' });
    await api.ok(dennis, 'comment', { id: order.id, comment: 'Ring reception on arrival.' });
    const seenByCustomer = (await api.order(dennis, order.id))!.history;
    const seenByStaff = (await api.order(planner, order.id))!.history;
    expect(seenByStaff.map((l) => [l.by, l.internal, l.comment])).toEqual([
      ['Dennis Dahl', false, null],
      ['Aksel Agent', true, 'Customer has asked three times this month; consider a replacement.'],
      ['Aksel Agent', false, 'We will call you before noon.'],
      ['Dennis Dahl', false, 'Ring reception on arrival.'],
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
    const order = await api.ok(dennis, 'create', { input: orderInput('NP1000002') });
    const outcome = await api.run(dennis, 'comment', {
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
    const order = await api.ok(dennis, 'create', { input: orderInput('NP1000001') });
    expect((await api.order(dennis, order.id))!.status).toBe('SUBMITTED');

    await api.ok(planner, 'acknowledge', { id: order.id, comment: 'We are on it.' });
    const acknowledged = (await api.order(dennis, order.id))!;
    expect(acknowledged.status).toBe('ACKNOWLEDGED');
    expect(acknowledged.history.at(-1)).toMatchObject({
      by: 'Pia Planner',
      fromStatus: 'SUBMITTED',
      toStatus: 'ACKNOWLEDGED',
      comment: 'We are on it.',
    });
    expect(
      (await list(dennis, { status: ['ACKNOWLEDGED'] })).edges.map((e) => e.node.id),
    ).toContain(order.id);

    const visitAt = visitTime();
    await api.ok(planner, 'schedule', {
      id: order.id,
      visitAt,
      technicianId: TECHNICIAN,
      technicianName: 'Tobias Tekniker',
    });
    const scheduled = (await api.order(dennis, order.id))!;
    expect(scheduled).toMatchObject({
      status: 'SCHEDULED',
      scheduledVisitAt: visitAt,
      technicianName: 'Tobias Tekniker',
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
      name: 'Tobias Tekniker',
      staffRole: 'TECHNICIAN',
    });
  });

  it('schedules only an active technician: a customer, an agent, a made-up id and a technician yet to sign up are refused', async () => {
    const order = await api.ok(anna, 'create', {
      input: orderInput('NP1000003', { type: 'OTHER' }),
    });
    await api.ok(agent, 'acknowledge', { id: order.id });
    const invited = await system.graphql<{ createStaffUser: { user: { id: string } } }>(
      `mutation { createStaffUser(input: { email: "new.tech@service.example", name: "Nina Ny", staffRole: TECHNICIAN }) { user { id } } }`,
      {},
      { token: agent },
    );
    const notTechnicians = [
      toGlobalId('User', demoIds.user('bo.admin@fjordlogistik.example')),
      toGlobalId('User', demoIds.user('agent@service.example')),
      toGlobalId('User', '00000000-0000-4000-8000-000000000000'),
      invited.data!.createStaffUser.user.id,
    ];
    for (const technicianId of notTechnicians) {
      const refusal = await api.run(planner, 'schedule', {
        id: order.id,
        visitAt: visitTime(),
        technicianId,
        technicianName: 'Bo Berg',
      });
      expect(refusal.userErrors).toEqual([
        expect.objectContaining({ code: 'TECHNICIAN_NOT_FOUND', field: ['technicianId'] }),
      ]);
    }
    expect((await api.order(anna, order.id))!).toMatchObject({
      status: 'ACKNOWLEDGED',
      technicianName: null,
    });
    // The real technician: customers read its name as identity knows it, whatever was typed.
    const scheduled = await api.ok(planner, 'schedule', {
      id: order.id,
      visitAt: visitTime(),
      technicianId: TECHNICIAN,
      technicianName: 'Bo Berg',
    });
    expect(scheduled.technicianName).toBe('Tobias Tekniker');
  });
});

describe("a technician's work", () => {
  it("is the orders assigned to it: others, their devices' order lists included, are not found", async () => {
    const order = await api.ok(anna, 'create', { input: orderInput('NP1000002') });
    await api.ok(agent, 'acknowledge', { id: order.id });
    const seen = async () => ({
      order: (await api.order(tech, order.id))?.id ?? null,
      listed: (
        await system.graphql<{ serviceOrders: { edges: { node: { id: string } }[] } }>(
          `query ($d: ID!) { serviceOrders(filter: { deviceId: $d }, first: 100) { edges { node { id } } } }`,
          { d: deviceId('NP1000002') },
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
    const id = deviceId('NP1000001');
    const result = await system.graphql<DeviceOrders>(DEVICE_ORDERS, { id }, { token: dennis });
    expect(result.errors).toBeUndefined();
    const listed = await list(dennis, { deviceId: id });
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
      { token: dennis },
    );
    expect(closed.data!.device!.serviceOrders.edges.map((e) => e.node.status)).toEqual(['CLOSED']);

    const page = await system.graphql<DeviceOrders>(
      DEVICE_ORDERS,
      { id, first: 1 },
      { token: dennis },
    );
    const rest = await system.graphql<DeviceOrders>(
      DEVICE_ORDERS,
      { id, first: 100, after: page.data!.device!.serviceOrders.pageInfo.endCursor },
      { token: dennis },
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
      { id: deviceId('NP1000001') },
      { token: sara },
    );
    expect(result.data!.device).toMatchObject({
      serialNumber: 'NP1000001',
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
          { token: anna },
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
    const contact = 'dennis.device@nordiskprint.example';
    const order = await api.ok(dennis, 'create', {
      input: orderInput('NP1000002', { contactName: 'Karen Kontakt', contactEmail: contact }),
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
    expect(acknowledged.text).toContain('printer NP1000002');
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
    expect(scheduled.text).toContain('The technician is Tobias Tekniker.');

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
    const anna = 'anna.admin@nordiskprint.example';
    const order = await api.ok(dorte, 'create', {
      input: orderInput('NP2000001', { contactName: 'Sam Stranger', contactEmail: stranger }),
    });
    // What the customer typed is kept as the contact's e-mail, for the service centre to see.
    expect(order.contactEmail).toBe(stranger);
    const since = mailCount('dorte.both@nordiskprint.example');
    await api.ok(planner, 'acknowledge', { id: order.id });
    const mail = await waitForMailWithSubject(
      'dorte.both@nordiskprint.example',
      since,
      `Serviceordre ${order.number} er modtaget / Service order ${order.number} acknowledged`,
    );
    expect(mail.subject).toContain(order.number);
    expect(mailCount(stranger)).toBe(0);

    // The service centre takes the address from the customer on the phone: that one is mailed.
    const sinceAnna = mailCount(anna);
    const byPhone = await api.ok(agent, 'create', {
      input: orderInput('NP1000005', { contactName: 'Tina Telefon', contactEmail: anna }),
    });
    await api.ok(planner, 'acknowledge', { id: byPhone.id });
    await waitForMail(anna, sinceAnna);
  });

  it('escapes customer-written text in the HTML part and keeps it to one line', async () => {
    const contact = 'dorte.both@nordiskprint.example';
    const name =
      '<img src="https://tracker.example/p.gif"> Eve</p><a href="https://evil.example">Log in</a>\nYour account is locked';
    const order = await api.ok(dorte, 'create', {
      input: orderInput('NP2000001', { contactName: name, contactEmail: contact }),
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
    const order = await api.ok(anna, 'create', { input: orderInput('NP1000002') });
    await api.ok(planner, 'acknowledge', { id: order.id });
    expect(await queued()).toBe(before);
  });
});
