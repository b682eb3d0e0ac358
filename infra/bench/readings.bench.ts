/**
 * `npm run bench:readings`: month-end e-Maintenance intake through the gateway. 10,000 readings
 * across 10,000 devices, submitted in batches of 1000 with an integration key, on the same
 * embedded PostgreSQL and in-process system the tests use. Prints readings per second; asserts
 * nothing about speed (the bulk test in gateway/test checks correctness).
 */
import { createCustomer, startTestSystem, type TestSystem } from '@portal/testkit';
import { submit } from '@portal/testkit/meter-readings';
import {
  monthEndInputs,
  seedReadingFleet,
  SUBMIT_MANY,
  type BulkAnswer,
} from '@portal/testkit/reading-fleet';
import { createIntegrationKey } from '@portal/testkit/toner';

const DEVICES = Number(process.env.BENCH_DEVICES ?? 10_000);
const BATCH = 1000;
const SINGLES = 1000;
const CONCURRENCY = 10;

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem();
});
afterAll(async () => {
  await system.stop();
});

function report(line: string): void {
  process.stdout.write(`${line}\n`);
}

it('measures bulk and single submissions', async () => {
  const customer = await createCustomer(system);
  const key = await createIntegrationKey(
    system,
    await customer.administrator.signIn(),
    customer.accounts,
  );
  const fleet = await seedReadingFleet(system, customer.accounts[0]!, DEVICES + SINGLES);
  const inputs = monthEndInputs(fleet);

  const batches: number[] = [];
  const started = performance.now();
  for (let start = 0; start < DEVICES; start += BATCH) {
    const t = performance.now();
    const result = await system.graphql<BulkAnswer>(
      SUBMIT_MANY,
      { inputs: inputs.slice(start, start + BATCH) },
      { token: key },
    );
    if (result.data?.submitMeterReadings.accepted !== BATCH)
      throw new Error(JSON.stringify(result).slice(0, 500));
    batches.push(performance.now() - t);
  }
  const bulkSeconds = (performance.now() - started) / 1000;

  // The same rules one reading per request, CONCURRENCY requests at a time.
  const singles = inputs.slice(DEVICES, DEVICES + SINGLES);
  const t = performance.now();
  for (let start = 0; start < singles.length; start += CONCURRENCY) {
    const answers = await Promise.all(
      singles.slice(start, start + CONCURRENCY).map((input) => submit(system, key, input)),
    );
    if (answers.some((a) => a.userErrors.length)) throw new Error(JSON.stringify(answers[0]));
  }
  const singleSeconds = (performance.now() - t) / 1000;

  batches.sort((a, b) => a - b);
  report('');
  report(`meter readings intake through the gateway (${new Date().toISOString()})`);
  report(
    `  bulk:   ${DEVICES} readings in batches of ${BATCH}: ${bulkSeconds.toFixed(1)} s, ` +
      `${Math.round(DEVICES / bulkSeconds)} readings/s (batch median ${Math.round(batches[batches.length >> 1]!)} ms, ` +
      `slowest ${Math.round(batches[batches.length - 1]!)} ms)`,
  );
  report(
    `  single: ${SINGLES} submitMeterReading calls, ${CONCURRENCY} at a time: ${singleSeconds.toFixed(1)} s, ` +
      `${Math.round(SINGLES / singleSeconds)} readings/s`,
  );
}, 600_000);
