import { startTestSystem, type TestSystem } from '@portal/testkit';
import { addDays, daysBetween } from '../../services/meter-readings/src/domain/calendar';
import { rebuildRollups as rebuildMeterReadings } from '../../services/meter-readings/src/rollups';
import { rebuildRollups as rebuildServiceOrders } from '../../services/service-orders/src/rollups';
import { rebuildRollups as rebuildToner } from '../../services/toner/src/rollups';
import {
  deliverEvents,
  deviceId,
  latestValues,
  raised,
  submit,
} from '@portal/testkit/meter-readings';
import { TECHNICIAN, visitTime } from '@portal/testkit/service-orders';
import { createIntegrationKey, DELIVER, DISPATCH, projected, report } from '@portal/testkit/toner';

/**
 * Issue 23: the analytics rollups kept by every write are the rollups counted again from the
 * facts, after a realistic month of accepts, late readings, corrections and voids.
 */
let system: TestSystem;
let anna: string;
let agent: string;
let planner: string;
let tech: string;

beforeAll(async () => {
  system = await startTestSystem({ deliverEvents: false });
  await deliverEvents(system);
  anna = await system.signIn('anna.admin@nordiskprint.example');
  agent = await system.signIn('agent@service.example');
  planner = await system.signIn('planner@service.example');
  tech = await system.signIn('tech@service.example');
});
afterAll(async () => {
  await system.stop();
});

interface Reading {
  id: string;
  readingDate: string;
  values: { meter: string; value: number }[];
}

async function newestReadings(serial: string): Promise<Reading[]> {
  const result = await system.graphql<{
    device: { meterReadings: { edges: { node: Reading }[] } };
  }>(
    `query ($id: ID!) { device(id: $id) { meterReadings(first: 3) { edges { node {
       id readingDate values { meter value } } } } } }`,
    { id: deviceId(serial) },
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
  await deliverEvents(system);
}

describe('meter usage per device and month, and readings owed and received per account and billing period', () => {
  it('is the same kept by every write as rebuilt from the readings', async () => {
    const before = await usageRollup();
    const periodsBefore = await billingPeriods();
    expect(periodsBefore.owed.length).toBeGreaterThan(0);
    expect(periodsBefore.received.length).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(0);

    // This month's readings: one at a time and in bulk.
    for (const serial of ['NP1000004', 'NP1000005']) {
      const { values } = await latestValues(system, anna, deviceId(serial));
      expect(
        (await submit(system, anna, { deviceId: deviceId(serial), values: raised(values, 300) }))
          .userErrors,
      ).toEqual([]);
    }
    const bulk = await system.graphql<{ submitMeterReadings: { accepted: number } }>(
      `mutation ($inputs: [SubmitMeterReadingInput!]!) { submitMeterReadings(inputs: $inputs) { accepted } }`,
      {
        inputs: await Promise.all(
          ['NP1000001', 'NP1000002', 'NP1000003'].map(async (serial) => ({
            deviceId: deviceId(serial),
            values: raised((await latestValues(system, anna, deviceId(serial))).values, 250),
          })),
        ),
      },
      { token: anna },
    );
    expect(bulk.data!.submitMeterReadings.accepted).toBe(3);

    // A late reading by phone between two stored ones: the next reading's usage shrinks.
    const [newest, previous] = (await newestReadings('NP2000002')).slice(1);
    const day = addDays(
      previous!.readingDate,
      Math.floor(daysBetween(previous!.readingDate, newest!.readingDate) / 2),
    );
    const between = newest!.values.map(({ meter, value }, i) => ({
      meter,
      value: Math.floor((value + previous!.values[i]!.value) / 2),
    }));
    const late = await submit(system, agent, {
      deviceId: deviceId('NP2000002'),
      readingDate: day,
      values: between,
    });
    expect(late.userErrors).toEqual([]);

    // A correction of an older reading and the voiding of another.
    const [, toCorrect] = await newestReadings('NP2000003');
    const [lower] = (await newestReadings('NP2000003')).slice(2);
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
    const [, toVoid] = await newestReadings('FL3000002');
    expect(
      await mutate('voidMeterReading', { readingId: toVoid!.id, reason: 'Entered twice by phone' }),
    ).toEqual([]);

    // A device leaves the fleet; another is read quarterly from now on.
    await changeDevice(
      `mutation ($id: ID!) { decommissionDevice(deviceId: $id, reason: "Scrapped.") { userErrors { code } } }`,
      { id: deviceId('NP1000004') },
    );
    await changeDevice(
      `mutation ($id: ID!, $contract: ServiceContractInput!) {
         updateDeviceContract(deviceId: $id, contract: $contract) { userErrors { code } } }`,
      {
        id: deviceId('NP2000002'),
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
    const create = (serial: string, type: string) =>
      ok(anna, ORDER, {
        input: {
          deviceId: deviceId(serial),
          type,
          description: 'Paper jams in tray 2',
          contactName: 'Anna Andersen',
          contactPhone: '+45 70 10 20 30',
        },
      });
    const worked = (await create('NP1000006', 'BREAKDOWN')).serviceOrder!.id;
    const cancelled = (await create('NP1000005', 'MAINTENANCE')).serviceOrder!.id;
    await ok(
      agent,
      `mutation ($id: ID!) { acknowledgeServiceOrder(id: $id) { userErrors { code } } }`,
      { id: worked },
    );
    await ok(
      planner,
      `mutation ($id: ID!, $at: DateTime!, $tech: ID!) { scheduleServiceOrder(id: $id, visitAt: $at, technicianId: $tech) { userErrors { code } } }`,
      { id: worked, at: visitTime(), tech: TECHNICIAN },
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
      anna,
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
    await projected(system, deviceId('NP1000001'), (row) => row !== null);
    const eMaintenance = await createIntegrationKey(system, anna);
    const before = await shipmentMonths();
    const alert = await report(system, eMaintenance, {
      alertId: 'EM-ROLLUP-1',
      deviceId: deviceId('NP1000001'),
      colour: 'CYAN',
      levelPercent: 3,
    });
    expect(alert.shipment).not.toBeNull();
    await ok(agent, DISPATCH, { id: alert.shipment!.id });
    await ok(anna, DELIVER, { id: alert.shipment!.id });

    const maintained = await shipmentMonths();
    expect(maintained).not.toEqual(before);
    await rebuildToner(system.subgraph('toner').dataSource);
    expect(await shipmentMonths()).toEqual(maintained);
  });
});
