import { fromGlobalId, toGlobalId } from '@portal/platform';
import {
  createCustomer,
  createStaffUser,
  MONO_A3_MODEL,
  startTestSystem,
  type TestSystem,
} from '@portal/testkit';
import { today } from '@portal/testkit/meter-readings';
import { SUBMIT_MANY, type BulkAnswer } from '@portal/testkit/reading-fleet';
import { addMonths, daysBetween, periodOf } from '../src/domain/calendar';
import { insertReadingFleet } from '../src/reading-fleet';
import { rebuildRollups } from '../src/rollups';

/**
 * Issue 25: bulk intake adds appended readings to the usage and received-periods rollups
 * instead of counting their months again, and still counts again the months of devices whose
 * stored readings a back-dated one changes. Either way the rollups a batch leaves are the ones
 * counted again from the readings.
 */
let system: TestSystem;
let agent: string;
/** The fleet's devices by name, each with one reading on SEEDED (both meters at `base`). */
const devices: Record<string, { id: string; deviceId: string; base: number }> = {};

// Whole quarters in the past, so every day below has come: PP, then P, then this quarter.
const P = addMonths(periodOf(today(), 'QUARTERLY').start, -3);
const PP = addMonths(P, -3);
const on = (quarter: string, month: number, day: number) =>
  `${addMonths(quarter, month).slice(0, 8)}${String(day).padStart(2, '0')}`;
const SEEDED = on(PP, 0, 10);

beforeAll(async () => {
  // The demo database only for the model catalogue; the customer and the agent are built here.
  system = await startTestSystem({ deliverEvents: false });
  // Delivers what is pending too (the demo template's events and the customer's).
  const accountId = fromGlobalId('Account', (await createCustomer(system)).accounts[0]!.id)!;
  agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  const dataSource = system.subgraph('meter-readings').dataSource;
  for (const [prefix, names] of [
    ['RM', ['m1', 'm2', 'm3', 'm4', 'm5', 'm6']],
    ['RQ', ['q1', 'q2', 'q3']],
    ['RS', ['s1']],
  ] as const) {
    const fleet = await insertReadingFleet((sql, params) => dataSource.query(sql, params), {
      prefix,
      size: names.length,
      accountId,
      modelId: fromGlobalId('DeviceModel', MONO_A3_MODEL)!,
      readingDate: SEEDED,
    });
    names.forEach((name, i) => {
      const { deviceId, base } = fleet[i]!;
      devices[name] = { id: toGlobalId('Device', deviceId), deviceId, base };
    });
  }
  await dataSource.query(
    `UPDATE meter_readings.device_projection
        SET snapshot = jsonb_set(snapshot, '{readingFrequency}', '"QUARTERLY"')
      WHERE serial_number LIKE 'RQ%'`,
  );
  // Owing no readings: a sandbox device, and periods that began before a device was installed.
  await dataSource.query(
    `UPDATE meter_readings.device_projection SET snapshot = snapshot || '{"sandbox": true}'
      WHERE serial_number LIKE 'RS%'`,
  );
  await dataSource.query(
    `UPDATE meter_readings.device_projection
        SET snapshot = jsonb_set(snapshot, '{installedAt}', to_jsonb($1::text))
      WHERE device_id = $2`,
    [on(P, 0, 2), devices.m6!.deviceId],
  );
  // The fleet is written without its rollups: counted once, the starting point.
  await rebuildRollups(dataSource);
});
afterAll(async () => {
  await system.stop();
});

/** A reading of the device on the day: 100 pages a day since its seeded reading. */
function reading(name: string, day: string) {
  const value = devices[name]!.base + 100 * daysBetween(SEEDED, day);
  return {
    deviceId: devices[name]!.id,
    readingDate: day,
    values: [
      { meter: 'TOTAL', value },
      { meter: 'BLACK', value },
    ],
  };
}

async function submitBatch(inputs: ReturnType<typeof reading>[]) {
  const result = await system.graphql<BulkAnswer>(SUBMIT_MANY, { inputs }, { token: agent });
  expect(result.errors).toBeUndefined();
  return result.data!.submitMeterReadings;
}

const query = (sql: string, params: unknown[] = []) =>
  system.subgraph('meter-readings').dataSource.query(sql, params);

const rollups = async () => ({
  usage: await query(
    `SELECT device_id, month::text, meter, usage::text, readings, last_reading_date::text
       FROM meter_readings.meter_usage_month ORDER BY device_id, month, meter`,
  ),
  received: await query(
    `SELECT month::text, account_id, devices FROM meter_readings.readings_received_period
      ORDER BY 1, 2`,
  ),
});

/** The rollups as left by the writes equal the rollups counted again from the readings. */
async function expectRebuildUnchanged() {
  const kept = await rollups();
  await rebuildRollups(system.subgraph('meter-readings').dataSource);
  expect(await rollups()).toEqual(kept);
  return kept;
}

it('keeps the rollups of appended, back-dated, repeated and quarterly readings as a rebuild counts them', async () => {
  const before = await rollups();

  // Appended only: new months and periods, two readings of one month out of order, readings
  // of two months of one period (counted once), a month of a period already received, and
  // readings that owe nothing (a sandbox, a month begun before the device's installation).
  const first = await submitBatch([
    reading('m1', on(P, 1, 5)),
    reading('m2', on(P, 2, 20)),
    reading('m2', on(P, 2, 8)),
    reading('m3', on(P, 0, 15)),
    reading('m3', on(P, 1, 3)),
    reading('m4', today()),
    reading('q1', on(P, 0, 12)),
    reading('q1', on(P, 1, 12)),
    reading('q2', on(PP, 1, 12)),
    reading('q2', on(P, 2, 1)),
    reading('q3', on(P, 1, 10)),
    reading('m6', on(P, 0, 20)),
    reading('m6', on(P, 1, 3)),
    reading('s1', on(P, 1, 5)),
  ]);
  expect(first).toMatchObject({ accepted: 14, rejected: 0 });
  const afterFirst = await expectRebuildUnchanged();
  expect(afterFirst).not.toEqual(before);

  // Mixed: back-dated readings before stored ones (their devices' months counted again) in
  // the same batch as appended ones, a reading added to a month that has rows, a quarter
  // received in its second month read in its third, and a refusal.
  const second = await submitBatch([
    reading('m1', on(P, 0, 20)),
    reading('m1', today()),
    reading('m2', on(P, 2, 25)),
    reading('m5', on(P, 1, 1)),
    reading('m5', on(PP, 1, 1)),
    reading('q1', on(P, 2, 1)),
    reading('q2', on(PP, 2, 1)),
    reading('q3', on(P, 2, 5)),
    reading('q3', today()),
    {
      ...reading('m3', on(P, 1, 20)),
      values: [
        { meter: 'TOTAL', value: 1 },
        { meter: 'BLACK', value: 1 },
      ],
    },
  ]);
  expect(second).toMatchObject({ accepted: 9, rejected: 1 });
  const afterSecond = await expectRebuildUnchanged();
  expect(afterSecond).not.toEqual(afterFirst);

  // Three readings of m2 in one month: their usages since the seeded reading, once.
  const [m2] = await query(
    `SELECT usage::int, readings FROM meter_readings.meter_usage_month
      WHERE device_id = $1 AND month = $2 AND meter = 'TOTAL'`,
    [devices.m2!.deviceId, on(P, 2, 1)],
  );
  expect(m2).toEqual({ usage: 100 * daysBetween(SEEDED, on(P, 2, 25)), readings: 3 });
});
