import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isCompositeType, isNonNullType } from 'graphql';
import { toGlobalId, type CustomerRole } from '@portal/platform';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createUser,
  startTestSystem,
  TEST_PASSWORD,
  type TestAccount,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';

const localId = (globalId: string) =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

/**
 * Every identity mutation x every kind of caller x a target in organisation A (adminA's, where
 * the customer users are) and one in organisation B (adminB's), both built here. Only the cells
 * docs/domain.md allows succeed; a target in another organisation looks exactly like one that
 * does not exist.
 */
type Actor =
  | 'adminA'
  | 'deviceManager'
  | 'stockManager'
  | 'deviceAndStockManager'
  | 'selfService'
  | 'adminB'
  | 'agent'
  | 'planner'
  | 'tech'
  | 'apiKey'
  | 'billing'
  | 'anonymous';
type Outcome = 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED' | `refused:${string}`;

const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
/** Non-administrators, staff (for customer administration), API keys and anonymous callers. */
const others = (a: Outcome, b: Outcome) => ({ a, b });
const administrators = (code: string) => ({
  adminA: others('OK', `refused:${code}`),
  adminB: others(`refused:${code}`, 'OK'),
});
const refusedToAllBut = (rows: Partial<Record<Actor, { a: Outcome; b: Outcome }>>) => ({
  deviceManager: others(F, F),
  stockManager: others(F, F),
  deviceAndStockManager: others(F, F),
  selfService: others(F, F),
  agent: others(F, F),
  planner: others(F, F),
  tech: others(F, F),
  apiKey: others(F, F),
  billing: others(F, F),
  anonymous: others(U, U),
  adminA: others(F, F),
  adminB: others(F, F),
  ...rows,
});

const MATRIX: Record<string, Record<Actor, { a: Outcome; b: Outcome }>> = {
  grantRole: refusedToAllBut(administrators('ACCOUNT_NOT_FOUND')),
  revokeRole: refusedToAllBut(administrators('ACCOUNT_NOT_FOUND')),
  assignDevices: refusedToAllBut(administrators('NOT_FOUND')),
  unassignDevices: refusedToAllBut(administrators('NOT_FOUND')),
  setPrimaryContact: refusedToAllBut(administrators('NOT_FOUND')),
  inviteUser: refusedToAllBut(administrators('ACCOUNT_NOT_FOUND')),
  createApiKey: refusedToAllBut(administrators('ACCOUNT_NOT_FOUND')),
  createStaffUser: refusedToAllBut({ agent: others('OK', 'OK'), planner: others('OK', 'OK') }),
  correctUserEmail: refusedToAllBut({ agent: others('OK', 'OK') }),
  // The vendor's systems: set up by agents, recording what billing reports for any account.
  createServiceAccount: refusedToAllBut({ agent: others('OK', 'OK') }),
  rotateServiceAccountSecret: refusedToAllBut({ agent: others('OK', 'OK') }),
  revokeServiceAccount: refusedToAllBut({ agent: others('OK', 'OK') }),
  recordInvoice: refusedToAllBut({ billing: others('OK', 'OK') }),
  recordPayment: refusedToAllBut({ billing: others('OK', 'OK') }),
  setCreditStatus: refusedToAllBut({ billing: others('OK', 'OK') }),
};

/** What the cells act on in one organisation (built in beforeAll). */
interface Target {
  /** A user of the organisation (A: its Self-Service user; B: its Administrator). */
  user: string;
  /** Its Administrator and primary contact. */
  admin: string;
  /** The account its Administrator (and A's API key) administers. */
  account: string;
  device: string;
  /** A user only correctUserEmail touches (it sends its target back to confirming). */
  correctionTarget: string;
  invoiceNumber: string;
}
const targets = {} as Record<'A' | 'B', Target>;
let organizationA: TestCustomer;
let organizationB: TestCustomer;
let tech: TestUser;

let counter = 0;
/** Service accounts that only the rotation and revocation cells act on. */
const victims = { rotate: '', revoke: '' };
const invoiceInput = (accountId: string, invoiceNumber: string, amount = '100.00') => ({
  accountId,
  invoiceNumber,
  invoiceDate: '2026-11-05',
  dueDate: '2026-12-05',
  currency: 'DKK',
  lines: [
    {
      description: 'Service contract fee',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      quantity: 1,
      amount,
    },
  ],
});
const OPERATIONS: Record<
  string,
  (t: Target) => { query: string; variables: Record<string, unknown> }
> = {
  grantRole: (t) => ({
    query: `mutation ($u: ID!, $a: ID!) { r: grantRole(userId: $u, grant: { role: DEVICE_MANAGER, accountId: $a }) { userErrors { code } } }`,
    variables: { u: t.user, a: t.account },
  }),
  revokeRole: (t) => ({
    query: `mutation ($u: ID!, $a: ID!) { r: revokeRole(userId: $u, grant: { role: STOCK_MANAGER, accountId: $a }) { userErrors { code } } }`,
    variables: { u: t.user, a: t.account },
  }),
  assignDevices: (t) => ({
    query: `mutation ($u: ID!, $d: ID!) { r: assignDevices(userId: $u, deviceIds: [$d]) { userErrors { code } } }`,
    variables: { u: t.user, d: t.device },
  }),
  unassignDevices: (t) => ({
    query: `mutation ($u: ID!, $d: ID!) { r: unassignDevices(userId: $u, deviceIds: [$d]) { userErrors { code } } }`,
    variables: { u: t.user, d: t.device },
  }),
  setPrimaryContact: (t) => ({
    query: `mutation ($u: ID!) { r: setPrimaryContact(userId: $u) { userErrors { code } } }`,
    variables: { u: t.admin },
  }),
  inviteUser: (t) => ({
    query: `mutation ($i: InviteUserInput!) { r: inviteUser(input: $i) { userErrors { code } } }`,
    variables: {
      i: {
        email: `invitee${++counter}@matrix.example`,
        name: 'Matrix Invitee',
        grants: [{ role: 'DEVICE_MANAGER', accountId: t.account }],
      },
    },
  }),
  createApiKey: (t) => ({
    query: `mutation ($a: ID!) { r: createApiKey(name: "Matrix", grants: [{ role: DEVICE_MANAGER, accountId: $a }]) { userErrors { code } } }`,
    variables: { a: t.account },
  }),
  createStaffUser: () => ({
    query: `mutation ($e: String!) { r: createStaffUser(input: { email: $e, name: "New Staff", staffRole: TECHNICIAN }) { userErrors { code } } }`,
    variables: { e: `staff${++counter}@matrix.example` },
  }),
  correctUserEmail: (t) => ({
    query: `mutation ($u: ID!, $e: String!) { r: correctUserEmail(userId: $u, email: $e) { userErrors { code } } }`,
    variables: { u: t.correctionTarget, e: `corrected${++counter}@matrix.example` },
  }),
  createServiceAccount: () => ({
    query: `mutation ($n: String!) { r: createServiceAccount(input: { name: $n, capabilities: [BILLING] }) { userErrors { code } } }`,
    variables: { n: `Matrix system ${++counter}` },
  }),
  rotateServiceAccountSecret: () => ({
    query: `mutation ($id: ID!) { r: rotateServiceAccountSecret(id: $id) { userErrors { code } } }`,
    variables: { id: victims.rotate },
  }),
  revokeServiceAccount: () => ({
    query: `mutation ($id: ID!) { r: revokeServiceAccount(id: $id) { userErrors { code } } }`,
    variables: { id: victims.revoke },
  }),
  recordInvoice: (t) => ({
    query: `mutation ($i: RecordInvoiceInput!) { r: recordInvoice(input: $i) { userErrors { code } } }`,
    variables: { i: invoiceInput(t.account, `MATRIX-${++counter}`) },
  }),
  recordPayment: (t) => ({
    query: `mutation ($i: RecordPaymentInput!) { r: recordPayment(input: $i) { userErrors { code } } }`,
    variables: {
      i: {
        invoiceNumber: t.invoiceNumber,
        reference: `PAY-${++counter}`,
        amount: '1.00',
        paidOn: '2026-11-20',
      },
    },
  }),
  setCreditStatus: (t) => ({
    query: `mutation ($a: ID!) { r: setCreditStatus(accountId: $a, creditStatus: WATCH) { userErrors { code } } }`,
    variables: { a: t.account },
  }),
};

let system: TestSystem;
const tokens = new Map<Actor, string | undefined>();

/** Builds organisation A (two accounts, its customer users) and B, and signs everyone in. */
async function buildOrganisations() {
  [organizationA, organizationB] = [
    await createCustomer(system, { accounts: 2 }),
    await createCustomer(system),
  ];
  const agent = await createStaffUser(system, 'SERVICE_AGENT');
  const agentToken = await agent.signIn();
  const accountA = organizationA.accounts[0]!;
  const member = (name: string, grants: [CustomerRole, TestAccount][]) =>
    createUser(system, { organization: organizationA.organization.id, name, grants });
  const users: Partial<Record<Actor, TestUser>> = {
    adminA: organizationA.administrator,
    deviceManager: await member('Dagmar Device', [['DEVICE_MANAGER', accountA]]),
    stockManager: await member('Stig Stock', [['STOCK_MANAGER', accountA]]),
    deviceAndStockManager: await member('Bente Both', [
      ['DEVICE_MANAGER', accountA],
      ['STOCK_MANAGER', accountA],
    ]),
    selfService: await member('Signe Self', [['SELF_SERVICE_USER', accountA]]),
    adminB: organizationB.administrator,
    agent,
    planner: await createStaffUser(system, 'SERVICE_PLANNER'),
    tech: (tech = await createStaffUser(system, 'TECHNICIAN')),
  };
  for (const [actor, user] of Object.entries(users))
    tokens.set(actor as Actor, await user.signIn());
  for (const [key, customer, user] of [
    ['A', organizationA, users.selfService!],
    ['B', organizationB, organizationB.administrator],
  ] as const) {
    const account = customer.accounts[0]!;
    const correctionTarget = await createUser(system, {
      organization: customer.organization.id,
      name: 'Correction Target',
      grants: [],
    });
    targets[key] = {
      user: user.id,
      admin: customer.administrator.id,
      account: account.id,
      device: (await createDevice(system, account, { agentToken })).id,
      correctionTarget: correctionTarget.id,
      invoiceNumber: `MATRIX-${key}-1`,
    };
  }
}

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem();
  await buildOrganisations();
  const key = await system.graphql<{ createApiKey: { secret: string } }>(
    `mutation ($a: ID!) { createApiKey(name: "Partner", grants: [{ role: ADMINISTRATOR, accountId: $a }]) { secret } }`,
    { a: targets.A.account },
    { token: tokens.get('adminA') },
  );
  tokens.set('apiKey', key.data!.createApiKey.secret);
  tokens.set('anonymous', undefined);
  const serviceAccount = async (name: string) =>
    (
      await system.graphql<{
        createServiceAccount: { serviceAccount: { id: string }; secret: string };
      }>(
        `mutation ($n: String!) { createServiceAccount(input: { name: $n, capabilities: [BILLING, CONTRACTS] }) { serviceAccount { id } secret } }`,
        { n: name },
        { token: tokens.get('agent') },
      )
    ).data!.createServiceAccount;
  tokens.set('billing', (await serviceAccount('Matrix billing')).secret);
  victims.rotate = (await serviceAccount('Matrix rotation')).serviceAccount.id;
  victims.revoke = (await serviceAccount('Matrix revocation')).serviceAccount.id;
  for (const t of [targets.A, targets.B]) {
    const invoice = await system.graphql<{ recordInvoice: { userErrors: unknown[] } }>(
      `mutation ($i: RecordInvoiceInput!) { recordInvoice(input: $i) { userErrors { code } } }`,
      { i: invoiceInput(t.account, t.invoiceNumber, '1000.00') },
      { token: tokens.get('billing') },
    );
    expect(invoice.data!.recordInvoice.userErrors).toEqual([]);
  }
}, 180_000);
afterAll(async () => {
  await system.stop();
});

async function outcome(operation: string, actor: Actor, target: Target): Promise<Outcome> {
  const { query, variables } = OPERATIONS[operation]!(target);
  const result = await system.graphql<{ r: { userErrors: { code: string }[] } | null }>(
    query,
    variables,
    {
      token: tokens.get(actor),
    },
  );
  const code = result.errors?.[0]?.extensions?.code;
  if (code) return code as Outcome;
  const refusal = result.data?.r?.userErrors[0]?.code;
  return refusal ? `refused:${refusal}` : 'OK';
}

// correctUserEmail last: it sends its target back to confirming an e-mail.
const cells = Object.entries(MATRIX).flatMap(([operation, rows]) =>
  Object.entries(rows).flatMap(([actor, expected]) => [
    [operation, actor as Actor, 'A', expected.a] as const,
    [operation, actor as Actor, 'B', expected.b] as const,
  ]),
);

it('has one cell per operation, caller and organisation', () => {
  expect(cells).toHaveLength(Object.keys(MATRIX).length * 12 * 2);
});

it.each(cells)(
  '%s by %s on a target in organisation %s: %s',
  async (operation, actor, organisation, expected) => {
    expect(await outcome(operation, actor, targets[organisation])).toBe(expected);
  },
);

describe('the last Administrator', () => {
  it('cannot be demoted or disabled, and the primary contact must stay an Administrator', async () => {
    const adminB = tokens.get('adminB');
    const revoke = await system.graphql<{ revokeRole: { userErrors: { code: string }[] } }>(
      `mutation ($u: ID!, $a: ID!) { revokeRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`,
      { u: targets.B.user, a: targets.B.account },
      { token: adminB },
    );
    expect(revoke.data!.revokeRole.userErrors[0]!.code).toBe('LAST_ADMINISTRATOR');
    const disable = await system.graphql<{ disableUser: { userErrors: { code: string }[] } }>(
      `mutation ($u: ID!) { disableUser(userId: $u) { userErrors { code } } }`,
      { u: targets.B.user },
      { token: adminB },
    );
    expect(disable.data!.disableUser.userErrors[0]!.code).toBe('LAST_ADMINISTRATOR');

    // With a second Administrator, A's (the primary contact) still cannot step down first.
    const adminA = tokens.get('adminA');
    const second = await createUser(system, {
      organization: organizationA.organization.id,
      name: 'Second Administrator',
      grants: [],
    });
    // The second on both accounts: the rule holds per account (last-administrator.test.ts).
    const [first, other] = organizationA.accounts.map((account) => account.id) as [string, string];
    for (const a of [first, other]) {
      const granted = await system.graphql<{ grantRole: { userErrors: unknown[] } }>(
        `mutation ($u: ID!, $a: ID!) { grantRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`,
        { u: second.id, a },
        { token: adminA },
      );
      expect(granted.data!.grantRole.userErrors).toEqual([]);
    }
    const stepDown = (account: string) =>
      system.graphql<{ revokeRole: { userErrors: { code: string }[] } }>(
        `mutation ($u: ID!, $a: ID!) { revokeRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`,
        { u: targets.A.admin, a: account },
        { token: adminA },
      );
    expect((await stepDown(first)).data!.revokeRole.userErrors).toEqual([]);
    const last = await stepDown(other);
    expect(last.data!.revokeRole.userErrors[0]!.code).toBe('PRIMARY_CONTACT');
    const grants: unknown[] = await system.identity.dataSource.query(
      `SELECT 1 FROM identity.role_grant WHERE user_id = $1 AND role = 'ADMINISTRATOR'`,
      [localId(targets.A.admin)],
    );
    expect(grants).toHaveLength(1);
  });
});

describe('staff-only identity data', () => {
  it('shows payment history and credit status to agents only, the audit trail to agents and planners', async () => {
    // Four open invoices on A's second account (the matrix bills only its first).
    const aarhus = organizationA.accounts[1]!;
    for (const n of [1, 2, 3, 4]) {
      const recorded = await system.graphql<{ recordInvoice: { userErrors: unknown[] } }>(
        `mutation ($i: RecordInvoiceInput!) { recordInvoice(input: $i) { userErrors { code } } }`,
        { i: invoiceInput(aarhus.id, `HISTORY-${n}`) },
        { token: tokens.get('billing') },
      );
      expect(recorded.data!.recordInvoice.userErrors).toEqual([]);
    }
    const payments = `{ accounts { customerAccountNumber paymentHistory(first: 3) { edges { node { invoiceNumber amount currency paidAt } } } } }`;
    const customer = await system.graphql(payments, {}, { token: tokens.get('adminA') });
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = await system.graphql<{
      accounts: {
        customerAccountNumber: string;
        paymentHistory: { edges: { node: { currency: string; paidAt: string | null } }[] };
      }[];
    }>(payments, {}, { token: tokens.get('agent') });
    // The roles that do not handle accounts are refused, as customers are.
    for (const role of ['planner', 'tech'] as const) {
      for (const query of [payments, `{ accounts { creditStatus } }`]) {
        const refused = await system.graphql(query, {}, { token: tokens.get(role) });
        expect({ role, code: refused.errors?.[0]?.extensions?.code }).toEqual({
          role,
          code: 'FORBIDDEN',
        });
      }
    }
    const history = staff.data!.accounts.find(
      (a) => a.customerAccountNumber === aarhus.customerAccountNumber,
    )!.paymentHistory;
    expect(history.edges).toHaveLength(3);
    expect(history.edges[0]!.node).toMatchObject({
      invoiceNumber: expect.stringMatching(/^HISTORY-/),
      currency: 'DKK',
      paidAt: null,
    });

    const trail = `{ auditTrail(first: 50) { totalCount edges { node { action actor } } } }`;
    expect(
      (await system.graphql(trail, {}, { token: tokens.get('adminA') })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await system.graphql(trail, {}, { token: tokens.get('tech') })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const audit = await system.graphql<{
      auditTrail: { totalCount: number; edges: { node: { action: string } }[] };
    }>(trail, {}, { token: tokens.get('agent') });
    const actions = audit.data!.auditTrail.edges.map((e) => e.node.action);
    expect(actions).toEqual(
      expect.arrayContaining(['role.granted', 'user.invited', 'api-key.created']),
    );
  });

  it('lists the service-centre technicians for staff only', async () => {
    const list = `{ staffUsers(staffRole: TECHNICIAN) { name email staffRole } }`;
    expect(
      (await system.graphql(list, {}, { token: tokens.get('adminA') })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const staff = await system.graphql<{
      staffUsers: { email: string; staffRole: string }[];
    }>(list, {}, { token: tokens.get('planner') });
    expect(staff.data!.staffUsers).toContainEqual(
      expect.objectContaining({ email: tech.email, staffRole: 'TECHNICIAN' }),
    );
    expect(staff.data!.staffUsers.every((u) => u.staffRole === 'TECHNICIAN')).toBe(true);
  });

  it('makes a user confirm a corrected e-mail before signing in again', async () => {
    const [carl] = await system.identity.dataSource.query(
      `SELECT email, status FROM identity.app_user WHERE id = $1`,
      [localId(targets.A.correctionTarget)],
    );
    expect(carl).toEqual({
      email: expect.stringMatching(/^corrected\d+@matrix.example$/),
      status: 'PENDING_CONFIRMATION',
    });
    const again = await system.graphql<{ login: { userErrors: { code: string }[] } }>(
      `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { userErrors { code } } }`,
      { e: carl.email, p: TEST_PASSWORD },
    );
    expect(again.data!.login.userErrors[0]!.code).toBe('EMAIL_NOT_CONFIRMED');
  });
});

describe('back-office integration', () => {
  type Errors = { code: string; field: string[] }[];
  let customer: TestCustomer;
  let stranger: TestCustomer;
  let device: { id: string; serialNumber: string };
  let billing: string;
  let billingId: string;

  const createServiceAccount = (name: string, capabilities: string[]) =>
    system.graphql<{
      createServiceAccount: {
        serviceAccount: { id: string; capabilities: string[] } | null;
        secret: string | null;
        userErrors: Errors;
      };
    }>(
      `mutation ($i: CreateServiceAccountInput!) { createServiceAccount(input: $i) { serviceAccount { id capabilities } secret userErrors { code field } } }`,
      { i: { name, capabilities } },
      { token: tokens.get('agent') },
    );
  const recordInvoice = (input: Record<string, unknown>, token = billing) =>
    system.graphql<{
      recordInvoice: { invoice: { id: string; amount: string } | null; userErrors: Errors };
    }>(
      `mutation ($i: RecordInvoiceInput!) { recordInvoice(input: $i) { invoice { id amount } userErrors { code field } } }`,
      { i: input },
      { token },
    );
  const recordPayment = (input: Record<string, unknown>) =>
    system.graphql<{
      recordPayment: {
        invoice: { openAmount: string; status: string } | null;
        userErrors: Errors;
      };
    }>(
      `mutation ($i: RecordPaymentInput!) { recordPayment(input: $i) { invoice { openAmount status } userErrors { code field } } }`,
      { i: input },
      { token: billing },
    );
  const meterLine = (overrides: Record<string, unknown> = {}) => ({
    description: 'Pages printed',
    deviceId: device.id,
    meter: 'TOTAL',
    periodStart: '2026-10-01',
    periodEnd: '2026-10-31',
    quantity: 4200,
    amount: '420.50',
    ...overrides,
  });
  const invoice = (invoiceNumber: string, lines = [meterLine()]) => ({
    accountId: customer.accounts[0]!.id,
    invoiceNumber,
    invoiceDate: '2026-11-05',
    dueDate: '2026-12-05',
    currency: 'DKK',
    lines,
  });
  const count = async (sql: string, params: unknown[]) =>
    Number((await system.identity.dataSource.query(sql, params))[0].count);

  beforeAll(async () => {
    customer = await createCustomer(system, { name: 'Faktura Print A/S' });
    stranger = await createCustomer(system, { name: 'Fremmed Print A/S' });
    device = await createDevice(system, customer.accounts[0]!, {
      agentToken: tokens.get('agent'),
    });
    const created = await createServiceAccount('Billing system', ['BILLING']);
    billing = created.data!.createServiceAccount.secret!;
    billingId = created.data!.createServiceAccount.serviceAccount!.id;
  });

  it("shows a service account's secret once and stores only its hash", async () => {
    const created = await createServiceAccount('ERP contracts', ['CONTRACTS', 'CONTRACTS']);
    const { serviceAccount, secret } = created.data!.createServiceAccount;
    expect(serviceAccount!.capabilities).toEqual(['CONTRACTS']);
    expect(secret).toMatch(/^sa_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);
    const stored = await count(
      `SELECT count(*) FROM identity.service_account WHERE secret_hash LIKE '%' || $1 || '%'`,
      [secret!.slice(-43)],
    );
    expect(stored).toBe(0);
    expect(
      (await createServiceAccount('ERP contracts', ['BILLING'])).data!.createServiceAccount,
    ).toMatchObject({ serviceAccount: null, secret: null, userErrors: [{ code: 'NAME_TAKEN' }] });
    expect(
      (await createServiceAccount('  ', [])).data!.createServiceAccount.userErrors.map((e) =>
        e.field.join('.'),
      ),
    ).toEqual(['input.name']);
    const list = await system.graphql<{ serviceAccounts: { name: string }[] }>(
      `{ serviceAccounts { name capabilities lastUsedAt revokedAt } }`,
      {},
      { token: tokens.get('agent') },
    );
    expect(list.data!.serviceAccounts.map((a) => a.name)).toEqual(
      expect.arrayContaining(['ERP contracts', 'Billing system']),
    );
  });

  it('lists service accounts to agents only', async () => {
    for (const actor of Object.keys(MATRIX.createServiceAccount) as Actor[]) {
      const result = await system.graphql(
        `{ serviceAccounts { id } }`,
        {},
        {
          token: tokens.get(actor),
        },
      );
      const expected =
        actor === 'agent' ? undefined : actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect({ actor, code: result.errors?.[0]?.extensions?.code }).toEqual({
        actor,
        code: expected,
      });
    }
  });

  it('stops the old secret on rotation and every secret on revocation', async () => {
    const created = (await createServiceAccount('Rotated system', ['BILLING'])).data!
      .createServiceAccount;
    const rotated = await system.graphql<{
      rotateServiceAccountSecret: { secret: string };
    }>(
      `mutation ($id: ID!) { rotateServiceAccountSecret(id: $id) { secret } }`,
      { id: created.serviceAccount!.id },
      { token: tokens.get('agent') },
    );
    const fresh = rotated.data!.rotateServiceAccountSecret.secret;
    const credit = `mutation ($a: ID!) { setCreditStatus(accountId: $a, creditStatus: GOOD) { userErrors { code } } }`;
    const variables = { a: customer.accounts[0]!.id };
    expect((await system.graphql(credit, variables, { token: created.secret! })).status).toBe(401);
    expect((await system.graphql(credit, variables, { token: fresh })).errors).toBeUndefined();
    await system.graphql(
      `mutation ($id: ID!) { revokeServiceAccount(id: $id) { userErrors { code } } }`,
      { id: created.serviceAccount!.id },
      { token: tokens.get('agent') },
    );
    const another = (await createServiceAccount('Revoked before use', ['BILLING'])).data!
      .createServiceAccount;
    await system.graphql(
      `mutation ($id: ID!) { revokeServiceAccount(id: $id) { userErrors { code } } }`,
      { id: another.serviceAccount!.id },
      { token: tokens.get('agent') },
    );
    expect((await system.graphql(credit, variables, { token: another.secret! })).status).toBe(401);
    const again = await system.graphql<{
      rotateServiceAccountSecret: { secret: string | null; userErrors: Errors };
    }>(
      `mutation ($id: ID!) { rotateServiceAccountSecret(id: $id) { secret userErrors { code field } } }`,
      { id: another.serviceAccount!.id },
      { token: tokens.get('agent') },
    );
    expect(again.data!.rotateServiceAccountSecret).toEqual({
      secret: null,
      userErrors: [{ code: 'REVOKED', field: ['id'] }],
    });
  });

  it('refuses a bad invoice at its fields and records nothing', async () => {
    const bad = await recordInvoice({
      ...invoice('BAD 1', [
        meterLine({ meter: 'COLOUR' }),
        meterLine({ deviceId: targets.B.device }),
        meterLine({ deviceId: null }),
        meterLine({ periodEnd: '2026-09-30', quantity: -1, amount: '1.234' }),
      ]),
      dueDate: '2026-11-01',
      currency: 'kr',
    });
    expect(bad.data!.recordInvoice.invoice).toBeNull();
    expect(bad.data!.recordInvoice.userErrors.map((e) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID_INPUT', 'input.invoiceNumber'],
      ['INVALID_INPUT', 'input.dueDate'],
      ['INVALID_INPUT', 'input.currency'],
      ['METER_NOT_BILLED', 'input.lines.0.meter'],
      ['DEVICE_NOT_FOUND', 'input.lines.1.deviceId'],
      ['INVALID_INPUT', 'input.lines.2.meter'],
      ['INVALID_INPUT', 'input.lines.3.periodEnd'],
      ['INVALID_INPUT', 'input.lines.3.quantity'],
      ['INVALID_INPUT', 'input.lines.3.amount'],
    ]);
    const elsewhere = await recordInvoice({
      ...invoice('BAD-2'),
      accountId: toGlobalId('Account', randomUUID()),
    });
    expect(elsewhere.data!.recordInvoice.userErrors).toEqual([
      { code: 'ACCOUNT_NOT_FOUND', field: ['input', 'accountId'] },
    ]);
    // The stranger's device on this customer's invoice is no device of the account.
    const foreign = await createDevice(system, stranger.accounts[0]!, {
      agentToken: tokens.get('agent'),
    });
    const mixed = await recordInvoice(invoice('BAD-3', [meterLine({ deviceId: foreign.id })]));
    expect(mixed.data!.recordInvoice.userErrors[0]).toEqual({
      code: 'DEVICE_NOT_FOUND',
      field: ['input', 'lines', '0', 'deviceId'],
    });
    expect(
      await count(`SELECT count(*) FROM identity.payment WHERE invoice_number LIKE 'BAD%'`, []),
    ).toBe(0);
  });

  it('records an invoice once however often the billing system retries it', async () => {
    const lines = [
      meterLine(),
      meterLine({
        deviceId: null,
        meter: null,
        description: 'Contract fee',
        quantity: 1,
        amount: '199.5',
      }),
    ];
    const attempts = await Promise.all(
      [1, 2, 3].map(() => recordInvoice(invoice('INV-2026-11-001', lines))),
    );
    const ids = attempts.map((a) => a.data!.recordInvoice.invoice?.id);
    expect(new Set(ids).size).toBe(1);
    expect(attempts[0]!.data!.recordInvoice.invoice!.amount).toBe('620.00');
    const [stored] = await system.identity.dataSource.query(
      `SELECT count(*) AS count, (SELECT count(*) FROM identity.invoice_line l JOIN identity.payment p ON p.id = l.invoice_id WHERE p.invoice_number = $1) AS lines
         FROM identity.payment WHERE invoice_number = $1`,
      ['INV-2026-11-001'],
    );
    expect(stored).toEqual({ count: '1', lines: '2' });
    const changed = await recordInvoice(
      invoice('INV-2026-11-001', [meterLine({ amount: '999.00' })]),
    );
    expect(changed.data!.recordInvoice).toEqual({
      invoice: null,
      userErrors: [{ code: 'INVOICE_NUMBER_TAKEN', field: ['input', 'invoiceNumber'] }],
    });
    const recorded = await count(
      `SELECT count(*) FROM identity.audit_event WHERE action = 'invoice.recorded' AND details->>'invoiceNumber' = $1 AND actor = $2`,
      [
        'INV-2026-11-001',
        `serviceAccount:${Buffer.from(billingId, 'base64url').toString().split(':')[1]}`,
      ],
    );
    expect(recorded).toBe(1);
  });

  it('counts a payment once, refuses more than is open and pays the invoice in full', async () => {
    await recordInvoice({
      ...invoice('INV-2026-11-002', [meterLine({ amount: '300.00' })]),
      dueDate: '2099-01-01',
    });
    const pay = (reference: string, amount: string) =>
      recordPayment({ invoiceNumber: 'INV-2026-11-002', reference, amount, paidOn: '2026-11-20' });
    const first = await Promise.all([pay('BANK-1', '100.00'), pay('BANK-1', '100.00')]);
    for (const result of first)
      expect(result.data!.recordPayment).toEqual({
        invoice: { openAmount: '200.00', status: 'OPEN' },
        userErrors: [],
      });
    expect((await pay('BANK-1', '150.00')).data!.recordPayment.userErrors).toEqual([
      { code: 'PAYMENT_REFERENCE_TAKEN', field: ['input', 'reference'] },
    ]);
    expect((await pay('BANK-2', '200.01')).data!.recordPayment.userErrors).toEqual([
      { code: 'EXCEEDS_OPEN_AMOUNT', field: ['input', 'amount'] },
    ]);
    expect((await pay('BANK-3', '0')).data!.recordPayment.userErrors).toEqual([
      { code: 'INVALID_INPUT', field: ['input', 'amount'] },
    ]);
    expect(
      (
        await recordPayment({
          invoiceNumber: 'NO-SUCH',
          reference: 'BANK-4',
          amount: '1.00',
          paidOn: '2026-11-20',
        })
      ).data!.recordPayment.userErrors,
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'invoiceNumber'] }]);
    expect((await pay('BANK-2', '200.00')).data!.recordPayment.invoice).toEqual({
      openAmount: '0.00',
      status: 'PAID',
    });
    const [row] = await system.identity.dataSource.query(
      `SELECT paid_amount, paid_at::text FROM identity.payment WHERE invoice_number = 'INV-2026-11-002'`,
    );
    expect(row).toEqual({ paid_amount: '300.00', paid_at: '2026-11-20' });
    // One reference sent for two invoices at once: one payment, the other refused.
    for (const n of ['INV-2026-11-004', 'INV-2026-11-005'])
      await recordInvoice({
        ...invoice(n, [meterLine({ amount: '50.00' })]),
        dueDate: '2099-01-01',
      });
    const raced = await Promise.all(
      ['INV-2026-11-004', 'INV-2026-11-005'].map((invoiceNumber) =>
        recordPayment({
          invoiceNumber,
          reference: 'BANK-RACE',
          amount: '10.00',
          paidOn: '2026-11-21',
        }),
      ),
    );
    expect(raced.map((r) => r.data!.recordPayment.userErrors.map((e) => e.code)).sort()).toEqual([
      [],
      ['PAYMENT_REFERENCE_TAKEN'],
    ]);
    expect(
      await count(
        `SELECT count(*) FROM identity.invoice_payment WHERE reference = 'BANK-RACE'`,
        [],
      ),
    ).toBe(1);
  });

  it("shows the customer's Administrator its invoices and open balance, nobody else's", async () => {
    await recordInvoice({
      ...invoice('INV-2026-11-003', [meterLine({ amount: '80.00' })]),
      dueDate: '2099-01-01',
    });
    const deviceManager = await createUser(system, {
      organization: customer.organization.id,
      grants: [['DEVICE_MANAGER', customer.accounts[0]!]],
      devices: [device.id],
    });
    const query = `query ($a: ID!) { node(id: $a) { ... on Account { openBalance { amount currency } invoices(first: 10) { edges { node { invoiceNumber status amount openAmount dueDate lines { description serialNumber meter quantity amount periodStart periodEnd device { id } } } } } } } }`;
    const asAdmin = await system.graphql<{
      node: {
        openBalance: { amount: string; currency: string }[];
        invoices: {
          edges: { node: { invoiceNumber: string; status: string; lines: unknown[] } }[];
        };
      };
    }>(query, { a: customer.accounts[0]!.id }, { token: await customer.administrator.signIn() });
    expect(asAdmin.errors).toBeUndefined();
    // 620.00 (INV-001) + 80.00 (INV-003) + 50.00 + 40.00 (INV-004/005, one paid 10.00) open;
    // INV-002 is paid.
    expect(asAdmin.data!.node.openBalance).toEqual([{ amount: '790.00', currency: 'DKK' }]);
    const byNumber = Object.fromEntries(
      asAdmin.data!.node.invoices.edges.map((e) => [e.node.invoiceNumber, e.node]),
    );
    expect(byNumber['INV-2026-11-002']).toMatchObject({ status: 'PAID', openAmount: '0.00' });
    expect(byNumber['INV-2026-11-003']).toMatchObject({
      status: 'OPEN',
      openAmount: '80.00',
      dueDate: '2099-01-01',
    });
    expect(byNumber['INV-2026-11-003']!.lines).toEqual([
      {
        description: 'Pages printed',
        serialNumber: device.serialNumber,
        meter: 'TOTAL',
        quantity: 4200,
        amount: '80.00',
        periodStart: '2026-10-01',
        periodEnd: '2026-10-31',
        device: { id: device.id },
      },
    ]);
    const staffOnly = await system.graphql(
      `query ($a: ID!) { node(id: $a) { ... on Account { creditStatus } } }`,
      { a: customer.accounts[0]!.id },
      { token: await customer.administrator.signIn() },
    );
    expect(staffOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asDeviceManager = await system.graphql(
      query,
      { a: customer.accounts[0]!.id },
      {
        token: await deviceManager.signIn(),
      },
    );
    expect(asDeviceManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asStranger = await system.graphql<{ node: unknown }>(
      query,
      { a: customer.accounts[0]!.id },
      {
        token: await stranger.administrator.signIn(),
      },
    );
    expect(asStranger).toMatchObject({ data: { node: null } });
    expect(asStranger.errors).toBeUndefined();
    const asAgent = await system.graphql<{ node: { openBalance: unknown } }>(
      query,
      { a: customer.accounts[0]!.id },
      {
        token: tokens.get('agent'),
      },
    );
    expect(asAgent.data!.node.openBalance).toEqual([{ amount: '790.00', currency: 'DKK' }]);
    // A service account reads no organisation's data.
    const asBilling = await system.graphql<{ node: unknown }>(
      query,
      { a: customer.accounts[0]!.id },
      { token: billing },
    );
    expect(asBilling.data?.node ?? null).toBeNull();
  });

  it('lets a service account read no organisation’s data through any root query', async () => {
    const schema = buildSchema(
      readFileSync(
        path.join(__dirname, '../../../client/src/__generated__/schema.graphql'),
        'utf8',
      ),
    );
    const answers: Record<string, unknown> = {};
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      if (field.args.some((a) => isNonNullType(a.type))) continue;
      // The vendor's catalogue and help articles are every signed-in caller's, no customer's.
      if (['deviceModels', 'knowledgeArticles'].includes(field.name)) continue;
      const type = getNamedType(field.type);
      const selection = type.name.endsWith('Connection')
        ? ' { edges { cursor } }'
        : isCompositeType(type)
          ? ' { __typename }'
          : '';
      const result = await system.graphql(
        `{ r: ${field.name}${selection} }`,
        {},
        { token: billing },
      );
      const code = result.errors?.[0]?.extensions?.code;
      answers[field.name] = code ?? (result.data as { r: unknown }).r;
    }
    const leaks = Object.entries(answers).filter(
      ([, answer]) =>
        answer !== 'FORBIDDEN' &&
        answer !== null &&
        !(Array.isArray(answer) && answer.length === 0) &&
        !(
          typeof answer === 'object' &&
          Array.isArray((answer as { edges?: unknown }).edges) &&
          (answer as { edges: unknown[] }).edges.length === 0
        ),
    );
    expect(Object.keys(answers).length).toBeGreaterThan(10);
    expect(leaks).toEqual([]);
  });

  it('lets only a CONTRACTS service account change a contract, in the device history by name', async () => {
    const contracts = (await createServiceAccount('Contract system', ['CONTRACTS'])).data!
      .createServiceAccount.secret!;
    const change = (token: string) =>
      system.graphql<{ updateDeviceContract: { userErrors: Errors } }>(
        `mutation ($d: ID!, $c: ServiceContractInput!) { updateDeviceContract(deviceId: $d, contract: $c) { userErrors { code field } } }`,
        {
          d: device.id,
          c: {
            contractNumber: 'SC-RENEWED-1',
            responseTimeHours: 4,
            billedMeters: ['TOTAL'],
            readingFrequency: 'QUARTERLY',
          },
        },
        { token },
      );
    expect((await change(billing)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await change(contracts)).data!.updateDeviceContract.userErrors).toEqual([]);
    expect((await change(contracts)).data!.updateDeviceContract.userErrors).toEqual([]);
    const [row] = await system.devices.dataSource.query(
      `SELECT contract_number AS number FROM devices.device WHERE id = $1`,
      [Buffer.from(device.id, 'base64url').toString().split(':')[1]],
    );
    expect(row).toEqual({ number: 'SC-RENEWED-1' });
    const changes = await system.devices.dataSource.query(
      `SELECT by_name FROM devices.device_change WHERE device_id = $1 AND type = 'DeviceContractChanged'`,
      [Buffer.from(device.id, 'base64url').toString().split(':')[1]],
    );
    expect(changes).toEqual([{ by_name: 'Contract system' }]);
  });
});
