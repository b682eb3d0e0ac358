import { demoIds, DEMO_PASSWORD, toGlobalId } from '@portal/platform';
import { startTestSystem, type TestSystem } from '@portal/testkit';

/**
 * Every identity mutation x every kind of caller x a target in Nordisk Print (anna's
 * organisation) and one in Fjord Logistik (bo's). Only the cells docs/domain.md allows succeed;
 * a target in another organisation looks exactly like one that does not exist.
 */
type Actor =
  | 'anna.admin'
  | 'dennis.device'
  | 'sara.stock'
  | 'dorte.both'
  | 'sune.self'
  | 'bo.admin'
  | 'agent'
  | 'planner'
  | 'tech'
  | 'apiKey'
  | 'anonymous';
type Outcome = 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED' | `refused:${string}`;

const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
/** Non-administrators, staff (for customer administration), API keys and anonymous callers. */
const others = (nordisk: Outcome, fjord: Outcome) => ({ nordisk, fjord });
const administrators = (code: string) => ({
  'anna.admin': others('OK', `refused:${code}`),
  'bo.admin': others(`refused:${code}`, 'OK'),
});
const refusedToAllBut = (rows: Partial<Record<Actor, { nordisk: Outcome; fjord: Outcome }>>) => ({
  'dennis.device': others(F, F),
  'sara.stock': others(F, F),
  'dorte.both': others(F, F),
  'sune.self': others(F, F),
  agent: others(F, F),
  planner: others(F, F),
  tech: others(F, F),
  apiKey: others(F, F),
  anonymous: others(U, U),
  'anna.admin': others(F, F),
  'bo.admin': others(F, F),
  ...rows,
});

const MATRIX: Record<string, Record<Actor, { nordisk: Outcome; fjord: Outcome }>> = {
  grantRole: refusedToAllBut(administrators('ACCOUNT_NOT_FOUND')),
  revokeRole: refusedToAllBut(administrators('ACCOUNT_NOT_FOUND')),
  assignDevices: refusedToAllBut(administrators('NOT_FOUND')),
  unassignDevices: refusedToAllBut(administrators('NOT_FOUND')),
  setPrimaryContact: refusedToAllBut(administrators('NOT_FOUND')),
  inviteUser: refusedToAllBut(administrators('ACCOUNT_NOT_FOUND')),
  createApiKey: refusedToAllBut(administrators('ACCOUNT_NOT_FOUND')),
  createStaffUser: refusedToAllBut({ agent: others('OK', 'OK'), planner: others('OK', 'OK') }),
  correctUserEmail: refusedToAllBut({ agent: others('OK', 'OK') }),
};

const nordisk = {
  user: toGlobalId('User', demoIds.user('sune.self@nordiskprint.example')),
  admin: toGlobalId('User', demoIds.user('anna.admin@nordiskprint.example')),
  account: toGlobalId('Account', demoIds.account('100200')),
  device: toGlobalId('Device', demoIds.device('NP1000005')),
  correctionTarget: toGlobalId('User', demoIds.user('carl.target@nordiskprint.example')),
};
const fjord = {
  user: toGlobalId('User', demoIds.user('bo.admin@fjordlogistik.example')),
  admin: toGlobalId('User', demoIds.user('bo.admin@fjordlogistik.example')),
  account: toGlobalId('Account', demoIds.account('300400')),
  device: toGlobalId('Device', demoIds.device('FL3000002')),
  correctionTarget: toGlobalId('User', demoIds.user('frida.target@fjordlogistik.example')),
};
type Target = typeof nordisk;

let counter = 0;
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
    variables: { e: `staff${++counter}@service.example` },
  }),
  correctUserEmail: (t) => ({
    query: `mutation ($u: ID!, $e: String!) { r: correctUserEmail(userId: $u, email: $e) { userErrors { code } } }`,
    variables: { u: t.correctionTarget, e: `corrected${++counter}@matrix.example` },
  }),
};

let system: TestSystem;
const tokens = new Map<Actor, string | undefined>();
const EMAIL: Partial<Record<Actor, string>> = {
  'anna.admin': 'anna.admin@nordiskprint.example',
  'dennis.device': 'dennis.device@nordiskprint.example',
  'sara.stock': 'sara.stock@nordiskprint.example',
  'dorte.both': 'dorte.both@nordiskprint.example',
  'sune.self': 'sune.self@nordiskprint.example',
  'bo.admin': 'bo.admin@fjordlogistik.example',
  agent: 'agent@service.example',
  planner: 'planner@service.example',
  tech: 'tech@service.example',
};

beforeAll(async () => {
  system = await startTestSystem();
  // Two users only correctUserEmail touches (it sends its target back to confirming).
  for (const [email, organization] of [
    ['carl.target@nordiskprint.example', 'Nordisk Print A/S'],
    ['frida.target@fjordlogistik.example', 'Fjord Logistik ApS'],
  ] as const) {
    await system.identity.dataSource.query(
      `INSERT INTO identity.app_user (id, organization_id, email, name, password_hash, status, language, email_confirmed_at)
       SELECT $1, $2, $3, 'Correction Target', password_hash, 'ACTIVE', 'da', now()
         FROM identity.app_user WHERE email = 'anna.admin@nordiskprint.example'`,
      [demoIds.user(email), demoIds.organization(organization), email],
    );
  }
  for (const [actor, email] of Object.entries(EMAIL))
    tokens.set(actor as Actor, await system.signIn(email));
  const key = await system.graphql<{ createApiKey: { secret: string } }>(
    `mutation ($a: ID!) { createApiKey(name: "Partner", grants: [{ role: ADMINISTRATOR, accountId: $a }]) { secret } }`,
    { a: nordisk.account },
    { token: tokens.get('anna.admin') },
  );
  tokens.set('apiKey', key.data!.createApiKey.secret);
  tokens.set('anonymous', undefined);
});
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
    [operation, actor as Actor, 'nordisk', expected.nordisk] as const,
    [operation, actor as Actor, 'fjord', expected.fjord] as const,
  ]),
);

it('has one cell per operation, caller and organisation', () => {
  expect(cells).toHaveLength(Object.keys(MATRIX).length * 11 * 2);
});

it.each(cells)('%s by %s on a %s target: %s', async (operation, actor, organisation, expected) => {
  expect(await outcome(operation, actor, organisation === 'nordisk' ? nordisk : fjord)).toBe(
    expected,
  );
});

describe('the last Administrator', () => {
  it('cannot be demoted or disabled, and the primary contact must stay an Administrator', async () => {
    const bo = tokens.get('bo.admin');
    const revoke = await system.graphql<{ revokeRole: { userErrors: { code: string }[] } }>(
      `mutation ($u: ID!, $a: ID!) { revokeRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`,
      { u: fjord.user, a: fjord.account },
      { token: bo },
    );
    expect(revoke.data!.revokeRole.userErrors[0]!.code).toBe('LAST_ADMINISTRATOR');
    const disable = await system.graphql<{ disableUser: { userErrors: { code: string }[] } }>(
      `mutation ($u: ID!) { disableUser(userId: $u) { userErrors { code } } }`,
      { u: fjord.user },
      { token: bo },
    );
    expect(disable.data!.disableUser.userErrors[0]!.code).toBe('LAST_ADMINISTRATOR');

    // With a second Administrator, anna (the primary contact) still cannot step down first.
    const anna = tokens.get('anna.admin');
    const dennis = toGlobalId('User', demoIds.user('dennis.device@nordiskprint.example'));
    // Dennis on both accounts: the rule holds per account (last-administrator.test.ts).
    for (const a of [nordisk.account, toGlobalId('Account', demoIds.account('100201'))]) {
      await system.graphql(
        `mutation ($u: ID!, $a: ID!) { grantRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`,
        { u: dennis, a },
        { token: anna },
      );
    }
    const stepDown = (account: string) =>
      system.graphql<{ revokeRole: { userErrors: { code: string }[] } }>(
        `mutation ($u: ID!, $a: ID!) { revokeRole(userId: $u, grant: { role: ADMINISTRATOR, accountId: $a }) { userErrors { code } } }`,
        { u: nordisk.admin, a: account },
        { token: anna },
      );
    expect((await stepDown(nordisk.account)).data!.revokeRole.userErrors).toEqual([]);
    const last = await stepDown(toGlobalId('Account', demoIds.account('100201')));
    expect(last.data!.revokeRole.userErrors[0]!.code).toBe('PRIMARY_CONTACT');
    const grants: unknown[] = await system.identity.dataSource.query(
      `SELECT 1 FROM identity.role_grant WHERE user_id = $1 AND role = 'ADMINISTRATOR'`,
      [demoIds.user('anna.admin@nordiskprint.example')],
    );
    expect(grants).toHaveLength(1);
  });
});

describe('staff-only identity data', () => {
  it('shows payment history and credit status to agents only, the audit trail to agents and planners', async () => {
    const payments = `{ accounts { customerAccountNumber paymentHistory(first: 3) { edges { node { invoiceNumber amount currency paidAt } } } } }`;
    const customer = await system.graphql(payments, {}, { token: tokens.get('anna.admin') });
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
    const aarhus = staff.data!.accounts.find((a) => a.customerAccountNumber === '100201')!;
    expect(aarhus.paymentHistory.edges).toHaveLength(3);
    expect(aarhus.paymentHistory.edges[0]!.node).toMatchObject({ currency: 'DKK', paidAt: null });

    const trail = `{ auditTrail(first: 50) { totalCount edges { node { action actor } } } }`;
    expect(
      (await system.graphql(trail, {}, { token: tokens.get('anna.admin') })).errors?.[0]?.extensions
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
      (await system.graphql(list, {}, { token: tokens.get('anna.admin') })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const staff = await system.graphql<{
      staffUsers: { email: string; staffRole: string }[];
    }>(list, {}, { token: tokens.get('planner') });
    expect(staff.data!.staffUsers).toContainEqual(
      expect.objectContaining({ email: 'tech@service.example', staffRole: 'TECHNICIAN' }),
    );
    expect(staff.data!.staffUsers.every((u) => u.staffRole === 'TECHNICIAN')).toBe(true);
  });

  it('makes a user confirm a corrected e-mail before signing in again', async () => {
    const [carl] = await system.identity.dataSource.query(
      `SELECT email, status FROM identity.app_user WHERE id = $1`,
      [demoIds.user('carl.target@nordiskprint.example')],
    );
    expect(carl).toEqual({
      email: expect.stringMatching(/^corrected\d+@matrix.example$/),
      status: 'PENDING_CONFIRMATION',
    });
    const again = await system.graphql<{ login: { userErrors: { code: string }[] } }>(
      `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { userErrors { code } } }`,
      { e: carl.email, p: DEMO_PASSWORD },
    );
    expect(again.data!.login.userErrors[0]!.code).toBe('EMAIL_NOT_CONFIRMED');
  });
});
