import { randomUUID } from 'node:crypto';
import { demoIds, sqlStatementCount } from '@portal/platform';
import { registerDevice } from '../src/domain/device.service';
import { startTestSystem, type TestSystem } from '@portal/testkit';

let system: TestSystem;
let token: string;

beforeAll(async () => {
  // Resolve the principal on every request, so that both pages pay the same fixed cost.
  // No event delivery either: its background polling would be counted too.
  system = await startTestSystem({ principalCacheMs: 0, deliverEvents: false });
  await system.devices.dataSource.transaction(async (manager) => {
    for (let n = 0; n < 60; n++) {
      await registerDevice(manager, {
        id: randomUUID(),
        serialNumber: `BATCH${String(n).padStart(4, '0')}`,
        modelId: demoIds.model(n % 2 ? 'imageRUNNER ADVANCE DX C5840i' : 'i-SENSYS LBP325x'),
        accountId: demoIds.account(n % 3 ? '100200' : '100201'),
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
  token = await system.signIn('agent@service.example');
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
