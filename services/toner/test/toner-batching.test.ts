import { randomUUID } from 'node:crypto';
import { demoIds, sqlStatementCount, toGlobalId } from '@portal/platform';
import { registerDevice } from '../../devices/src/domain/device.service';
import { StockLocation } from '../src/entities/stock-location.entity';
import { StockLevel } from '../src/entities/stock-level.entity';
import { Shipment } from '../src/entities/shipment.entity';
import { ShipmentStatusChange } from '../src/entities/shipment-status-change.entity';
import { DeviceProjection } from '../src/entities/device-projection.entity';
import { TonerProduct } from '../src/entities/toner-product.entity';
import { startTestSystem, type TestSystem } from '@portal/testkit';

let system: TestSystem;
let token: string;

/** Stock locations on an account, each with levels, shipments (with history) and a device. */
async function seedLocations(account: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  await system.subgraph('toner').dataSource.transaction(async (manager) => {
    for (let n = 0; n < count; n++) {
      const id = randomUUID();
      ids.push(id);
      await manager.insert(StockLocation, {
        id,
        accountId: demoIds.account(account),
        name: `Batch ${account} ${String(n).padStart(3, '0')}`,
        address: 'Batchvej 1',
        shippingInstructions: '',
        contactName: null,
        revision: 1,
      });
      await manager.insert(
        StockLevel,
        ['C-EXV58-BK', 'C-EXV58-C'].map((sku) => ({
          locationId: id,
          sku,
          quantity: 3,
          minimumLevel: 2,
          targetLevel: 5,
        })),
      );
      for (const status of ['CREATED', 'DISPATCHED', 'DELIVERED'] as const) {
        const shipment = randomUUID();
        await manager.insert(Shipment, {
          id: shipment,
          locationId: id,
          sku: 'C-EXV58-BK',
          quantity: 2,
          status,
          reason: 'Batch',
          reasonCode: 'TONER_LOW',
          reasonParameters: {},
          alertId: null,
          deviceId: null,
          createdAt: new Date(),
          dispatchedAt: null,
          deliveredAt: null,
          revision: 1,
        });
        await manager.insert(ShipmentStatusChange, {
          shipmentId: shipment,
          status: 'CREATED',
          at: new Date(),
          by: 'system:test',
          byName: null,
        });
      }
      const deviceId = randomUUID();
      await manager.insert(DeviceProjection, {
        deviceId,
        revision: 1,
        serialNumber: `BT${account}${n}`,
        accountId: demoIds.account(account),
        status: 'ACTIVE',
        snapshot: {
          deviceId,
          accountId: demoIds.account(account),
          status: 'ACTIVE',
          stockLocationId: id,
        } as never,
      });
    }
  });
  return ids;
}

beforeAll(async () => {
  // The principal resolved on every request and no event delivery, so that nothing but the
  // query itself is counted.
  system = await startTestSystem({ principalCacheMs: 0, deliverEvents: false });
  await system
    .subgraph('toner')
    .dataSource.getRepository(TonerProduct)
    .insert([
      { sku: 'C-EXV58-BK', name: 'C-EXV 58 Toner Black', colour: 'BLACK' },
      { sku: 'C-EXV58-C', name: 'C-EXV 58 Toner Cyan', colour: 'CYAN' },
    ]);
  await seedLocations('100201', 4);
  const many = await seedLocations('100200', 60);
  // Devices linked to the locations, for pages of devices that ask for their stock location.
  await system.devices.dataSource.transaction(async (manager) => {
    for (let n = 0; n < 60; n++) {
      await registerDevice(manager, {
        serialNumber: `TBATCH${String(n).padStart(3, '0')}`,
        modelId: demoIds.model('imageRUNNER ADVANCE DX C5840i'),
        accountId: demoIds.account('100200'),
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
          contractNumber: `SC-TB${n}`,
          responseTimeHours: 8,
          billedMeters: ['TOTAL'],
          readingFrequency: 'MONTHLY',
        },
        eMaintenance: true,
        stockLocationId: many[n]!,
      });
    }
  });
  token = await system.signIn('agent@service.example');
});
afterAll(async () => {
  await system.stop();
});

async function statements(query: string, variables: Record<string, unknown>): Promise<number> {
  const before = sqlStatementCount('toner');
  const result = await system.graphql(query, variables, { token });
  expect(result.errors).toBeUndefined();
  return sqlStatementCount('toner') - before;
}

const LOCATIONS = `query ($account: ID!) { stockLocations(accountId: $account) {
  name account { id }
  levels { toner { name colour } quantity belowMinimum inShipment }
  devices { id }
  shipments(first: 2) { totalCount edges { node { status toner { name } stockLocation { name } history { status } } } } } }`;

it('costs the same SQL statements for the levels, devices and shipments of 61 locations as of 5', async () => {
  const account = (n: string) => ({ account: toGlobalId('Account', demoIds.account(n)) });
  await statements(LOCATIONS, account('100201')); // warm-up
  const five = await statements(LOCATIONS, account('100201'));
  const sixtyOne = await statements(LOCATIONS, account('100200'));
  // DataLoader batches per tick; under load one batch can split in two. An N+1 would add ~56.
  expect(Math.abs(sixtyOne - five)).toBeLessThanOrEqual(1);
  expect(Math.max(five, sixtyOne)).toBeLessThanOrEqual(10);
});

it("costs the same SQL statements for 50 devices' stock locations as for 5", async () => {
  const query = `query ($first: Int) { devices(first: $first, filter: { search: "TBATCH" }) { edges { node {
    serialNumber stockLocation { name levels { quantity toner { name } } } } } } }`;
  await statements(query, { first: 5 });
  const five = await statements(query, { first: 5 });
  const fifty = await statements(query, { first: 50 });
  expect(fifty).toBe(five);
  expect(five).toBeLessThanOrEqual(4);
});
