import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  startTestSystem,
  type TestAccount,
  type TestSystem,
  deliverPendingEvents,
} from '@portal/testkit';
import { addDays, daysBetween } from '../../services/meter-readings/src/domain/calendar';
import { rebuildRollups as rebuildMeterReadings } from '../../services/meter-readings/src/rollups';
import { rebuildRollups as rebuildServiceOrders } from '../../services/service-orders/src/rollups';
import { rebuildRollups as rebuildToner } from '../../services/toner/src/rollups';
import { latestValues, phoneInReadings, raised, submit } from '@portal/testkit/meter-readings';
import { visitTime } from '@portal/testkit/service-orders';
import { createIntegrationKey, DELIVER, DISPATCH, projected, report } from '@portal/testkit/toner';

/**
 * Issue 23: the analytics rollups kept by every write are the rollups counted again from the
 * facts, after a realistic month of accepts, late readings, corrections and voids.
 */
let system: TestSystem;
/** Tokens: the customer's Administrator and the service centre's staff. */
let admin: string;
let agent: string;
let planner: string;
let tech: string;
let technicianId: string;
/** The customer's account: its devices but one (the other customer's) are on it. */
let account: TestAccount;
/** The devices built here (global ids), named by what the tests do with them. */
const device: Record<string, string> = {};

/** Three monthly readings phoned in, the newest 36 days old: a history to read, correct and void. */
const HISTORY = [96, 66, 36].map((daysAgo, n) => ({
  daysAgo,
  values: { TOTAL: 20_000 + 6_000 * n, BLACK: 12_000 + 3_000 * n, COLOUR: 8_000 + 3_000 * n },
}));

async function buildDevices(account: TestAccount, otherAccount: TestAccount) {
  // Cyan at its minimum with nothing on its way: an alert for it orders a shipment.
  const store = await createStockLocation(system, account, {
    agentToken: agent,
    levels: [{ sku: 'C-EXV58-C', quantity: 2, minimumLevel: 2, targetLevel: 5 }],
  });
  const plan: [string, TestAccount, Record<string, unknown>?][] = [
    ['tonerAndBulk', account, { eMaintenance: true, stockLocationId: store.id }],
    ['bulk2', account],
    ['bulk3', account],
    ['readThenDecommissioned', account],
    ['readThenCancelled', account],
    ['worked', account],
    ['lateThenQuarterly', account],
    ['corrected', account],
    ['voided', otherAccount],
  ];
  for (const [name, on, extra] of plan) {
    device[name] = (
      await createDevice(system, on, {
        agentToken: agent,
        billedMeters: ['TOTAL', 'BLACK', 'COLOUR'],
        ...extra,
      })
    ).id;
    await phoneInReadings(system, agent, device[name]!, HISTORY);
  }
  await deliverPendingEvents(system);
}

beforeAll(async () => {
  // The demo world gives the device models and toner products; the customers, staff, devices
  // and histories asserted on are built here.
  system = await startTestSystem({ deliverEvents: false });
  await deliverPendingEvents(system);
  const [customer, other] = [await createCustomer(system), await createCustomer(system)];
  agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  planner = await (await createStaffUser(system, 'SERVICE_PLANNER')).signIn();
  const technician = await createStaffUser(system, 'TECHNICIAN');
  technicianId = technician.id;
  tech = await technician.signIn();
  account = customer.accounts[0]!;
  await buildDevices(account, other.accounts[0]!);
  admin = await customer.administrator.signIn();
}, 180_000);
afterAll(async () => {
  await system?.stop();
});

interface Reading {
  id: string;
  readingDate: string;
  values: { meter: string; value: number }[];
}

async function newestReadings(id: string): Promise<Reading[]> {
  const result = await system.graphql<{
    device: { meterReadings: { edges: { node: Reading }[] } };
  }>(
    `query ($id: ID!) { device(id: $id) { meterReadings(first: 3) { edges { node {
       id readingDate values { meter value } } } } } }`,
    { id },
    { token: agent },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.device.meterReadings.edges.map((e) => e.node);
}

async function mutate(name: string, input: Record<string, unknown>): Promise<unknown[]> {
  const result = await system.graphql<Record<string, { userErrors: unknown[] }>>(
    `mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) {
       ${name}(input: $input) { userErrors { code field } } }`,
    { input },
    { token: agent },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data![name]!.userErrors;
}

const usageRollup = () =>
  system.subgraph('meter-readings').dataSource.query(
    `SELECT device_id, month::text, meter, usage::text, readings, last_reading_date::text
         FROM meter_readings.meter_usage_month ORDER BY device_id, month, meter`,
  );

const billingPeriods = async () => ({
  owed: await system.subgraph('meter-readings').dataSource.query(
    `SELECT installed_month::text, reading_frequency, account_id, devices
       FROM meter_readings.readings_owed_cohort ORDER BY 1, 2, 3`,
  ),
  received: await system.subgraph('meter-readings').dataSource.query(
    `SELECT month::text, account_id, devices FROM meter_readings.readings_received_period
      ORDER BY 1, 2`,
  ),
});

async function changeDevice(mutation: string, variables: Record<string, unknown>) {
  const result = await system.graphql<Record<string, { userErrors: unknown[] }>>(
    mutation,
    variables,
    {
      token: agent,
    },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  expect(Object.values(result.data!)[0]!.userErrors).toEqual([]);
  await deliverPendingEvents(system);
}

describe('meter usage per device and month, and readings owed and received per account and billing period', () => {
  it('is the same kept by every write as rebuilt from the readings', async () => {
    const before = await usageRollup();
    const periodsBefore = await billingPeriods();
    expect(periodsBefore.owed.length).toBeGreaterThan(0);
    expect(periodsBefore.received.length).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(0);

    // This month's readings: one at a time and in bulk.
    for (const id of [device.readThenDecommissioned!, device.readThenCancelled!]) {
      const { values } = await latestValues(system, admin, id);
      expect(
        (await submit(system, admin, { deviceId: id, values: raised(values, 300) })).userErrors,
      ).toEqual([]);
    }
    const bulk = await system.graphql<{ submitMeterReadings: { accepted: number } }>(
      `mutation ($inputs: [SubmitMeterReadingInput!]!) { submitMeterReadings(inputs: $inputs) { accepted } }`,
      {
        inputs: await Promise.all(
          [device.tonerAndBulk!, device.bulk2!, device.bulk3!].map(async (id) => ({
            deviceId: id,
            values: raised((await latestValues(system, admin, id)).values, 250),
          })),
        ),
      },
      { token: admin },
    );
    expect(bulk.data!.submitMeterReadings.accepted).toBe(3);

    // A late reading by phone between two stored ones: the next reading's usage shrinks.
    const [newest, previous] = (await newestReadings(device.lateThenQuarterly!)).slice(1);
    const day = addDays(
      previous!.readingDate,
      Math.floor(daysBetween(previous!.readingDate, newest!.readingDate) / 2),
    );
    const between = newest!.values.map(({ meter, value }, i) => ({
      meter,
      value: Math.floor((value + previous!.values[i]!.value) / 2),
    }));
    const late = await submit(system, agent, {
      deviceId: device.lateThenQuarterly!,
      readingDate: day,
      values: between,
    });
    expect(late.userErrors).toEqual([]);

    // A correction of an older reading and the voiding of another.
    const [, toCorrect] = await newestReadings(device.corrected!);
    const [lower] = (await newestReadings(device.corrected!)).slice(2);
    const corrected = toCorrect!.values.map(({ meter, value }, i) => ({
      meter,
      value: value - Math.floor((value - lower!.values[i]!.value) / 3),
    }));
    expect(
      await mutate('correctMeterReading', {
        readingId: toCorrect!.id,
        values: corrected,
        reason: 'Read off the wrong counter',
      }),
    ).toEqual([]);
    const [, toVoid] = await newestReadings(device.voided!);
    expect(
      await mutate('voidMeterReading', { readingId: toVoid!.id, reason: 'Entered twice by phone' }),
    ).toEqual([]);

    // A device leaves the fleet; another is read quarterly from now on.
    await changeDevice(
      `mutation ($id: ID!) { decommissionDevice(deviceId: $id, reason: "Scrapped.") { userErrors { code } } }`,
      { id: device.readThenDecommissioned! },
    );
    await changeDevice(
      `mutation ($id: ID!, $contract: ServiceContractInput!) {
         updateDeviceContract(deviceId: $id, contract: $contract) { userErrors { code } } }`,
      {
        id: device.lateThenQuarterly!,
        contract: {
          contractNumber: 'SC-ROLLUP-Q',
          responseTimeHours: 8,
          billedMeters: ['TOTAL'],
          readingFrequency: 'QUARTERLY',
        },
      },
    );

    const maintained = await usageRollup();
    const periods = await billingPeriods();
    expect(maintained).not.toEqual(before);
    expect(periods.owed).not.toEqual(periodsBefore.owed);
    expect(periods.received).not.toEqual(periodsBefore.received);
    await rebuildMeterReadings(system.subgraph('meter-readings').dataSource);
    expect(await usageRollup()).toEqual(maintained);
    expect(await billingPeriods()).toEqual(periods);
  });
});

async function ok(token: string, query: string, variables: Record<string, unknown>) {
  const result = await system.graphql<Record<string, { userErrors: unknown[] }>>(query, variables, {
    token,
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const payload = Object.values(result.data!)[0]!;
  expect(payload.userErrors).toEqual([]);
  return payload as unknown as Record<string, { id: string }>;
}

const rows = (subgraph: string, sql: string) => system.subgraph(subgraph).dataSource.query(sql);

describe('service orders per device and day, and per account and day', () => {
  const ORDER = `mutation ($input: CreateServiceOrderInput!) { createServiceOrder(input: $input) {
    serviceOrder { id } userErrors { code } } }`;
  const orderDays = () =>
    rows(
      'service-orders',
      `SELECT device_id, day::text, submitted, due, responded_on_time, responded_late,
              unresponded, finished FROM service_orders.service_order_day ORDER BY device_id, day`,
    );

  const accountDays = () =>
    rows(
      'service-orders',
      `SELECT account_id, day::text, submitted, due, responded_on_time, responded_late,
              unresponded, finished FROM service_orders.service_order_account_day
        ORDER BY account_id, day`,
    );

  it('is the same kept by every transition as rebuilt from the orders, per device and per account', async () => {
    const before = await orderDays();
    const accountsBefore = await accountDays();
    const create = (id: string, type: string) =>
      ok(admin, ORDER, {
        input: {
          deviceId: id,
          type,
          description: 'Paper jams in tray 2',
          contactName: 'Alma Administrator',
          contactPhone: '+45 70 10 20 30',
        },
      });
    const worked = (await create(device.worked!, 'BREAKDOWN')).serviceOrder!.id;
    const cancelled = (await create(device.readThenCancelled!, 'MAINTENANCE')).serviceOrder!.id;
    await ok(
      agent,
      `mutation ($id: ID!) { acknowledgeServiceOrder(id: $id) { userErrors { code } } }`,
      { id: worked },
    );
    await ok(
      planner,
      `mutation ($id: ID!, $at: DateTime!, $tech: ID!) { scheduleServiceOrder(id: $id, visitAt: $at, technicianId: $tech) { userErrors { code } } }`,
      { id: worked, at: visitTime(), tech: technicianId },
    );
    await ok(tech, `mutation ($id: ID!) { startServiceOrder(id: $id) { userErrors { code } } }`, {
      id: worked,
    });
    await ok(
      tech,
      `mutation ($id: ID!) { resolveServiceOrder(id: $id, comment: "New pick-up roller") { userErrors { code } } }`,
      { id: worked },
    );
    await ok(
      admin,
      `mutation ($id: ID!) { cancelServiceOrder(id: $id, reason: "Done ourselves") { userErrors { code } } }`,
      { id: cancelled },
    );

    const maintained = await orderDays();
    const maintainedAccounts = await accountDays();
    expect(maintained).not.toEqual(before);
    expect(maintainedAccounts).not.toEqual(accountsBefore);
    await rebuildServiceOrders(system.subgraph('service-orders').dataSource);
    expect(await orderDays()).toEqual(maintained);
    expect(await accountDays()).toEqual(maintainedAccounts);
  });
});

describe('toner shipments per location, month and product', () => {
  const shipmentMonths = () =>
    rows(
      'toner',
      `SELECT location_id, month::text, sku, shipments, units_ordered, units_delivered
         FROM toner.shipment_month ORDER BY location_id, month, sku`,
    );

  it('is the same kept by every alert, dispatch and delivery as rebuilt from the shipments', async () => {
    await projected(system, device.tonerAndBulk!, (row) => row !== null);
    const eMaintenance = await createIntegrationKey(system, admin, [account]);
    const before = await shipmentMonths();
    const alert = await report(system, eMaintenance, {
      alertId: 'EM-ROLLUP-1',
      deviceId: device.tonerAndBulk!,
      colour: 'CYAN',
      levelPercent: 3,
    });
    expect(alert.shipment).not.toBeNull();
    await ok(agent, DISPATCH, { id: alert.shipment!.id });
    await ok(admin, DELIVER, { id: alert.shipment!.id });

    const maintained = await shipmentMonths();
    expect(maintained).not.toEqual(before);
    await rebuildToner(system.subgraph('toner').dataSource);
    expect(await shipmentMonths()).toEqual(maintained);
  });
});
