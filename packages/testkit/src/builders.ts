// Test data builders: a test creates the customers, users, devices and stock it asserts on,
// instead of leaning on the demo world. Customers and users are written through identity (the
// subgraph that owns them: its entities and events, as its ERP sync would); devices and stock
// locations go through the public API, as the service centre creates them.
import { randomUUID } from 'node:crypto';
import {
  demoIds,
  SUBGRAPHS,
  toGlobalId,
  type CustomerRole,
  type StaffRole,
} from '@portal/platform';
import { Account } from '../../../services/identity/src/entities/account.entity';
import { DeviceAssignment } from '../../../services/identity/src/entities/device-assignment.entity';
import { Organization } from '../../../services/identity/src/entities/organization.entity';
import { RoleGrant } from '../../../services/identity/src/entities/role-grant.entity';
import { StockLocationAssignment } from '../../../services/identity/src/entities/stock-location-assignment.entity';
import { User } from '../../../services/identity/src/entities/user.entity';
import { hashPassword } from '../../../services/identity/src/domain/passwords';
import { recordAccountOpened, recordStaffMemberEvent } from '../../../services/identity/src/events';
import type { TestSystem } from './system';

/** Every built user's password (a strong one: sign-in checks nothing else about it). */
export const TEST_PASSWORD = 'Testkit-Blæk-2026!';

export interface TestUser {
  /** The user's global id, as the API shows it. */
  id: string;
  email: string;
  name: string;
  /** Signs the user in; returns a bearer token. */
  signIn(): Promise<string>;
}

export interface TestAccount {
  /** Global id (Account:...). */
  id: string;
  customerAccountNumber: string;
  /** The customer's identifier at the service centre. */
  systemAccountNumber: string;
  name: string;
}

export interface TestCustomer {
  organization: { id: string; name: string };
  /** The e-mail domain its Administrator is on (single sign-on verifies domains by it). */
  domain: string;
  accounts: TestAccount[];
  /** The organisation's Administrator on every account (its primary contact). */
  administrator: TestUser;
}

/** Built users' e-mail domain unless a test gives its own. */
const DOMAIN = 'testkit.example';

let built = 0;
/** Unique within the run: test files share one capture dir and template, never one database. */
const unique = () =>
  `${process.pid.toString(36)}${(built++).toString(36)}${randomUUID().slice(0, 4)}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const localId = (globalId: string) =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

/**
 * An address no one has yet, on the customer's domain: for a user a test invites (the run's mail
 * capture is shared by every file, so no two files may invite the same address).
 */
export const newAddress = (customer: TestCustomer, name: string) =>
  `${name}.${unique()}@${customer.domain}`;

/** Delivers every pending event of every subgraph (what a builder wrote reaches the others). */
export async function deliverPendingEvents(system: TestSystem): Promise<void> {
  const running = SUBGRAPHS.flatMap(({ name }) => system.instances(name));
  for (const instance of running) await instance.relay.flush();
  for (const instance of running) for (const consumer of instance.consumers) await consumer.flush();
}

async function insertUser(
  system: TestSystem,
  user: {
    organizationId: string | null;
    name: string;
    staffRole?: StaffRole;
    email?: string;
    domain?: string;
  },
): Promise<TestUser> {
  const id = randomUUID();
  const email =
    user.email ??
    `${user.name.toLowerCase().replace(/\W+/g, '.')}.${unique()}@${user.domain ?? DOMAIN}`;
  await system.identity.dataSource.transaction(async (manager) => {
    await manager.insert(User, {
      id,
      organizationId: user.organizationId,
      email,
      name: user.name,
      passwordHash: await testPasswordHash(),
      status: 'ACTIVE',
      staffRole: user.staffRole ?? null,
      emailConfirmedAt: new Date(),
    });
    if (user.staffRole) await recordStaffMemberEvent(manager, id);
  });
  return {
    id: toGlobalId('User', id),
    email,
    name: user.name,
    signIn: () => system.signIn(email, TEST_PASSWORD),
  };
}

/**
 * TEST_PASSWORD's argon2id hash, computed once a test file: every user built gets it (each a
 * row of its own; only the salt is shared), instead of 19 MiB and two passes per user.
 */
let passwordHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  return (passwordHash ??= hashPassword(TEST_PASSWORD));
}

/**
 * A customer of its own: an organisation with `accounts` accounts (default 1) and an
 * Administrator on all of them (its e-mail on `domain`, e.g. for single sign-on; default
 * testkit.example), known to every subgraph when this returns.
 */
export async function createCustomer(
  system: TestSystem,
  {
    name = 'Testkit Print A/S',
    accounts = 1,
    domain = DOMAIN,
  }: { name?: string; accounts?: number; domain?: string } = {},
): Promise<TestCustomer> {
  const suffix = unique();
  const organization = { id: randomUUID(), name: `${name} ${suffix}` };
  const created: (TestAccount & { localId: string })[] = [];
  await system.identity.dataSource.transaction(async (manager) => {
    await manager.insert(Organization, { ...organization, primaryContactId: null });
    for (let n = 0; n < accounts; n++) {
      const account = {
        localId: randomUUID(),
        // Nine digits: never one of the demo world's six-digit account numbers.
        customerAccountNumber: String(100_000_000 + Math.floor(Math.random() * 899_999_999)),
        name: `${organization.name} ${n + 1}`,
      };
      const systemAccountNumber = `SYS-${account.customerAccountNumber}`;
      await manager.insert(Account, {
        id: account.localId,
        organizationId: organization.id,
        name: account.name,
        customerAccountNumber: account.customerAccountNumber,
        systemAccountNumber,
        creditStatus: 'GOOD',
      });
      await recordAccountOpened(manager, {
        accountId: account.localId,
        organizationId: organization.id,
        accountNumber: account.customerAccountNumber,
      });
      created.push({ ...account, systemAccountNumber, id: toGlobalId('Account', account.localId) });
    }
  });
  const administrator = await createUser(system, {
    organization: organization.id,
    name: 'Alma Administrator',
    domain,
    grants: created.map((account) => ['ADMINISTRATOR', account]),
  });
  await system.identity.dataSource
    .getRepository(Organization)
    .update(organization.id, { primaryContactId: localId(administrator.id) });
  await deliverPendingEvents(system);
  return {
    organization: { id: toGlobalId('Organization', organization.id), name: organization.name },
    domain,
    accounts: created.map(({ localId: _local, ...account }) => account),
    administrator,
  };
}

/**
 * A customer user with the grants given (e.g. a Device Manager on one account), assigned to the
 * devices and stock locations given (global ids).
 */
export async function createUser(
  system: TestSystem,
  user: {
    /** The organisation's local or global id. */
    organization: string;
    name?: string;
    /** Default: a new address on `domain` (default testkit.example). */
    email?: string;
    domain?: string;
    grants: [CustomerRole, TestAccount][];
    devices?: string[];
    stockLocations?: string[];
  },
): Promise<TestUser> {
  const organizationId = UUID.test(user.organization)
    ? user.organization
    : localId(user.organization);
  const created = await insertUser(system, {
    organizationId,
    name: user.name ?? 'Uma User',
    email: user.email,
    domain: user.domain,
  });
  const userId = localId(created.id);
  await system.identity.dataSource.transaction(async (manager) => {
    for (const [role, account] of user.grants)
      await manager.insert(RoleGrant, { userId, accountId: localId(account.id), role });
    for (const device of user.devices ?? [])
      await manager.insert(DeviceAssignment, { userId, deviceId: localId(device) });
    for (const location of user.stockLocations ?? [])
      await manager.insert(StockLocationAssignment, { userId, stockLocationId: localId(location) });
  });
  return created;
}

/** A customer's users below its Administrator, one per role (both managers' roles for one). */
export interface CustomerCast {
  selfService: TestUser;
  deviceManager: TestUser;
  stockManager: TestUser;
  deviceAndStockManager: TestUser;
}

/** One user for each of the customer's roles but Administrator, on its first account. */
export async function createCustomerCast(
  system: TestSystem,
  customer: TestCustomer,
): Promise<CustomerCast> {
  const account = customer.accounts[0]!;
  const user = (name: string, roles: CustomerRole[]) =>
    createUser(system, {
      organization: customer.organization.id,
      name,
      grants: roles.map((role) => [role, account]),
    });
  return {
    selfService: await user('Signe Self', ['SELF_SERVICE_USER']),
    deviceManager: await user('Bente Device', ['DEVICE_MANAGER']),
    stockManager: await user('Stig Stock', ['STOCK_MANAGER']),
    deviceAndStockManager: await user('Dorthe Both', ['DEVICE_MANAGER', 'STOCK_MANAGER']),
  };
}

/**
 * A new device on the customer's first account and a Device Manager of it (who sees that device
 * only): the caller who raises service orders in the order and notification journeys.
 */
export async function createManagedDevice(
  system: TestSystem,
  customer: TestCustomer,
  managerName: string,
): Promise<{ device: Awaited<ReturnType<typeof createDevice>>; deviceManager: TestUser }> {
  const account = customer.accounts[0]!;
  const device = await createDevice(system, account);
  const deviceManager = await createUser(system, {
    organization: customer.organization.id,
    name: managerName,
    grants: [['DEVICE_MANAGER', account]],
    devices: [device.id],
  });
  return { device, deviceManager };
}

/** A member of the service centre's staff (known to service orders once this returns). */
export async function createStaffUser(
  system: TestSystem,
  staffRole: StaffRole,
  name = `Stine ${staffRole.toLowerCase().replace(/_/g, ' ')}`,
): Promise<TestUser> {
  const user = await insertUser(system, { organizationId: null, name, staffRole });
  await deliverPendingEvents(system);
  return user;
}

/** A model every test may register devices of (models are the vendor's catalogue, not a customer's). */
export const COLOUR_A3_MODEL = toGlobalId(
  'DeviceModel',
  demoIds.model('imageRUNNER ADVANCE DX C5840i'),
);
/** The catalogue's other models: mono A3, the i-SENSYS A4 pair, and large format. */
export const MONO_A3_MODEL = toGlobalId(
  'DeviceModel',
  demoIds.model('imageRUNNER ADVANCE DX 6860i'),
);
export const COLOUR_A4_MODEL = toGlobalId('DeviceModel', demoIds.model('i-SENSYS MF754Cdw'));
export const MONO_A4_MODEL = toGlobalId('DeviceModel', demoIds.model('i-SENSYS LBP325x'));
export const LARGE_FORMAT_MODEL = toGlobalId('DeviceModel', demoIds.model('imagePROGRAF TX-3100'));

/** Where a device stands, as registerDevice and updateDeviceLocation take it. */
export interface DeviceLocation {
  address: string;
  building?: string | null;
  floor?: string | null;
  room?: string | null;
  note?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
}

/** The Service agent whose token the builders use when the test gives none: one per system. */
const builderAgents = new WeakMap<TestSystem, Promise<string>>();
function builderAgentToken(system: TestSystem): Promise<string> {
  let token = builderAgents.get(system);
  if (!token) {
    token = createStaffUser(system, 'SERVICE_AGENT').then((agent) => agent.signIn());
    builderAgents.set(system, token);
  }
  return token;
}

/**
 * A device on the account, registered by a Service agent through the API (the token given, or the
 * builders' own agent's); known to every subgraph when this returns. Returns its global id.
 */
export async function createDevice(
  system: TestSystem,
  account: TestAccount,
  {
    serialNumber = `TK${unique().toUpperCase()}`,
    agentToken,
    modelId = COLOUR_A3_MODEL,
    stockLocationId = null,
    eMaintenance = false,
    responseTimeHours = 8,
    billedMeters = ['TOTAL'],
    location = { address: 'Testvej 1, 2100 København Ø' },
    installedAt = '2026-01-05',
  }: {
    serialNumber?: string;
    agentToken?: string;
    modelId?: string;
    stockLocationId?: string | null;
    eMaintenance?: boolean;
    /** The service contract's response time (business hours). */
    responseTimeHours?: number;
    /** The meters the contract bills (the model must have them). */
    billedMeters?: string[];
    location?: DeviceLocation;
    /** YYYY-MM-DD; readings may be dated from this day on. */
    installedAt?: string;
  } = {},
): Promise<{ id: string; serialNumber: string }> {
  const token = agentToken ?? (await builderAgentToken(system));
  const result = await system.graphql<{
    registerDevice: { device: { id: string } | null; userErrors: unknown[] };
  }>(
    `mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { device { id } userErrors { code field message } } }`,
    {
      input: {
        serialNumber,
        modelId,
        accountId: account.id,
        installedAt,
        location,
        contract: {
          contractNumber: `SC-${serialNumber}`,
          responseTimeHours,
          billedMeters,
          readingFrequency: 'MONTHLY',
        },
        eMaintenance,
        stockLocationId,
      },
    },
    { token },
  );
  const device = result.data?.registerDevice.device;
  if (!device) throw new Error(`device not registered: ${JSON.stringify(result)}`);
  await deliverPendingEvents(system);
  return { id: device.id, serialNumber };
}

/**
 * A stock location on the account, created by a Service agent through the API (the token given,
 * or the builders' own agent's), with the toner levels given counted in; known to every subgraph (so
 * devices may link to it and users be assigned to it) when this returns.
 */
export async function createStockLocation(
  system: TestSystem,
  account: TestAccount,
  {
    name = `Testkit store ${unique()}`,
    address = 'Testvej 1, 2100 København Ø',
    shippingInstructions = null,
    levels = [],
    agentToken,
  }: {
    name?: string;
    address?: string;
    shippingInstructions?: string | null;
    levels?: readonly {
      sku: string;
      quantity: number;
      minimumLevel: number;
      targetLevel: number;
    }[];
    agentToken?: string;
  } = {},
): Promise<{ id: string; name: string }> {
  const token = agentToken ?? (await builderAgentToken(system));
  const created = await system.graphql<{
    createStockLocation: { stockLocation: { id: string } | null; userErrors: unknown[] };
  }>(
    `mutation ($input: CreateStockLocationInput!) { createStockLocation(input: $input) { stockLocation { id } userErrors { code field message } } }`,
    { input: { accountId: account.id, name, address, shippingInstructions } },
    { token },
  );
  const location = created.data?.createStockLocation.stockLocation;
  if (!location) throw new Error(`stock location not created: ${JSON.stringify(created)}`);
  if (levels.length > 0) {
    const counted = await system.graphql<{ recordStockCount: { userErrors: unknown[] } }>(
      `mutation ($id: ID!, $counts: [StockCountInput!]!) { recordStockCount(stockLocationId: $id, counts: $counts) { userErrors { code field message } } }`,
      { id: location.id, counts: levels },
      { token },
    );
    if (counted.errors || counted.data!.recordStockCount.userErrors.length > 0)
      throw new Error(`levels not counted: ${JSON.stringify(counted)}`);
  }
  await deliverPendingEvents(system);
  return { id: location.id, name };
}
