import {
  ANONYMOUS,
  demoIds,
  Principal,
  RequestLoaders,
  startSubgraph,
  toGlobalId,
  type AccountGrant,
  type PrincipalClaims,
  type RunningSubgraph,
  type StaffRole,
} from '@portal/platform';
import { createTestDatabase, type TestDatabase } from '@portal/devkit';
import { devices } from '../../services/devices/src/subgraph';
import { toner } from '../../services/toner/src/subgraph';
import { serviceOrders } from '../../services/service-orders/src/subgraph';
import { DeviceService } from '../../services/devices/src/domain/device.service';
import { Device } from '../../services/devices/src/entities/device.entity';
import { recordDeviceEvent } from '../../services/devices/src/events';
import { StockLocationService } from '../../services/toner/src/domain/stock-location.service';
import { StockLocation } from '../../services/toner/src/entities/stock-location.entity';
import { ServiceOrderService } from '../../services/service-orders/src/domain/service-order.service';
import { ServiceOrder } from '../../services/service-orders/src/entities/service-order.entity';
import { meterReadings } from '../../services/meter-readings/src/subgraph';
import { MeterReadingService } from '../../services/meter-readings/src/domain/meter-reading.service';
import { visibleDevicesCondition } from '../../services/meter-readings/src/domain/reading-access';
import { DeviceProjection as ReadingDevice } from '../../services/meter-readings/src/entities/device-projection.entity';
import { MeterReading } from '../../services/meter-readings/src/entities/meter-reading.entity';

/**
 * Each subgraph answers "what may the caller see" twice: a list builds SQL that filters the
 * rows, a look-up (and every entity reference) checks one object in code. They must agree: for
 * every kind of caller, the list holds exactly the objects whose own read check passes.
 */

let database: TestDatabase;
const running: RunningSubgraph[] = [];
beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  for (const definition of [devices, toner, serviceOrders, meterReadings] as never[])
    running.push(
      await startSubgraph(definition, { port: 0, databaseUrl: database.url, deliverEvents: false }),
    );
  // The demo world's devices, as the other subgraphs learn them: each device's event, delivered
  // by the subgraphs' own relay and consumers (their projections decide customers' visibility).
  await dataSourceOf('devices').transaction(async (manager) => {
    for (const device of await manager.find(Device))
      await recordDeviceEvent(manager, 'DeviceRegistered', device);
  });
  for (const subgraph of running) await subgraph.relay.flush();
  for (const subgraph of running) for (const consumer of subgraph.consumers) await consumer.flush();
}, 60_000);
afterAll(async () => {
  for (const subgraph of running) await subgraph.stop();
  await database.drop();
});
const dataSourceOf = (name: string) => running.find((s) => s.name === name)!.dataSource;

const NORDISK = demoIds.organization('Nordisk Print A/S');
const HQ = '100200';
const BRANCH = '100201';
const grant = (account: string, ...roles: AccountGrant['roles']): AccountGrant => ({
  accountId: demoIds.account(account),
  roles,
});
const customer = (claims: Partial<PrincipalClaims>): PrincipalClaims => ({
  ...ANONYMOUS,
  kind: 'user',
  id: demoIds.user('sune.self@nordiskprint.example'),
  organizationId: NORDISK,
  ...claims,
});
const staff = (staffRole: StaffRole, email: string): PrincipalClaims => ({
  ...ANONYMOUS,
  kind: 'user',
  id: demoIds.user(email),
  staffRole,
});

/** Callers made for the test: every role, and grants that do not fit the objects they name. */
const CALLERS: Record<string, PrincipalClaims> = {
  'Administrator of HQ': customer({ grants: [grant(HQ, 'ADMINISTRATOR')] }),
  'Administrator of the branch, Device Manager at HQ': customer({
    grants: [grant(BRANCH, 'ADMINISTRATOR'), grant(HQ, 'DEVICE_MANAGER')],
    deviceIds: [demoIds.device('NP1000002')],
  }),
  'Device Manager at HQ with two devices': customer({
    grants: [grant(HQ, 'DEVICE_MANAGER')],
    deviceIds: [demoIds.device('NP1000001'), demoIds.device('NP1000002')],
  }),
  // Assigned an HQ device while holding the role on the branch only: sees nothing of it.
  'Device Manager at the branch assigned an HQ device': customer({
    grants: [grant(BRANCH, 'DEVICE_MANAGER')],
    deviceIds: [demoIds.device('NP1000001')],
  }),
  'Stock Manager at HQ': customer({
    grants: [grant(HQ, 'STOCK_MANAGER')],
    stockLocationIds: [demoIds.stockLocation('Copenhagen HQ store')],
  }),
  'Stock Manager at the branch assigned the HQ store': customer({
    grants: [grant(BRANCH, 'STOCK_MANAGER')],
    stockLocationIds: [demoIds.stockLocation('Copenhagen HQ store')],
  }),
  'Self-Service user at HQ': customer({ grants: [grant(HQ, 'SELF_SERVICE_USER')] }),
  'API key of HQ': customer({ kind: 'apiKey', grants: [grant(HQ, 'ADMINISTRATOR')] }),
  'Administrator of Fjord Logistik': customer({
    id: demoIds.user('bo.admin@fjordlogistik.example'),
    organizationId: demoIds.organization('Fjord Logistik ApS'),
    grants: [grant('300400', 'ADMINISTRATOR')],
  }),
  'Service agent': staff('SERVICE_AGENT', 'agent@service.example'),
  'Service planner': staff('SERVICE_PLANNER', 'planner@service.example'),
  Technician: staff('TECHNICIAN', 'tech@service.example'),
};

/** Every page of a keyset-paginated list. */
async function allPages<T>(
  page: (after: string | null) => Promise<{
    edges: { node: T }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let after: string | null = null; ;) {
    const connection = await page(after);
    rows.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) return rows;
    after = connection.pageInfo.endCursor;
  }
}

/** Ids the per-object check lets through, of every row there is. */
async function passingOneByOne(
  ids: string[],
  check: (id: string) => Promise<unknown>,
): Promise<string[]> {
  const passing: string[] = [];
  for (const id of ids) if (await check(id)) passing.push(id);
  return passing.sort();
}

const sorted = (ids: string[]) => [...ids].sort();
const seenBy: Record<string, Record<string, number>> = {
  devices: {},
  stock: {},
  orders: {},
  readings: {},
};

describe.each(Object.entries(CALLERS))('%s', (caller, claims) => {
  const principal = () => new Principal(claims);

  it('devices: the list is exactly the devices device(id:) finds', async () => {
    const ds = dataSourceOf('devices');
    const service = () => new DeviceService(ds, principal(), new RequestLoaders());
    const every = await ds.getRepository(Device).find();
    const listed = await allPages((after) =>
      service().list(
        { status: ['ACTIVE', 'REMOVAL_REQUESTED', 'DECOMMISSIONED'] },
        100,
        after,
        null,
      ),
    );
    const found = await passingOneByOne(
      every.map((d) => d.id),
      (id) => service().byId(toGlobalId('Device', id)),
    );
    expect(sorted(listed.map((d) => d.id))).toEqual(found);
    seenBy.devices![caller] = found.length;
  });

  it('stock locations: the list is exactly the locations stockLocation(id:) finds', async () => {
    const ds = dataSourceOf('toner');
    const service = () => new StockLocationService(ds, principal(), new RequestLoaders(), () => {});
    const every = await ds.getRepository(StockLocation).find();
    const listed = (await service().list(null)) ?? [];
    const found = await passingOneByOne(
      every.map((l) => l.id),
      (id) => service().byId(toGlobalId('StockLocation', id)),
    );
    expect(sorted(listed.map((l) => l.id))).toEqual(found);
    seenBy.stock![caller] = found.length;
  });

  it('service orders: the list is exactly the orders serviceOrder(id:) finds', async () => {
    const ds = dataSourceOf('service-orders');
    const service = () => new ServiceOrderService(ds, principal(), new RequestLoaders());
    const every = await ds.getRepository(ServiceOrder).find();
    const listed = await allPages((after) => service().list(null, 100, after));
    const found = await passingOneByOne(
      every.map((o) => o.id),
      (id) => service().byId(toGlobalId('ServiceOrder', id)),
    );
    expect(sorted(listed.map((o) => o.id))).toEqual(found);
    seenBy.orders![caller] = found.length;
  });

  // Readings' lists (due, fleet analytics) filter devices by visibleDevicesCondition; a reading
  // looked up by id (and every device's history) is checked by maySeeReadings.
  it('meter readings: the SQL filter holds exactly the devices whose readings meterReading(id:) finds', async () => {
    const ds = dataSourceOf('meter-readings');
    const service = () => new MeterReadingService(ds, principal(), new RequestLoaders(), () => {});
    const condition = visibleDevicesCondition(principal(), 'd');
    const filtered = condition
      ? await ds
          .getRepository(ReadingDevice)
          .createQueryBuilder('d')
          .where(condition.sql, condition.params)
          .getMany()
      : [];
    const every = await ds.getRepository(MeterReading).find();
    const found = await passingOneByOne(
      every.map((r) => r.id),
      (id) => service().byId(toGlobalId('MeterReading', id)),
    );
    const readDevices = new Set(every.map((r) => r.deviceId));
    const listedDevices = filtered.map((d) => d.deviceId).filter((id) => readDevices.has(id));
    const foundDevices = [
      ...new Set(every.filter((r) => found.includes(r.id)).map((r) => r.deviceId)),
    ];
    expect(sorted(listedDevices)).toEqual(sorted(foundDevices));
    seenBy.readings![caller] = found.length;
  });
});

it('compared lists that show some objects and not others, for some callers and not others', () => {
  // Not an empty list agreeing with nothing found: each kind of object is seen by some callers,
  // missed by others, and nobody but staff sees all of it.
  for (const [kind, counts] of Object.entries(seenBy)) {
    const values = Object.values(counts);
    expect({ kind, callers: values.length }).toEqual({
      kind,
      callers: Object.keys(CALLERS).length,
    });
    expect({ kind, someSee: values.some((n) => n > 0) }).toEqual({ kind, someSee: true });
    expect({ kind, someMiss: values.some((n) => n === 0) }).toEqual({ kind, someMiss: true });
    expect({ kind, differ: new Set(values).size > 2 }).toEqual({ kind, differ: true });
  }
});
