import { randomUUID } from 'node:crypto';
import { fromGlobalId, sqlStatementCount } from '@portal/platform';
import { registerDevice } from '../../devices/src/domain/device.service';
import { StockLocation } from '../src/entities/stock-location.entity';
import { StockLevel } from '../src/entities/stock-level.entity';
import { Shipment } from '../src/entities/shipment.entity';
import { ShipmentStatusChange } from '../src/entities/shipment-status-change.entity';
import { DeviceProjection } from '../src/entities/device-projection.entity';
import { TonerProduct } from '../src/entities/toner-product.entity';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createStaffUser,
  startTestSystem,
  type TestAccount,
  type TestSystem,
} from '@portal/testkit';

let system: TestSystem;
let token: string;
/** The customer's two accounts: 61 stock locations on the first, 5 on the second. */
let many: TestAccount;
let few: TestAccount;

/** Stock locations on an account, each with levels, shipments (with history) and a device. */
async function seedLocations(account: TestAccount, count: number): Promise<string[]> {
  const accountId = fromGlobalId('Account', account.id)!;
  const ids: string[] = [];
  await system.subgraph('toner').dataSource.transaction(async (manager) => {
    for (let n = 0; n < count; n++) {
      const id = randomUUID();
      ids.push(id);
      await manager.insert(StockLocation, {
        id,
        accountId,
        name: `Batch ${account.customerAccountNumber} ${String(n).padStart(3, '0')}`,
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
        serialNumber: `BT${account.customerAccountNumber}${n}`,
        accountId,
        status: 'ACTIVE',
        snapshot: {
          deviceId,
          accountId,
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
  // query itself is counted. The demo database only for the device model (the catalogue is the
  // vendor's); the customer, its locations and devices are built here.
  system = await startTestSystem({ principalCacheMs: 0, deliverEvents: false });
  // The builders deliver what is pending (the customer must reach toner and devices); nothing
  // after them is delivered, so the devices below reach toner only as the seeded projections.
  const customer = await createCustomer(system, { accounts: 2 });
  [many, few] = [customer.accounts[0]!, customer.accounts[1]!];
  token = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  // Upsert: delivering the demo's device events may already have brought the catalogue.
  await system
    .subgraph('toner')
    .dataSource.getRepository(TonerProduct)
    .upsert(
      [
        { sku: 'C-EXV58-BK', name: 'C-EXV 58 Toner Black', colour: 'BLACK' },
        { sku: 'C-EXV58-C', name: 'C-EXV 58 Toner Cyan', colour: 'CYAN' },
      ],
      ['sku'],
    );
  await seedLocations(few, 5);
  const sixtyOne = await seedLocations(many, 61);
  // Devices linked to the locations, for pages of devices that ask for their stock location.
  await system.devices.dataSource.transaction(async (manager) => {
    for (let n = 0; n < 60; n++) {
      await registerDevice(manager, {
        serialNumber: `TBATCH${String(n).padStart(3, '0')}`,
        modelId: fromGlobalId('DeviceModel', COLOUR_A3_MODEL)!,
        accountId: fromGlobalId('Account', many.id)!,
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
        stockLocationId: sixtyOne[n]!,
      });
    }
  });
}, 180_000);
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
  await statements(LOCATIONS, { account: few.id }); // warm-up
  const five = await statements(LOCATIONS, { account: few.id });
  const sixtyOne = await statements(LOCATIONS, { account: many.id });
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
