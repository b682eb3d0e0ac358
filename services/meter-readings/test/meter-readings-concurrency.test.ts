import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createDevice,
  createStaffUser,
  MONO_A3_MODEL,
  startTestSystem,
  type TestSystem,
  deliverPendingEvents,
} from '@portal/testkit';
import {
  daysFromToday,
  latestValues,
  phoneInReadings,
  raised,
  submit,
  today,
  type SubmitResult,
} from '@portal/testkit/meter-readings';

const PARALLEL = 50;
const PROPERTY_RUNS = 15;

let system: TestSystem;
let anna: string;
let agent: string;
/** The customer's devices (global ids), each read 35 days ago. */
const devices = {} as Record<'first' | 'second' | 'third', string>;
/** A device without readings for the property; each run starts it afresh. */
let fresh: string;

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem({ deliverEvents: false });
  await deliverPendingEvents(system);
  const customer = await createCustomer(system);
  const account = customer.accounts[0]!;
  anna = await customer.administrator.signIn();
  agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  for (const [name, modelId, values] of [
    ['first', COLOUR_A3_MODEL, { TOTAL: 250_000, BLACK: 170_000, COLOUR: 80_000 }],
    ['second', MONO_A3_MODEL, { TOTAL: 600_000, BLACK: 600_000 }],
    ['third', COLOUR_A3_MODEL, { TOTAL: 310_000, BLACK: 200_000, COLOUR: 110_000 }],
  ] as const) {
    const { id } = await createDevice(system, account, {
      agentToken: agent,
      modelId,
      billedMeters: Object.keys(values),
    });
    devices[name] = id;
    await phoneInReadings(system, agent, id, [{ daysAgo: 35, values }]);
  }
  fresh = (
    await createDevice(system, account, {
      agentToken: agent,
      modelId: MONO_A3_MODEL,
      billedMeters: ['TOTAL', 'BLACK'],
    })
  ).id;
}, 120_000);
afterAll(async () => {
  await system.stop();
});

async function storedReadings(
  localDeviceId: string,
): Promise<{ id: string; reading_date: string; values: Record<string, number> }[]> {
  return system.subgraph('meter-readings').dataSource.query(
    `SELECT r.id, r.reading_date::text AS reading_date,
            jsonb_object_agg(v.meter, v.value) AS values
       FROM meter_readings.meter_reading r JOIN meter_readings.meter_reading_value v ON v.reading_id = r.id
      WHERE r.device_id = $1 GROUP BY r.id ORDER BY r.reading_date`,
    [localDeviceId],
  );
}

async function eventsFor(readingIds: string[]): Promise<number> {
  const rows: { n: string }[] = await system.subgraph('meter-readings').dataSource.query(
    // One MeterReadingsAccepted per submission, naming each of its readings once.
    `SELECT count(*) AS n FROM meter_readings.outbox o, jsonb_array_elements(o.payload->'readings') r
        WHERE o.type = 'MeterReadingsAccepted' AND r->>'readingId' = ANY($1::text[])`,
    [readingIds],
  );
  return Number(rows[0]!.n);
}

const localId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

describe('concurrent submissions for one device and day', () => {
  it(`leaves exactly one reading after ${PARALLEL} parallel identical submissions`, async () => {
    const { values } = await latestValues(system, anna, devices.first);
    const input = { deviceId: devices.first, values: raised(values, 250) };
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () => submit(system, anna, input)),
    );
    const accepted = results.filter((r) => r.meterReading);
    expect(accepted).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'ALREADY_SUBMITTED_TODAY')).toHaveLength(
      PARALLEL - 1,
    );
    const todays = (await storedReadings(localId(devices.first))).filter(
      (r) => r.reading_date === today(),
    );
    expect(todays.map((r) => r.id)).toEqual([localId(accepted[0]!.meterReading!.id)]);
    expect(await eventsFor(todays.map((r) => r.id))).toBe(1);
  });

  it(`answers ${PARALLEL} parallel retries with one idempotency key with the same one reading`, async () => {
    const { values } = await latestValues(system, anna, devices.second);
    const input = {
      deviceId: devices.second,
      values: raised(values, 250),
      idempotencyKey: randomUUID(),
    };
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () => submit(system, anna, input)),
    );
    const ids = new Set(results.map((r) => r.meterReading?.id));
    expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
    const todays = (await storedReadings(localId(devices.second))).filter(
      (r) => r.reading_date === today(),
    );
    expect(todays).toHaveLength(1);
    expect(await eventsFor(todays.map((r) => r.id))).toBe(1);
  });

  it(`accepts exactly one of ${PARALLEL} parallel submissions with different values`, async () => {
    const { values } = await latestValues(system, anna, devices.third);
    const results: SubmitResult[] = await Promise.all(
      Array.from({ length: PARALLEL }, (_, n) =>
        submit(system, anna, { deviceId: devices.third, values: raised(values, 100 + n) }),
      ),
    );
    const accepted = results.filter((r) => r.meterReading);
    expect(accepted).toHaveLength(1);
    expect(
      results.filter((r) => r.userErrors.length > 0).map((r) => r.userErrors[0]!.code),
    ).toEqual(Array(PARALLEL - 1).fill('ALREADY_SUBMITTED_TODAY'));
    const todays = (await storedReadings(localId(devices.third))).filter(
      (r) => r.reading_date === today(),
    );
    expect(todays).toHaveLength(1);
    expect(todays[0]!.values).toEqual(
      Object.fromEntries(accepted[0]!.meterReading!.values.map((v) => [v.meter, v.value])),
    );
  });
});

describe('random interleavings (fast-check)', () => {
  it('never stores a decreasing series, whatever order concurrent readings arrive in', async () => {
    const submission = fc.record({
      daysAgo: fc.integer({ min: 0, max: 20 }),
      total: fc.integer({ min: 0, max: 200_000 }),
      black: fc.integer({ min: 0, max: 200_000 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(submission, { minLength: 2, maxLength: 12 }),
        fc.scheduler(),
        async (submissions, s) => {
          const device = localId(fresh);
          await system.subgraph('meter-readings').dataSource.query(
            `WITH gone AS (DELETE FROM meter_readings.meter_reading WHERE device_id = $1 RETURNING id)
               DELETE FROM meter_readings.meter_reading_value WHERE reading_id IN (SELECT id FROM gone)`,
            [device],
          );
          // The scheduler decides in which order the submissions start; they then run side by side.
          const results = submissions.map(({ daysAgo, total, black }) =>
            s.schedule(Promise.resolve(), `day -${daysAgo}: ${total}/${black}`).then(() =>
              submit(system, agent, {
                deviceId: fresh,
                readingDate: daysFromToday(-daysAgo),
                values: [
                  { meter: 'TOTAL', value: total },
                  { meter: 'BLACK', value: black },
                ],
              }),
            ),
          );
          await s.waitAll();
          const answers = await Promise.all(results);

          const stored = await storedReadings(device);
          for (let i = 1; i < stored.length; i++) {
            expect(stored[i]!.values.TOTAL).toBeGreaterThanOrEqual(stored[i - 1]!.values.TOTAL!);
            expect(stored[i]!.values.BLACK).toBeGreaterThanOrEqual(stored[i - 1]!.values.BLACK!);
          }
          // Every reading answered as accepted is stored, and nothing else is.
          const accepted = answers.flatMap((a) =>
            a.meterReading ? [localId(a.meterReading.id)] : [],
          );
          expect(stored.map((r) => r.id).sort()).toEqual(accepted.sort());
          expect(new Set(stored.map((r) => r.reading_date)).size).toBe(stored.length);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
