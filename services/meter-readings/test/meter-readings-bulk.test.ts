import { createCustomer, startTestSystem, type TestSystem } from '@portal/testkit';
import { today } from '@portal/testkit/meter-readings';
import {
  monthEndInputs,
  seedReadingFleet,
  SUBMIT_MANY,
  type BulkAnswer,
  type FleetDevice,
} from '@portal/testkit/reading-fleet';
import { createIntegrationKey } from '@portal/testkit/toner';

const DEVICES = 10_000;
const BATCH = 1000;

let system: TestSystem;
let fleet: FleetDevice[];
let key: string;

beforeAll(async () => {
  // No demo world: the fleet is written straight into meter readings, on a customer built here.
  system = await startTestSystem({ demo: false });
  const customer = await createCustomer(system);
  fleet = await seedReadingFleet(system, customer.accounts[0]!, DEVICES);
  key = await createIntegrationKey(
    system,
    await customer.administrator.signIn(),
    customer.accounts,
  );
});
afterAll(async () => {
  await system.stop();
});

// Throughput is measured by `npm run bench:readings` (infra/bench), not asserted here.
it(`accepts ${DEVICES.toLocaleString('en')} month-end readings across as many devices in batches of ${BATCH}, answering each input`, async () => {
  const inputs = monthEndInputs(fleet);
  let accepted = 0;
  for (let start = 0; start < inputs.length; start += BATCH) {
    const batch = inputs.slice(start, start + BATCH);
    const result = await system.graphql<BulkAnswer>(SUBMIT_MANY, { inputs: batch }, { token: key });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.submitMeterReadings;
    expect(payload.rejected).toBe(0);
    expect(payload.results.map((r) => r.index)).toEqual(batch.map((_, i) => i));
    payload.results.forEach((r, i) => {
      expect(r.userErrors).toEqual([]);
      expect(r.meterReading).toMatchObject({
        readingDate: today(),
        source: 'E_MAINTENANCE',
        values: [
          {
            meter: 'TOTAL',
            value: batch[i]!.values[0]!.value,
            usageSincePrevious: 300 + ((start + i) % 500),
          },
          {
            meter: 'BLACK',
            value: batch[i]!.values[1]!.value,
            usageSincePrevious: 300 + ((start + i) % 500),
          },
        ],
      });
    });
    accepted += payload.accepted;
  }
  expect(accepted).toBe(DEVICES);

  // Every reading announced once, in one MeterReadingsAccepted event per batch.
  const stored: { readings: string; announced: string; events: string }[] = await system
    .subgraph('meter-readings')
    .dataSource.query(
      `WITH announced AS (
         SELECT o.event_id FROM meter_readings.outbox o, jsonb_array_elements(o.payload->'readings') r
          WHERE o.type = 'MeterReadingsAccepted'
            AND r->>'readingDate' = $1::text AND r->>'submittedBy' LIKE 'apiKey:%')
       SELECT (SELECT count(*) FROM meter_readings.meter_reading WHERE reading_date = $1::date AND submitted_by LIKE 'apiKey:%') AS readings,
              (SELECT count(*) FROM announced) AS announced,
              (SELECT count(DISTINCT event_id) FROM announced) AS events`,
      [today()],
    );
  expect(stored[0]).toEqual({
    readings: String(DEVICES),
    announced: String(DEVICES),
    events: String(DEVICES / BATCH),
  });

  // Month-end retries (same keys, same readings) store nothing more and answer the same.
  const retry = await system.graphql<BulkAnswer>(
    SUBMIT_MANY,
    { inputs: inputs.slice(0, BATCH) },
    { token: key },
  );
  expect(retry.data!.submitMeterReadings.accepted).toBe(BATCH);
  const again: { n: string }[] = await system
    .subgraph('meter-readings')
    .dataSource.query(
      `SELECT count(*) AS n FROM meter_readings.meter_reading WHERE reading_date = $1`,
      [today()],
    );
  expect(Number(again[0]!.n)).toBe(DEVICES);
});
