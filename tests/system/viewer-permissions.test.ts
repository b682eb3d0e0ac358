import { randomUUID } from 'node:crypto';
import { toGlobalId } from '@portal/platform';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  deliverPendingEvents,
  mailCount,
  newAddress,
  startTestSystem,
  tokenIn,
  waitForMail,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { daysFromToday } from '@portal/testkit/meter-readings';
import { orderFor, serviceOrderApi, visitTime } from '@portal/testkit/service-orders';

/**
 * `me { viewerCan }` (issues 17 and 24): what the server says each kind of caller may see and do,
 * and, for the answers a query can show, that the owning subgraph agrees (a caller told "no" is
 * refused or shown nothing; one told "yes" is served).
 */
/** The flags the client's settings pages and the service centre's desks read (issue 24). */
const DESK = [
  'seeInvoices',
  'manageWebhooks',
  'manageOrganizationSignIn',
  'manageReadingReminders',
  'requestUsageStatements',
  'findCustomerUsers',
  'correctUserEmails',
  'approveShipments',
  'decommissionDevices',
  'seeDecommissionedDevices',
  'writeKnowledgeArticles',
] as const;
const FIELDS = [
  'seeDevices',
  'seeServiceOrders',
  'createServiceOrders',
  'seeServiceOrderQueue',
  'seeMeterReadings',
  'submitMeterReadings',
  'seeStock',
  'seeUsers',
  'manageUsers',
  'seeAuditTrail',
  'seeApiKeys',
  'seeCreditStatus',
  ...DESK,
] as const;
type Permission = (typeof FIELDS)[number];
type Permissions = Record<Permission, boolean>;

const QUERY = `{ me { viewerCan { ${FIELDS.join(' ')} } } }`;
const PASSWORD = 'Rettigheder for alle 2026';

/** The permissions granted; every other one false. */
const only = (...granted: Permission[]): Permissions =>
  Object.fromEntries(FIELDS.map((f) => [f, granted.includes(f)])) as Permissions;

const EXPECTED = {
  administrator: only(
    'seeDevices',
    'seeServiceOrders',
    'createServiceOrders',
    'seeMeterReadings',
    'submitMeterReadings',
    'seeStock',
    'seeUsers',
    'manageUsers',
    'seeApiKeys',
    'seeInvoices',
    'manageWebhooks',
    'manageOrganizationSignIn',
    'manageReadingReminders',
    'requestUsageStatements',
  ),
  deviceManager: only(
    'seeDevices',
    'seeServiceOrders',
    'createServiceOrders',
    'seeMeterReadings',
    'submitMeterReadings',
  ),
  stockManager: only('seeDevices', 'seeStock'),
  selfService: only(),
  // An organisation's own settings are its Administrators'; the agent does the rest.
  agent: only(
    ...FIELDS.filter(
      (f) =>
        ![
          'manageUsers',
          'manageWebhooks',
          'manageOrganizationSignIn',
          'manageReadingReminders',
        ].includes(f),
    ),
  ),
  planner: only(
    'seeDevices',
    'seeServiceOrders',
    'seeServiceOrderQueue',
    'seeMeterReadings',
    'seeStock',
    'seeUsers',
    'seeAuditTrail',
    'seeApiKeys',
    'requestUsageStatements',
    'findCustomerUsers',
    'seeDecommissionedDevices',
    'writeKnowledgeArticles',
  ),
  technician: only(
    'seeDevices',
    'seeServiceOrders',
    'seeServiceOrderQueue',
    'seeDecommissionedDevices',
    'writeKnowledgeArticles',
  ),
} satisfies Record<string, Permissions>;
type Kind = keyof typeof EXPECTED;

let system: TestSystem;
const tokens = new Map<Kind | 'newTechnician' | 'newDeviceManager', string>();
/** The customer whose people the top-level tests sign in as, and its store. */
let home: TestCustomer;
let store: { id: string };

/** Signs in a user created by `invite` once it has accepted the invitation mailed to it. */
async function acceptedUser(email: string, invite: () => Promise<unknown>): Promise<string> {
  const before = mailCount(email);
  await invite();
  const token = tokenIn(await waitForMail(email, before));
  const accepted = await system.graphql<{ acceptInvitation: { accessToken: string | null } }>(
    'mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken } }',
    { t: token, p: PASSWORD },
  );
  const accessToken = accepted.data?.acceptInvitation.accessToken;
  if (!accessToken) throw new Error(`${email} could not accept: ${JSON.stringify(accepted)}`);
  return accessToken;
}

beforeAll(async () => {
  // The demo database only for its device-model catalogue (the describes below build devices):
  // every caller asked here is built.
  system = await startTestSystem();
  home = await createCustomer(system);
  const [account] = home.accounts;
  const staff = {
    agent: await createStaffUser(system, 'SERVICE_AGENT'),
    planner: await createStaffUser(system, 'SERVICE_PLANNER'),
    technician: await createStaffUser(system, 'TECHNICIAN'),
  };
  for (const [kind, user] of Object.entries(staff)) tokens.set(kind as Kind, await user.signIn());
  // A store on the customer's account, so that seeing stock shows something to those who may.
  store = await createStockLocation(system, account!, { agentToken: tokens.get('agent') });
  const userWith = (
    role: 'DEVICE_MANAGER' | 'STOCK_MANAGER' | 'SELF_SERVICE_USER',
    stockLocations?: string[],
  ) =>
    createUser(system, {
      organization: home.organization.id,
      grants: [[role, account!]],
      stockLocations,
    });
  tokens.set('administrator', await home.administrator.signIn());
  tokens.set('deviceManager', await (await userWith('DEVICE_MANAGER')).signIn());
  tokens.set('stockManager', await (await userWith('STOCK_MANAGER', [store.id])).signIn());
  tokens.set('selfService', await (await userWith('SELF_SERVICE_USER')).signIn());
  // Users made through the API, invited and accepting as a real user would.
  const technician = newAddress(home, 'ny.tekniker');
  tokens.set(
    'newTechnician',
    await acceptedUser(technician, () =>
      system.graphql(
        'mutation ($e: String!) { createStaffUser(input: { email: $e, name: "Ny Tekniker", staffRole: TECHNICIAN }) { userErrors { code } } }',
        { e: technician },
        { token: tokens.get('agent') },
      ),
    ),
  );
  const deviceManager = newAddress(home, 'ny.enhed');
  tokens.set(
    'newDeviceManager',
    await acceptedUser(deviceManager, () =>
      system.graphql(
        'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { userErrors { code } } }',
        {
          i: {
            email: deviceManager,
            name: 'Ny Enhedsansvarlig',
            grants: [{ role: 'DEVICE_MANAGER', accountId: account!.id }],
          },
        },
        { token: tokens.get('administrator') },
      ),
    ),
  );
});
afterAll(async () => {
  await system.stop();
});

async function permissionsOf(token: string | undefined): Promise<Permissions | null> {
  const result = await system.graphql<{ me: { viewerCan: Permissions | null } | null }>(
    QUERY,
    {},
    { token },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.me?.viewerCan ?? null;
}

it.each(Object.keys(EXPECTED) as Kind[])('gives the %s its permissions', async (kind) => {
  expect(await permissionsOf(tokens.get(kind))).toEqual(EXPECTED[kind]);
});

it('gives users created here the permissions of their role', async () => {
  expect(await permissionsOf(tokens.get('newTechnician'))).toEqual(EXPECTED.technician);
  expect(await permissionsOf(tokens.get('newDeviceManager'))).toEqual(EXPECTED.deviceManager);
});

it('answers only on the caller itself: anonymous callers and other users get none', async () => {
  expect(await permissionsOf(undefined)).toBeNull();
  const other = await system.graphql<{ node: { viewerCan: Permissions | null } | null }>(
    'query ($id: ID!) { node(id: $id) { ... on User { viewerCan { seeStock } } } }',
    { id: home.administrator.id },
    { token: tokens.get('agent') },
  );
  expect(other.errors).toBeUndefined();
  expect(other.data!.node).toEqual({ viewerCan: null });
});

/** For a permission, a query of its owner and whether the answer shows the caller served. */
const PROBES: Partial<Record<Permission, { query: string; served(data: never): boolean }>> = {
  seeStock: {
    query: '{ stockLocations { id } }',
    served: (d: { stockLocations: unknown[] }) => d.stockLocations.length > 0,
  },
  seeAuditTrail: {
    query: '{ auditTrail(first: 1) { edges { cursor } } }',
    served: (d: { auditTrail: unknown }) => d.auditTrail !== null,
  },
  seeApiKeys: {
    query: '{ apiKeys { id } }',
    served: (d: { apiKeys: unknown }) => d.apiKeys !== null,
  },
  seeCreditStatus: {
    query: '{ accounts { creditStatus } }',
    served: (d: { accounts: { creditStatus: unknown }[] | null }) =>
      d.accounts !== null && d.accounts.length > 0 && d.accounts.every((a) => a.creditStatus),
  },
};

const probeCells = (Object.keys(EXPECTED) as Kind[]).flatMap((kind) =>
  (Object.keys(PROBES) as Permission[]).map((permission) => [permission, kind] as const),
);

it.each(probeCells)('agrees with its owner on %s for the %s', async (permission, kind) => {
  const probe = PROBES[permission]!;
  const result = await system.graphql(probe.query, {}, { token: tokens.get(kind) });
  const served =
    !result.errors?.length && result.data !== null && probe.served(result.data as never);
  expect(served).toBe(EXPECTED[kind][permission]);
  // A refusal is FORBIDDEN or an empty answer, never a failure.
  for (const error of result.errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN');
});

it("refuses a technician the stock its permissions say it may not see, a new one's too", async () => {
  for (const kind of ['technician', 'newTechnician'] as const) {
    const token = tokens.get(kind);
    expect((await permissionsOf(token))!.seeStock).toBe(false);
    const asked = await system.graphql<{
      stockLocations: unknown[];
      stockLocation: unknown;
      shipments: { edges: unknown[] };
    }>(
      'query ($id: ID!) { stockLocations { id } stockLocation(id: $id) { id } shipments(first: 5) { edges { cursor } } }',
      { id: store.id },
      { token },
    );
    expect(asked.errors).toBeUndefined();
    expect(asked.data).toEqual({
      stockLocations: [],
      stockLocation: null,
      shipments: { edges: [] },
    });
    // …nor readings due, which only callers who submit get.
    const due = await system.graphql(
      '{ meterReadingsDue(first: 1) { edges { cursor } } }',
      {},
      { token },
    );
    expect(due.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
});

describe('the settings and service-centre flags, on users this test creates', () => {
  type Desk = (typeof DESK)[number];
  const callers = new Map<Kind, string>();
  let customer: TestCustomer;
  let member: TestUser;
  /** A device of the customer's, decommissioned by a Service agent. */
  let decommissioned: string;
  const DEVICE = 'query ($id: ID!) { device(id: $id) { id } }';

  beforeAll(async () => {
    customer = await createCustomer(system);
    const [account] = customer.accounts;
    const staff = {
      agent: await createStaffUser(system, 'SERVICE_AGENT'),
      planner: await createStaffUser(system, 'SERVICE_PLANNER'),
      technician: await createStaffUser(system, 'TECHNICIAN'),
    };
    for (const [kind, user] of Object.entries(staff))
      callers.set(kind as Kind, await user.signIn());
    const agent = callers.get('agent')!;
    // The device the Device Manager is given and the technician's order is for: each of them
    // sees it while it is in service, so only its status hides it from them below.
    decommissioned = (await createDevice(system, account!, { agentToken: agent })).id;
    const userWith = (
      role: 'DEVICE_MANAGER' | 'STOCK_MANAGER' | 'SELF_SERVICE_USER',
      devices?: string[],
    ) =>
      createUser(system, {
        organization: customer.organization.id,
        grants: [[role, account!]],
        devices,
      });
    member = await userWith('SELF_SERVICE_USER');
    callers.set('administrator', await customer.administrator.signIn());
    callers.set(
      'deviceManager',
      await (await userWith('DEVICE_MANAGER', [decommissioned])).signIn(),
    );
    callers.set('stockManager', await (await userWith('STOCK_MANAGER')).signIn());
    callers.set('selfService', await member.signIn());
    const orders = serviceOrderApi(system);
    const order = await orders.ok(callers.get('administrator')!, 'create', {
      input: orderFor(decommissioned),
    });
    await orders.ok(agent, 'acknowledge', { id: order.id });
    await orders.ok(callers.get('planner')!, 'schedule', {
      id: order.id,
      visitAt: visitTime(),
      technicianId: staff.technician.id,
    });
    await deliverPendingEvents(system);
    for (const kind of ['administrator', 'deviceManager', 'technician'] as const) {
      const seen = await system.graphql(
        DEVICE,
        { id: decommissioned },
        { token: callers.get(kind) },
      );
      expect({ kind, data: seen.data }).toEqual({ kind, data: { device: { id: decommissioned } } });
    }
    const decommission = await system.graphql<{
      decommissionDevice: { device: { status: string } | null };
    }>(
      'mutation ($id: ID!) { decommissionDevice(deviceId: $id, reason: "Scrapped.") { device { status } } }',
      { id: decommissioned },
      { token: agent },
    );
    expect(decommission.data?.decommissionDevice.device).toEqual({ status: 'DECOMMISSIONED' });
  });

  const kinds = Object.keys(EXPECTED) as Kind[];
  const deskOf = (permissions: Permissions) =>
    Object.fromEntries(DESK.map((f) => [f, permissions[f]])) as Record<Desk, boolean>;

  it.each(kinds)('gives a new %s the flags of its role', async (kind) => {
    const permissions = await permissionsOf(callers.get(kind));
    expect(deskOf(permissions!)).toEqual(deskOf(EXPECTED[kind]));
  });

  it('has, for each flag, a role that may and one that may not', () => {
    for (const flag of DESK) {
      const answers = new Set(kinds.map((kind) => EXPECTED[kind][flag]));
      expect({ flag, answers: [...answers].sort() }).toEqual({ flag, answers: [false, true] });
    }
  });

  /**
   * For each flag, a request its owning subgraph judges and the codes that mean "not for you".
   * Mutations are asked so that even a caller who may is stopped by its input (an unknown id, a
   * 7-year statement, an e-mail that is none), or change nothing that matters here.
   */
  const probes = (): Record<
    Desk,
    { query: string; variables?: Record<string, unknown>; refusals: string[] }
  > => ({
    seeInvoices: {
      query:
        'query ($a: ID!) { node(id: $a) { ... on Account { invoices(first: 1) { edges { cursor } } } } }',
      variables: { a: customer.accounts[0]!.id },
      refusals: ['FORBIDDEN'],
    },
    manageWebhooks: { query: '{ webhookEndpoints { id } }', refusals: ['FORBIDDEN'] },
    manageOrganizationSignIn: {
      query:
        'mutation { setOrganizationTwoFactorRequired(required: false) { userErrors { code } } }',
      refusals: ['FORBIDDEN'],
    },
    manageReadingReminders: { query: '{ meterReadingReminderDays }', refusals: ['FORBIDDEN'] },
    requestUsageStatements: {
      query:
        'mutation ($i: MeterUsageStatementInput!) { requestMeterUsageStatement(input: $i) { userErrors { code } } }',
      variables: {
        i: { accountId: customer.accounts[0]!.id, from: '2020-01-01', to: '2026-12-31' },
      },
      refusals: ['FORBIDDEN', 'NOT_FOUND'],
    },
    findCustomerUsers: {
      query: '{ customerUsers(search: "Testkit") { id } }',
      refusals: ['FORBIDDEN'],
    },
    correctUserEmails: {
      query:
        'mutation ($u: ID!) { correctUserEmail(userId: $u, email: "ingen adresse") { userErrors { code } } }',
      variables: { u: member.id },
      refusals: ['FORBIDDEN'],
    },
    approveShipments: {
      query: 'mutation ($id: ID!) { approveShipment(id: $id) { userErrors { code } } }',
      variables: { id: toGlobalId('Shipment', randomUUID()) },
      refusals: ['FORBIDDEN'],
    },
    decommissionDevices: {
      query: 'mutation ($id: ID!) { decommissionDevice(deviceId: $id) { userErrors { code } } }',
      variables: { id: toGlobalId('Device', randomUUID()) },
      refusals: ['FORBIDDEN'],
    },
    seeDecommissionedDevices: {
      query: DEVICE,
      variables: { id: decommissioned },
      refusals: [],
    },
    writeKnowledgeArticles: {
      query: 'mutation ($id: ID!) { retireKnowledgeArticle(id: $id) { userErrors { code } } }',
      variables: { id: toGlobalId('KnowledgeArticle', randomUUID()) },
      refusals: ['FORBIDDEN'],
    },
  });

  const cells = DESK.flatMap((flag) => kinds.map((kind) => [flag, kind] as const));
  it.each(cells)('agrees with its owner on %s for a new %s', async (flag, kind) => {
    const probe = probes()[flag];
    const result = await system.graphql<Record<string, { userErrors?: { code: string }[] }>>(
      probe.query,
      probe.variables ?? {},
      { token: callers.get(kind) },
    );
    const errors = (result.errors ?? []).map((e) => String(e.extensions?.code));
    // Whatever the answer, no failure: a refusal is one of the probe's codes.
    for (const code of errors) expect(probe.refusals).toContain(code);
    const answer = result.data ? Object.values(result.data)[0] : null;
    const codes = [...errors, ...(answer?.userErrors ?? []).map((e) => e.code)];
    const served = answer !== null && !codes.some((c) => probe.refusals.includes(c));
    expect(served).toBe(EXPECTED[kind][flag]);
  });
});

describe("each object's viewerCan… fields agree with the mutation they announce", () => {
  /** Refusals that say "not yours" or "not now", as opposed to judging the input. */
  const REFUSALS = new Set([
    'FORBIDDEN',
    'UNAUTHENTICATED',
    'NOT_FOUND',
    'ACCOUNT_NOT_FOUND',
    'DEVICE_NOT_ACTIVE',
  ]);
  type Outcome = { errors?: { extensions?: { code?: unknown } }[]; data?: unknown };
  /** Whether the mutation took the caller's request: not refused as forbidden or not found. */
  const taken = (result: Outcome, field: string) => {
    const codes = [
      ...(result.errors ?? []).map((e) => e.extensions?.code),
      ...(
        ((result.data as Record<string, { userErrors: { code: string }[] }> | null)?.[field]
          ?.userErrors ?? []) as { code: string }[]
      ).map((e) => e.code),
    ];
    return !codes.some((c) => REFUSALS.has(String(c)));
  };

  it('on devices: a service order, a meter reading, backdating and correcting, for every kind of caller', async () => {
    const customer = await createCustomer(system);
    const [account] = customer.accounts;
    const agent = tokens.get('agent');
    const assigned = await createDevice(system, account!, { agentToken: agent });
    const unassigned = await createDevice(system, account!, { agentToken: agent });
    const deviceManager = await createUser(system, {
      organization: customer.organization.id,
      grants: [['DEVICE_MANAGER', account!]],
      devices: [assigned.id],
    });
    const selfService = await createUser(system, {
      organization: customer.organization.id,
      grants: [['SELF_SERVICE_USER', account!]],
    });
    const callers = {
      administrator: await customer.administrator.signIn(),
      deviceManager: await deviceManager.signIn(),
      selfService: await selfService.signIn(),
      otherAdministrator: tokens.get('administrator'),
      agent,
      planner: tokens.get('planner'),
      technician: tokens.get('technician'),
    };
    const seen: Record<string, boolean[]> = {};
    for (const [caller, token] of Object.entries(callers)) {
      for (const device of [assigned, unassigned]) {
        const asked = await system.graphql<{
          device: {
            viewerCanCreateServiceOrder: boolean;
            viewerCanSubmitMeterReading: boolean;
            viewerCanBackdateMeterReading: boolean;
            viewerCanCorrectMeterReadings: boolean;
          };
        }>(
          `query ($id: ID!) { device(id: $id) { viewerCanCreateServiceOrder viewerCanSubmitMeterReading
             viewerCanBackdateMeterReading viewerCanCorrectMeterReadings } }`,
          { id: device.id },
          { token },
        );
        expect(asked.errors).toBeUndefined();
        const can = asked.data!.device;
        const ordered = await system.graphql(
          'mutation ($i: CreateServiceOrderInput!) { createServiceOrder(input: $i) { userErrors { code } } }',
          {
            i: {
              deviceId: device.id,
              type: 'MAINTENANCE',
              description: `Checked by ${caller}`,
              contactName: 'Kim Kontakt',
              contactPhone: '+45 12 34 56 78',
            },
          },
          { token },
        );
        const read = await system.graphql(
          'mutation ($i: SubmitMeterReadingInput!) { submitMeterReading(input: $i) { userErrors { code } } }',
          { i: { deviceId: device.id, values: [{ meter: 'TOTAL', value: 1000 }] } },
          { token },
        );
        // A reading dated yesterday: taken, and not refused for its date (PAST_DATE).
        const backdated = await system.graphql<{
          submitMeterReading: { userErrors: { code: string }[] };
        }>(
          'mutation ($i: SubmitMeterReadingInput!) { submitMeterReading(input: $i) { userErrors { code } } }',
          {
            i: {
              deviceId: device.id,
              readingDate: daysFromToday(-1),
              values: [{ meter: 'TOTAL', value: 900 }],
            },
          },
          { token },
        );
        const pastDate = (backdated.data?.submitMeterReading.userErrors ?? []).some(
          (e) => e.code === 'PAST_DATE',
        );
        // Correcting is refused by role before the reading is looked for: an unknown one will do.
        const corrected = await system.graphql(
          'mutation ($i: CorrectMeterReadingInput!) { correctMeterReading(input: $i) { userErrors { code } } }',
          {
            i: {
              readingId: toGlobalId('MeterReading', randomUUID()),
              values: [{ meter: 'TOTAL', value: 1000 }],
              reason: `Checked by ${caller}`,
            },
          },
          { token },
        );
        const correctionRefused = (corrected.errors ?? []).some((e) =>
          ['FORBIDDEN', 'UNAUTHENTICATED'].includes(String(e.extensions?.code)),
        );
        const answers = [
          can?.viewerCanCreateServiceOrder ?? false,
          can?.viewerCanSubmitMeterReading ?? false,
          can?.viewerCanBackdateMeterReading ?? false,
          can?.viewerCanCorrectMeterReadings ?? false,
        ];
        expect({ caller, device: device.serialNumber, answers }).toEqual({
          caller,
          device: device.serialNumber,
          answers: [
            taken(ordered, 'createServiceOrder'),
            taken(read, 'submitMeterReading'),
            taken(backdated, 'submitMeterReading') && !pastDate,
            !correctionRefused,
          ],
        });
        seen[caller] = [...(seen[caller] ?? []), ...answers];
      }
    }
    // Yes and no both occur: the device's own customers and the agent may order and submit, the
    // others not; only the agent backdates and corrects (per device: order, submit, backdate,
    // correct).
    const none = [false, false, false, false];
    expect(seen.administrator).toEqual([true, true, false, false, true, true, false, false]);
    expect(seen.deviceManager).toEqual([true, true, false, false, ...none]);
    expect(seen.agent).toEqual([true, true, true, true, true, true, true, true]);
    expect(seen.planner).toEqual([...none, ...none]);
    expect(seen.otherAdministrator).toEqual([...none, ...none]);
  });

  it("on users: roles, primary contact and disabling, for the organisation's Administrator only", async () => {
    const customer = await createCustomer(system);
    const [account] = customer.accounts;
    const member = await createUser(system, {
      organization: customer.organization.id,
      grants: [['DEVICE_MANAGER', account!]],
    });
    const administratorToken = await customer.administrator.signIn();
    const callers = {
      member: await member.signIn(),
      agent: tokens.get('agent'),
      otherAdministrator: tokens.get('administrator'),
      administrator: administratorToken,
    };
    const FIELDS = 'viewerCanGrantRoles viewerCanMakePrimaryContact viewerCanDisable';
    const permissionsOn = async (userId: string, token: string | undefined) =>
      (
        await system.graphql<{ node: Record<string, boolean> | null }>(
          `query ($id: ID!) { node(id: $id) { ... on User { ${FIELDS} } } }`,
          { id: userId },
          { token },
        )
      ).data!.node;
    const seen: Record<string, unknown> = {};
    for (const [caller, token] of Object.entries(callers)) {
      const can = await permissionsOn(member.id, token);
      const granted = await system.graphql(
        'mutation ($u: ID!, $a: ID!) { grantRole(userId: $u, grant: { role: SELF_SERVICE_USER, accountId: $a }) { userErrors { code } } }',
        { u: member.id, a: account!.id },
        { token },
      );
      expect({ caller, may: can?.viewerCanGrantRoles ?? false }).toEqual({
        caller,
        may: taken(granted, 'grantRole'),
      });
      seen[caller] = can;
    }
    // The member is no Administrator: nobody may make it the primary contact…
    expect(seen.administrator).toEqual({
      viewerCanGrantRoles: true,
      viewerCanMakePrimaryContact: false,
      viewerCanDisable: true,
    });
    const primary = await system.graphql<{
      setPrimaryContact: { userErrors: { code: string }[] };
    }>(
      'mutation ($u: ID!) { setPrimaryContact(userId: $u) { userErrors { code } } }',
      { u: member.id },
      { token: administratorToken },
    );
    expect(primary.data!.setPrimaryContact.userErrors.map((e) => e.code)).toEqual([
      'NOT_AN_ADMINISTRATOR',
    ]);
    // …the organisation's own active Administrator it may.
    expect(await permissionsOn(customer.administrator.id, administratorToken)).toMatchObject({
      viewerCanMakePrimaryContact: true,
    });
    // Staff see the user and are told no: disabling is the organisation's own.
    expect(seen.agent).toEqual({
      viewerCanGrantRoles: false,
      viewerCanMakePrimaryContact: false,
      viewerCanDisable: false,
    });
    const refused = await system.graphql(
      'mutation ($u: ID!) { disableUser(userId: $u) { userErrors { code } } }',
      { u: member.id },
      { token: tokens.get('agent') },
    );
    expect(taken(refused, 'disableUser')).toBe(false);
    const disabled = await system.graphql<{
      disableUser: { userErrors: unknown[] };
    }>(
      'mutation ($u: ID!) { disableUser(userId: $u) { userErrors { code } } }',
      { u: member.id },
      { token: administratorToken },
    );
    expect(disabled.data!.disableUser.userErrors).toEqual([]);
  });
});
