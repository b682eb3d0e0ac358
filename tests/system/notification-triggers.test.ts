import { sendDigests } from '../../services/identity/src/domain/notification-digest';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  mailCount,
  startTestSystem,
  subjectsSince,
  waitForMailWithSubject,
  type TestCustomer,
  type TestSystem,
  type TestUser,
  deliverPendingEvents,
} from '@portal/testkit';
import { submit as submitReading } from '@portal/testkit/meter-readings';
import { serviceOrderApi } from '@portal/testkit/service-orders';
import {
  call,
  createIntegrationKey,
  DELIVER,
  DISPATCH,
  report,
  type ShipmentData,
  type UserErrorData,
} from '@portal/testkit/toner';

/**
 * Each notification type of issue 20 from its real trigger (a toner alert, a dispatch, the
 * reminder job, a refused batch, the SLA watch, a decommissioning), as a list item and a mail;
 * switched off it makes neither; set to the daily digest it waits for the digest mail.
 */
let system: TestSystem;
let admin: string;
let manager: string;
let stockManager: string;
let agent: string;
let planner: string;
let eMaintenance: string;

// The built users' addresses (their own: the run's mail capture is shared by every test file).
let ADMIN_MAIL: string;
let MANAGER_MAIL: string;
let STOCK_MANAGER_MAIL: string;
let PLANNER_MAIL: string;

/** Two accounts; the other customer has a device of its own. */
let customer: TestCustomer;
let other: TestCustomer;
let hq: { id: string; name: string };
/**
 * The customer's devices: `toner` on the HQ store (e-Maintenance) and assigned to the Device
 * Manager; `unassigned` and `removable` on the first account, `second` on the second.
 */
let devices: Record<
  'toner' | 'unassigned' | 'removable' | 'second' | 'foreign',
  { id: string; serialNumber: string }
>;
/** Users the lead-time test signs in besides the ones above. */
let selfService: TestUser;
let tech: TestUser;

interface Item {
  type: string;
  title: string;
  body: string;
}

beforeAll(async () => {
  // The demo world holds the device models and toner products; nothing here asserts on its
  // customers or devices.
  system = await startTestSystem();
  customer = await createCustomer(system, { accounts: 2 });
  other = await createCustomer(system);
  const agentUser = await createStaffUser(system, 'SERVICE_AGENT');
  const plannerUser = await createStaffUser(system, 'SERVICE_PLANNER');
  tech = await createStaffUser(system, 'TECHNICIAN');
  agent = await agentUser.signIn();
  await buildDevices();
  const [managerUser, stockManagerUser] = await buildCustomerUsers();
  ADMIN_MAIL = customer.administrator.email;
  [MANAGER_MAIL, STOCK_MANAGER_MAIL, PLANNER_MAIL] = [
    managerUser.email,
    stockManagerUser.email,
    plannerUser.email,
  ];
  // Mails in English to the Administrator and the planner, in Danish (the default) to the rest.
  await system.identity.dataSource.query(
    `UPDATE identity.app_user SET language = 'en' WHERE email = ANY($1)`,
    [[ADMIN_MAIL, PLANNER_MAIL]],
  );
  [admin, manager, stockManager, planner] = [
    await customer.administrator.signIn(),
    await managerUser.signIn(),
    await stockManagerUser.signIn(),
    await plannerUser.signIn(),
  ];
  // The e-Maintenance integration: Administrator on both accounts.
  eMaintenance = await createIntegrationKey(system, admin, customer.accounts);
}, 180_000);
afterAll(async () => {
  await system.stop();
});

async function buildDevices(): Promise<void> {
  const [first, second] = [customer.accounts[0]!, customer.accounts[1]!];
  hq = await createStockLocation(system, first, {
    name: 'HQ store',
    agentToken: agent,
    // Cyan at its minimum (2 of 2, target 5), nothing on its way.
    levels: [{ sku: 'C-EXV58-C', quantity: 2, minimumLevel: 2, targetLevel: 5 }],
  });
  const agentToken = agent;
  devices = {
    toner: await createDevice(system, first, {
      agentToken,
      eMaintenance: true,
      stockLocationId: hq.id,
    }),
    unassigned: await createDevice(system, first, { agentToken }),
    removable: await createDevice(system, first, { agentToken }),
    second: await createDevice(system, second, { agentToken }),
    foreign: await createDevice(system, other.accounts[0]!, { agentToken }),
  };
}

/** The Device Manager (assigned the toner device) and the HQ store's Stock Manager. */
async function buildCustomerUsers(): Promise<[TestUser, TestUser]> {
  const organization = customer.organization.id;
  const first = customer.accounts[0]!;
  selfService = await createUser(system, {
    organization,
    grants: [['SELF_SERVICE_USER', first]],
  });
  return [
    await createUser(system, {
      organization,
      grants: [['DEVICE_MANAGER', first]],
      devices: [devices.toner.id],
    }),
    await createUser(system, {
      organization,
      grants: [['STOCK_MANAGER', first]],
      stockLocations: [hq.id],
    }),
  ];
}

async function items(token: string, type: string): Promise<Item[]> {
  const result = await system.graphql<{ notifications: { edges: { node: Item }[] } }>(
    `query { notifications(first: 100) { edges { node { type title body } } } }`,
    {},
    { token },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.notifications.edges.map((e) => e.node).filter((n) => n.type === type);
}

/** Polls until the user's list holds at least `count` items of the type. */
async function itemsOf(token: string, type: string, count = 1): Promise<Item[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await deliverToner();
    const found = await items(token, type);
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every subgraph's outbox and identity's consumers, now rather than at their next poll. */
async function deliverToner(): Promise<void> {
  for (const name of ['toner', 'service-orders', 'devices', 'meter-readings'])
    await system.subgraph(name).relay.flush();
  for (const consumer of system.identity.consumers) await consumer.flush();
}

async function runJobs(name: string): Promise<void> {
  for (const worker of system.subgraph(name).workers) await worker.flush?.();
  await deliverPendingEvents(system);
  await deliverToner();
}

async function choose(token: string, type: string, enabled: boolean, delivery?: string) {
  const result = await system.graphql<{
    setNotificationPreference: { userErrors: UserErrorData[] };
  }>(
    `mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) {
       userErrors { code field message } } }`,
    { input: { type, enabled, ...(delivery ? { delivery } : {}) } },
    { token },
  );
  expect(result.data?.setNotificationPreference.userErrors).toEqual([]);
}

describe('toner: shipments and minimums to the location’s Stock Managers', () => {
  it('tells the Stock Manager of the minimum, and of the shipment created, dispatched and delivered', async () => {
    const since = mailCount(STOCK_MANAGER_MAIL);
    const HQ = hq.name;
    // HQ's cyan is at its minimum (2 of 2): the alert takes one, below the minimum, and orders.
    const alert = await report(system, eMaintenance, {
      alertId: 'EM-NOTIFY-1',
      deviceId: devices.toner.id,
      colour: 'CYAN',
    });
    const shipment = alert.shipment!;
    expect(shipment.quantity).toBe(4);
    const below = await waitForMailWithSubject(
      STOCK_MANAGER_MAIL,
      since,
      `C-EXV58-C er under minimum på ${HQ}`,
    );
    expect(below.text).toContain(`${HQ} har nu 1 × C-EXV58-C på lager; minimum er 2.`);
    expect(below.head).toMatch(/^List-Unsubscribe: </m);
    await waitForMailWithSubject(
      STOCK_MANAGER_MAIL,
      since,
      `Toner bestilt: 4 × C-EXV58-C til ${HQ}`,
    );

    await call<{ shipment: ShipmentData }>(system, agent, DISPATCH, { id: shipment.id });
    await deliverToner();
    await waitForMailWithSubject(
      STOCK_MANAGER_MAIL,
      since,
      `Toner afsendt: 4 × C-EXV58-C til ${HQ}`,
    );
    await call<{ shipment: ShipmentData }>(system, stockManager, DELIVER, { id: shipment.id });
    await deliverToner();
    await waitForMailWithSubject(
      STOCK_MANAGER_MAIL,
      since,
      `Toner leveret: 4 × C-EXV58-C til ${HQ}`,
    );

    for (const type of [
      'TONER_BELOW_MINIMUM',
      'TONER_SHIPMENT_CREATED',
      'TONER_SHIPMENT_DISPATCHED',
      'TONER_SHIPMENT_DELIVERED',
    ])
      expect(await itemsOf(stockManager, type)).toHaveLength(1);
    // Nobody else's business: the Device Manager hears nothing of stock.
    expect(await items(manager, 'TONER_SHIPMENT_CREATED')).toEqual([]);
  });
});

describe('the reminder lead time: who may read and set it', () => {
  it('is the organisation Administrators’ (and their integration keys’), nobody else’s', async () => {
    const tokens: Record<string, string | undefined> = {
      Administrator: admin,
      'Device Manager': manager,
      'Stock Manager': stockManager,
      'Self-Service user': await selfService.signIn(),
      'Service agent': agent,
      'Service planner': planner,
      Technician: await tech.signIn(),
      'API key': eMaintenance,
      anonymous: undefined,
    };
    const outcomes: Record<string, string> = {};
    for (const [kind, token] of Object.entries(tokens)) {
      const read = await system.graphql(`{ meterReadingReminderDays }`, {}, { token });
      // Refused input (0 days) changes nothing even where the caller may set it.
      const write = await system.graphql<{
        setMeterReadingReminderDays: { userErrors: UserErrorData[] };
      }>(
        `mutation { setMeterReadingReminderDays(daysBefore: 0) { daysBefore userErrors { code } } }`,
        {},
        { token },
      );
      const outcome = (r: { errors?: readonly { extensions?: { code?: unknown } }[] }) =>
        r.errors ? String(r.errors[0]!.extensions?.code) : 'ok';
      outcomes[kind] = `${outcome(read)}/${outcome(write)}`;
      if (!write.errors)
        expect(write.data?.setMeterReadingReminderDays.userErrors).toEqual([
          { code: 'INVALID_INPUT' },
        ]);
    }
    expect(outcomes).toEqual({
      Administrator: 'ok/ok',
      'Device Manager': 'FORBIDDEN/FORBIDDEN',
      'Stock Manager': 'FORBIDDEN/FORBIDDEN',
      'Self-Service user': 'FORBIDDEN/FORBIDDEN',
      'Service agent': 'FORBIDDEN/FORBIDDEN',
      'Service planner': 'FORBIDDEN/FORBIDDEN',
      Technician: 'FORBIDDEN/FORBIDDEN',
      'API key': 'ok/ok',
      anonymous: 'UNAUTHENTICATED/UNAUTHENTICATED',
    });
  });
});

describe('meter readings: due and overdue reminders, refused batches', () => {
  it('reminds Administrators of every device and Device Managers of their own, once', async () => {
    const set = await system.graphql<{
      setMeterReadingReminderDays: { daysBefore: number; userErrors: UserErrorData[] };
    }>(
      `mutation { setMeterReadingReminderDays(daysBefore: 61) { daysBefore userErrors { code field } } }`,
      {},
      { token: admin },
    );
    // Bad input changes nothing.
    expect(set.data?.setMeterReadingReminderDays).toEqual({
      daysBefore: 10,
      userErrors: [{ code: 'INVALID_INPUT', field: ['daysBefore'] }],
    });
    const byManager = await system.graphql(
      `mutation { setMeterReadingReminderDays(daysBefore: 5) { daysBefore } }`,
      {},
      { token: manager },
    );
    expect(byManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // 60 days: every built device (none has a reading) owes this period's reading: due.
    await system.graphql(
      `mutation { setMeterReadingReminderDays(daysBefore: 60) { daysBefore } }`,
      {},
      { token: admin },
    );
    await deliverPendingEvents(system);
    await runJobs('meter-readings');

    const annas = [
      ...(await itemsOf(admin, 'METER_READING_DUE', 0)),
      ...(await itemsOf(admin, 'METER_READING_OVERDUE', 0)),
    ];
    const named = annas.map((n) => n.body).join(' ');
    for (const device of [devices.toner, devices.unassigned, devices.removable, devices.second])
      expect(named).toContain(device.serialNumber);
    expect(named).not.toContain(devices.foreign.serialNumber);
    const dennisItems = [
      ...(await items(manager, 'METER_READING_DUE')),
      ...(await items(manager, 'METER_READING_OVERDUE')),
    ];
    expect(dennisItems.length).toBeGreaterThan(0);
    const his = dennisItems.map((n) => n.body).join(' ');
    expect(his).toContain(devices.toner.serialNumber);
    for (const device of [devices.unassigned, devices.removable, devices.second])
      expect(his).not.toContain(device.serialNumber);
    await waitForMailWithSubject(ADMIN_MAIL, 0, annas[0]!.title);

    // The job ran again: nobody is reminded twice of the same period.
    await runJobs('meter-readings');
    expect(
      (await items(admin, 'METER_READING_DUE')).length +
        (await items(admin, 'METER_READING_OVERDUE')).length,
    ).toBe(annas.length);
  });

  it('tells the sender of a bulk submission what was refused, without naming hidden devices', async () => {
    // A reading of 500 on the Device Manager's device: 1 is then refused as lower.
    const baseline = await submitReading(system, manager, {
      deviceId: devices.toner.id,
      values: [{ meter: 'TOTAL', value: 500 }],
    });
    expect(baseline.userErrors).toEqual([]);
    const since = mailCount(MANAGER_MAIL);
    const submit = () =>
      system.graphql<{ submitMeterReadings: { rejected: number } }>(
        `mutation ($inputs: [SubmitMeterReadingInput!]!) { submitMeterReadings(inputs: $inputs) { rejected } }`,
        {
          inputs: [
            { deviceId: devices.unassigned.id, values: [{ meter: 'TOTAL', value: 10 }] },
            { deviceId: devices.toner.id, values: [{ meter: 'TOTAL', value: 1 }] },
          ],
        },
        { token: manager },
      );
    expect((await submit()).data?.submitMeterReadings.rejected).toBe(2);
    const mail = await waitForMailWithSubject(
      MANAGER_MAIL,
      since,
      '2 af 2 tælleraflæsninger blev afvist',
    );
    expect(mail.text).toContain('#1: NOT_FOUND');
    expect(mail.text).toContain(`#2 ${devices.toner.serialNumber}:`);
    expect(mail.text).not.toContain(devices.unassigned.serialNumber);
    expect(await itemsOf(manager, 'METER_READINGS_REFUSED')).toHaveLength(1);

    // Switched off: the next refused batch makes neither a list item nor a mail.
    await choose(manager, 'METER_READINGS_REFUSED', false);
    await submit();
    await deliverPendingEvents(system);
    await deliverToner();
    expect(await items(manager, 'METER_READINGS_REFUSED')).toHaveLength(1);
    const rows = (await system.identity.dataSource.query(
      `SELECT count(*)::int AS n FROM identity.outgoing_mail WHERE "to" = $1 AND subject LIKE '%afvist%'`,
      [MANAGER_MAIL],
    )) as { n: number }[];
    expect(rows[0]!.n).toBe(1);
    expect(subjectsSince(MANAGER_MAIL, since).filter((s) => s.includes('afvist'))).toHaveLength(1);
  });
});

describe('the service centre: response times at risk and overdue', () => {
  it('tells agents and planners once at risk, then once overdue; switched off, at risk is not told', async () => {
    await choose(agent, 'SERVICE_ORDER_AT_RISK', false);
    const api = serviceOrderApi(system);
    const order = await api.ok(admin, 'create', {
      input: {
        deviceId: devices.unassigned.id,
        type: 'MAINTENANCE',
        description: 'Streaks on every copy from the document feeder.',
        contactName: 'Facility desk',
        contactPhone: '+45 33 12 34 56',
      },
    });
    const sequence = Number(order.number.slice(3));
    const orders = system.subgraph('service-orders').dataSource;
    // The order waited long: far less than a quarter of its response time is left.
    await orders.query(
      `UPDATE service_orders.service_order SET received_at = now() - interval '30 days',
           response_due_at = now() + interval '1 hour' WHERE sequence = $1`,
      [sequence],
    );
    await runJobs('service-orders');
    await waitForMailWithSubject(PLANNER_MAIL, 0, `Response time at risk: ${order.number}`);
    const atRisk = (await itemsOf(planner, 'SERVICE_ORDER_AT_RISK')).filter((n) =>
      n.title.includes(order.number),
    );
    expect(atRisk).toHaveLength(1);
    expect(
      (await items(agent, 'SERVICE_ORDER_AT_RISK')).filter((n) => n.title.includes(order.number)),
    ).toEqual([]);

    // Still unanswered when its response falls due: overdue.
    await orders.query(
      `UPDATE service_orders.service_order SET response_due_at = now() - interval '1 hour'
        WHERE sequence = $1`,
      [sequence],
    );
    await runJobs('service-orders');
    const overdue = await waitForMailWithSubject(
      PLANNER_MAIL,
      0,
      `Response time missed: ${order.number}`,
    );
    expect(overdue.text).toContain('Service order');
    const listed = (await itemsOf(planner, 'SERVICE_ORDER_OVERDUE')).filter((n) =>
      n.title.includes(order.number),
    );
    expect(listed).toHaveLength(1);
    // Customers never get the service centre's types.
    expect(await items(admin, 'SERVICE_ORDER_OVERDUE')).toEqual([]);
    await runJobs('service-orders');
    expect(
      (await items(planner, 'SERVICE_ORDER_OVERDUE')).filter((n) => n.title.includes(order.number)),
    ).toHaveLength(1);
  });
});

describe('devices, and the daily digest', () => {
  it('puts a decommissioned device in the Administrator’s digest instead of a mail of its own', async () => {
    const title = `Printer ${devices.removable.serialNumber} removed`;
    await choose(admin, 'DEVICE_REMOVED', true, 'DAILY_DIGEST');
    const removed = await system.graphql<{ decommissionDevice: { userErrors: UserErrorData[] } }>(
      `mutation ($id: ID!) { decommissionDevice(deviceId: $id, reason: "Returned") { userErrors { code } } }`,
      { id: devices.removable.id },
      { token: agent },
    );
    expect(removed.data?.decommissionDevice.userErrors).toEqual([]);
    const [item] = await itemsOf(admin, 'DEVICE_REMOVED');
    expect(item!.title).toBe(title);

    const sent = await sendDigests(system.identity.dataSource, { hour: 0 });
    expect(sent).toBeGreaterThanOrEqual(1);
    const digest = await waitForMailWithSubject(ADMIN_MAIL, 0, 'Daily digest: 1 notification');
    expect(digest.text).toContain(title);
    expect(digest.head).toMatch(/^List-Unsubscribe: </m);
    // No mail of its own, and no second digest the same day.
    expect(subjectsSince(ADMIN_MAIL, 0)).not.toContain(title);
    expect(await sendDigests(system.identity.dataSource, { hour: 0 })).toBe(0);
  });
});
