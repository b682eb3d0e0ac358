import { randomUUID } from 'node:crypto';
import { fromGlobalId, sqlStatementCount } from '@portal/platform';
import { registerDevice } from '../src/domain/device.service';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createStaffUser,
  MONO_A4_MODEL,
  startTestSystem,
  type TestSystem,
} from '@portal/testkit';

let system: TestSystem;
let token: string;

beforeAll(async () => {
  // Resolve the principal on every request, so that both pages pay the same fixed cost.
  // No event delivery either: its background polling would be counted too.
  // The demo database only for the model catalogue; customers and the agent are built here.
  system = await startTestSystem({ principalCacheMs: 0, deliverEvents: false });
  // Two organisations, so that a page's accounts and organisations are each several.
  const accounts = [
    (await createCustomer(system)).accounts[0]!,
    (await createCustomer(system)).accounts[0]!,
  ];
  token = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  await system.devices.dataSource.transaction(async (manager) => {
    for (let n = 0; n < 60; n++) {
      await registerDevice(manager, {
        id: randomUUID(),
        serialNumber: `BATCH${String(n).padStart(4, '0')}`,
        modelId: fromGlobalId('DeviceModel', n % 2 ? COLOUR_A3_MODEL : MONO_A4_MODEL)!,
        accountId: fromGlobalId('Account', accounts[n % 3 ? 0 : 1]!.id)!,
        location: {
          address: 'Batchvej 1',
          building: null,
          floor: null,
          room: null,
          note: null,
          contactName: null,
          contactPhone: null,
        },
        installedAt: '2025-05-01',
        contract: {
          contractNumber: `SC-B${n}`,
          responseTimeHours: 8,
          billedMeters: ['TOTAL'],
          readingFrequency: 'MONTHLY',
        },
        eMaintenance: false,
        stockLocationId: null,
      });
    }
  });
});
afterAll(async () => {
  await system.stop();
});

async function statementsForPage(first: number): Promise<number> {
  const before = sqlStatementCount('devices') + sqlStatementCount('identity');
  const result = await system.graphql<{ devices: { edges: unknown[] } }>(
    `query ($first: Int) { devices(first: $first) { totalCount edges { node { serialNumber
       model { name tonerProducts { sku } } account { customerAccountNumber organization { name } } } } } }`,
    { first },
    { token },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.devices.edges).toHaveLength(first);
  return sqlStatementCount('devices') + sqlStatementCount('identity') - before;
}

it('costs the same number of SQL statements for 50 devices as for 5', async () => {
  await statementsForPage(5); // warm-up: connections and prepared metadata
  const five = await statementsForPage(5);
  const fifty = await statementsForPage(50);
  expect(fifty).toBe(five);
  expect(five).toBeLessThanOrEqual(8);
});
