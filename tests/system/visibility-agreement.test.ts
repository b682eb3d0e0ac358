import {
  ANONYMOUS,
  fromGlobalId,
  Principal,
  RequestLoaders,
  toGlobalId,
  type AccountGrant,
  type PrincipalClaims,
} from '@portal/platform';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  startTestSystem,
  type TestAccount,
  type TestSystem,
} from '@portal/testkit';
import { orderFor, serviceOrderApi, visitTime } from '@portal/testkit/service-orders';
import { submit } from '@portal/testkit/meter-readings';
import { DeviceService } from '../../services/devices/src/domain/device.service';
import { Device } from '../../services/devices/src/entities/device.entity';
import { StockLocationService } from '../../services/toner/src/domain/stock-location.service';
import { StockLocation } from '../../services/toner/src/entities/stock-location.entity';
import { ServiceOrderService } from '../../services/service-orders/src/domain/service-order.service';
import { ServiceOrder } from '../../services/service-orders/src/entities/service-order.entity';
import { MeterReadingService } from '../../services/meter-readings/src/domain/meter-reading.service';
import { visibleDevicesCondition } from '../../services/meter-readings/src/domain/reading-access';
import { DeviceProjection as ReadingDevice } from '../../services/meter-readings/src/entities/device-projection.entity';
import { MeterReading } from '../../services/meter-readings/src/entities/meter-reading.entity';

/**
 * Each subgraph answers "what may the caller see" twice: a list builds SQL that filters the
 * rows, a look-up (and every entity reference) checks one object in code. They must agree: for
 * every kind of caller, the list holds exactly the objects whose own read check passes.
 */

/**
 * What the callers' claims name, built here: a customer with an HQ and a branch account (a store
 * on each; two devices at HQ, one linked to the HQ store; one at the branch), another customer
 * with a store and a device, an order on every device (the other customer's scheduled for the
 * technician), readings of three devices, and the staff.
 */
interface World {
  organization: string;
  /** A Self-Service user at HQ: the customer callers' own id. */
  user: string;
  hq: string;
  branch: string;
  hqStore: string;
  hqDevices: [string, string];
  other: { organization: string; account: string; user: string };
  staff: Record<'SERVICE_AGENT' | 'SERVICE_PLANNER' | 'TECHNICIAN', string>;
}

let system: TestSystem;
let world: World;
const local = (type: string, globalId: string) => fromGlobalId(type, globalId)!;

beforeAll(async () => {
  // The demo world holds the device model catalogue; its rows stay in the compared tables (seen
  // by staff, by none of the customers' callers), but no caller is one of its users.
  system = await startTestSystem();
  const people = {
    agent: await createStaffUser(system, 'SERVICE_AGENT'),
    planner: await createStaffUser(system, 'SERVICE_PLANNER'),
    technician: await createStaffUser(system, 'TECHNICIAN'),
  };
  const [agent, planner] = [await people.agent.signIn(), await people.planner.signIn()];
  const ours = await createCustomer(system, { accounts: 2 });
  const other = await createCustomer(system);
  const [hq, branch] = ours.accounts as [TestAccount, TestAccount];
  const theirs = other.accounts[0]!;
  const user = await createUser(system, {
    organization: ours.organization.id,
    name: 'Sune Self',
    grants: [['SELF_SERVICE_USER', hq]],
  });
  const hqStore = await createStockLocation(system, hq, { agentToken: agent });
  await createStockLocation(system, branch, { agentToken: agent });
  await createStockLocation(system, theirs, { agentToken: agent });
  // Linking a store takes e-Maintenance (toner is sent when the device reports it low).
  const hqDevices = [
    await createDevice(system, hq, {
      agentToken: agent,
      stockLocationId: hqStore.id,
      eMaintenance: true,
    }),
    await createDevice(system, hq, { agentToken: agent }),
  ] as const;
  const branchDevice = await createDevice(system, branch, { agentToken: agent });
  const theirDevice = await createDevice(system, theirs, { agentToken: agent });

  const api = serviceOrderApi(system);
  for (const device of [...hqDevices, branchDevice])
    await api.ok(agent, 'create', { input: orderFor(device.id) });
  const scheduled = await api.ok(agent, 'create', { input: orderFor(theirDevice.id) });
  await api.ok(planner, 'acknowledge', { id: scheduled.id });
  await api.ok(planner, 'schedule', {
    id: scheduled.id,
    visitAt: visitTime(),
    technicianId: people.technician.id,
  });
  for (const device of [hqDevices[0], branchDevice, theirDevice]) {
    const read = await submit(system, agent, {
      deviceId: device.id,
      values: [{ meter: 'TOTAL', value: 12_345 }],
    });
    if (!read.meterReading) throw new Error(JSON.stringify(read.userErrors));
  }

  world = {
    organization: local('Organization', ours.organization.id),
    user: local('User', user.id),
    hq: local('Account', hq.id),
    branch: local('Account', branch.id),
    hqStore: local('StockLocation', hqStore.id),
    hqDevices: [local('Device', hqDevices[0].id), local('Device', hqDevices[1].id)],
    other: {
      organization: local('Organization', other.organization.id),
      account: local('Account', theirs.id),
      user: local('User', other.administrator.id),
    },
    staff: {
      SERVICE_AGENT: local('User', people.agent.id),
      SERVICE_PLANNER: local('User', people.planner.id),
      TECHNICIAN: local('User', people.technician.id),
    },
  };
}, 120_000);
afterAll(async () => {
  await system?.stop();
});
const dataSourceOf = (name: string) => system.subgraph(name).dataSource;

const grant = (accountId: string, ...roles: AccountGrant['roles']): AccountGrant => ({
  accountId,
  roles,
});
const customer = (claims: Partial<PrincipalClaims>): PrincipalClaims => ({
  ...ANONYMOUS,
  kind: 'user',
  id: world.user,
  organizationId: world.organization,
  ...claims,
});
const staff = (staffRole: keyof World['staff']): PrincipalClaims => ({
  ...ANONYMOUS,
  kind: 'user',
  id: world.staff[staffRole],
  staffRole,
});

/**
 * Callers made for the test: every role, and grants that do not fit the objects they name (claims
 * of what beforeAll built, so made when a test asks).
 */
const CALLERS: Record<string, () => PrincipalClaims> = {
  'Administrator of HQ': () => customer({ grants: [grant(world.hq, 'ADMINISTRATOR')] }),
  'Administrator of the branch, Device Manager at HQ': () =>
    customer({
      grants: [grant(world.branch, 'ADMINISTRATOR'), grant(world.hq, 'DEVICE_MANAGER')],
      deviceIds: [world.hqDevices[1]],
    }),
  'Device Manager at HQ with two devices': () =>
    customer({ grants: [grant(world.hq, 'DEVICE_MANAGER')], deviceIds: [...world.hqDevices] }),
  // Assigned an HQ device while holding the role on the branch only: sees nothing of it.
  'Device Manager at the branch assigned an HQ device': () =>
    customer({
      grants: [grant(world.branch, 'DEVICE_MANAGER')],
      deviceIds: [world.hqDevices[0]],
    }),
  'Stock Manager at HQ': () =>
    customer({ grants: [grant(world.hq, 'STOCK_MANAGER')], stockLocationIds: [world.hqStore] }),
  'Stock Manager at the branch assigned the HQ store': () =>
    customer({
      grants: [grant(world.branch, 'STOCK_MANAGER')],
      stockLocationIds: [world.hqStore],
    }),
  'Self-Service user at HQ': () => customer({ grants: [grant(world.hq, 'SELF_SERVICE_USER')] }),
  'API key of HQ': () => customer({ kind: 'apiKey', grants: [grant(world.hq, 'ADMINISTRATOR')] }),
  'Administrator of the other customer': () =>
    customer({
      id: world.other.user,
      organizationId: world.other.organization,
      grants: [grant(world.other.account, 'ADMINISTRATOR')],
    }),
  'Service agent': () => staff('SERVICE_AGENT'),
  'Service planner': () => staff('SERVICE_PLANNER'),
  Technician: () => staff('TECHNICIAN'),
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
  const principal = () => new Principal(claims());

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
