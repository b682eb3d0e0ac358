import { SESSION_COOKIE } from '@portal/platform';
import {
  createCustomer,
  createStaffUser,
  createUser,
  startTestSystem,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
  fromAddress,
} from '@portal/testkit';

let system: TestSystem;
/** A customer with two accounts (its Administrator on both) and another with one. */
let customer: TestCustomer;
let other: TestCustomer;
/** Customer users: a Self-Service user, a Device Manager and a Stock Manager. */
let selfService: TestUser;
let deviceManager: TestUser;
let stockManager: TestUser;

beforeAll(async () => {
  // Identity's own data is built below: the demo world is not needed.
  system = await startTestSystem({ principalCacheMs: 0, demo: false });
  customer = await createCustomer(system, { accounts: 2 });
  other = await createCustomer(system);
  const member = (name: string, role: 'SELF_SERVICE_USER' | 'DEVICE_MANAGER' | 'STOCK_MANAGER') =>
    createUser(system, {
      organization: customer.organization.id,
      name,
      grants: [[role, customer.accounts[0]!]],
    });
  selfService = await member('Signe Self', 'SELF_SERVICE_USER');
  deviceManager = await member('Bente Device', 'DEVICE_MANAGER');
  stockManager = await member('Stig Stock', 'STOCK_MANAGER');
}, 120_000);
afterAll(async () => {
  await system.stop();
});

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken session { user { email name } expiresAt } userErrors { code field message }
  }
}`;
const ME = `query { me { email staffRole organization { name } grants { role account { customerAccountNumber } } } }`;

/** Sets an account's credit status as the billing system does (a BILLING service account). */
async function setCreditStatus(agentToken: string, accountId: string, creditStatus: string) {
  const created = await system.graphql<{ createServiceAccount: { secret: string } }>(
    `mutation { createServiceAccount(input: { name: "Billing", capabilities: [BILLING] }) { secret } }`,
    {},
    { token: agentToken },
  );
  const set = await system.graphql<{ setCreditStatus: { userErrors: unknown[] } }>(
    `mutation ($a: ID!, $c: CreditStatus!) { setCreditStatus(accountId: $a, creditStatus: $c) { userErrors { code } } }`,
    { a: accountId, c: creditStatus },
    { token: created.data!.createServiceAccount.secret },
  );
  expect(set.data!.setCreditStatus.userErrors).toEqual([]);
}

describe('signing in', () => {
  it('signs a user in with a bearer token and an HttpOnly session cookie', async () => {
    const { email } = customer.administrator;
    // The e-mail in other letters: e-mails are matched without regard to case.
    const result = await system.graphql<{
      login: { accessToken: string; session: { user: { email: string } } };
    }>(LOGIN, { email: email.toUpperCase(), password: TEST_PASSWORD });
    expect(result.data!.login.session.user.email).toBe(email);
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${SESSION_COOKIE}=`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await system.graphql<{
      me: { organization: { name: string }; grants: { role: string }[] };
    }>(
      ME,
      {},
      {
        token: result.data!.login.accessToken,
      },
    );
    expect(me.data!.me.organization.name).toBe(customer.organization.name);
    expect(me.data!.me.grants.map((g) => g.role)).toEqual(['ADMINISTRATOR', 'ADMINISTRATOR']);

    const sessionCookie = cookie.split(';')[0]!;
    const byCookie = await system.graphql<{ me: { email: string } }>(
      ME,
      {},
      { headers: { cookie: sessionCookie } },
    );
    expect(byCookie.data!.me.email).toBe(email);
  });

  it('gives one generic answer for a wrong password and an unknown e-mail', async () => {
    for (const [email, password] of [
      [customer.administrator.email, 'wrong-password-123'],
      ['nobody@nowhere.example', TEST_PASSWORD],
    ]) {
      const result = await system.graphql<{
        login: { accessToken: null; userErrors: { code: string; message: string }[] };
      }>(LOGIN, { email, password });
      expect(result.data!.login.accessToken).toBeNull();
      expect(result.data!.login.userErrors).toEqual([
        {
          code: 'INVALID_CREDENTIALS',
          field: null,
          message: 'The e-mail or password is not right.',
        },
      ]);
    }
  });

  it('refuses a user who has not confirmed the e-mail', async () => {
    await system.identity.dataSource.query(
      `UPDATE identity.app_user SET status = 'PENDING_CONFIRMATION' WHERE email = $1`,
      [selfService.email],
    );
    const result = await system.graphql<{ login: { userErrors: { code: string }[] } }>(LOGIN, {
      email: selfService.email,
      password: TEST_PASSWORD,
    });
    expect(result.data!.login.userErrors[0]!.code).toBe('EMAIL_NOT_CONFIRMED');
  });

  it('shows me as null to an anonymous caller and staff without an organisation', async () => {
    expect((await system.graphql(ME)).data).toEqual({ me: null });
    const token = await (await createStaffUser(system, 'SERVICE_PLANNER')).signIn();
    const result = await system.graphql<{ me: { staffRole: string; organization: null } }>(
      ME,
      {},
      { token },
    );
    expect(result.data!.me).toMatchObject({ staffRole: 'SERVICE_PLANNER', organization: null });
  });

  it('refuses the token after logout', async () => {
    const token = await other.administrator.signIn();
    const out = await system.graphql<{ logout: boolean }>('mutation { logout }', {}, { token });
    expect(out.data!.logout).toBe(true);
    const after = await system.graphql('{ devices { totalCount } }', {}, { token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('hides credit status from customers and shows it to staff', async () => {
    const [first, watched] = [customer.accounts[0]!, customer.accounts[1]!];
    const theirs = other.accounts[0]!;
    const query = `{ accounts { customerAccountNumber creditStatus } }`;
    const asCustomer = await system.graphql(
      query,
      {},
      { token: await customer.administrator.signIn() },
    );
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
    await setCreditStatus(agent, watched.id, 'WATCH');
    const staff = await system.graphql<{
      accounts: { customerAccountNumber: string; creditStatus: string }[];
    }>(query, {}, { token: agent });
    expect(
      Object.fromEntries(
        staff.data!.accounts.map((a) => [a.customerAccountNumber, a.creditStatus]),
      ),
    ).toEqual({
      [first.customerAccountNumber]: 'GOOD',
      [watched.customerAccountNumber]: 'WATCH',
      [theirs.customerAccountNumber]: 'GOOD',
    });
  });
});

type Refusal = { accessToken: string | null; userErrors: { code: string; message: string }[] };

describe('sign-in throttling', () => {
  const loginFrom = (address: string, email: string, password: string) =>
    fromAddress<{ login: Refusal }>(system, address, LOGIN, { email, password }).then(
      (data) => data.login,
    );

  it('does not lock an office out: 30 failed sign-ins with unknown e-mails slow its address down, a colleague still signs in', async () => {
    const office = '198.51.100.77';
    const failures = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        loginFrom(office, `nobody${i}@guess.example`, 'wrong-password-123'),
      ),
    );
    expect(failures.map((f) => f.userErrors[0]!.code)).toEqual(
      Array(30).fill('INVALID_CREDENTIALS'),
    );
    const started = Date.now();
    const colleague = await loginFrom(office, deviceManager.email, TEST_PASSWORD);
    expect(colleague.userErrors).toEqual([]);
    expect(colleague.accessToken).toEqual(expect.any(String));
    // Slowed, not refused: the address has spent its free failures.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    // Another address is not slowed by the office's failures.
    const elsewhere = Date.now();
    expect(
      (await loginFrom('198.51.100.78', 'nobody@guess.example', 'x')).userErrors[0]!.code,
    ).toBe('INVALID_CREDENTIALS');
    expect(Date.now() - elsewhere).toBeLessThan(2000);
  });

  it('refuses one e-mail from one address after five failures, without locking its owner out elsewhere or telling to reset a password', async () => {
    const attacker = '203.0.113.66';
    const { email } = other.administrator;
    for (let i = 0; i < 5; i++) {
      expect((await loginFrom(attacker, email, `guess-${i}-password`)).userErrors[0]!.code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const refused = await loginFrom(attacker, email, TEST_PASSWORD);
    expect(refused.accessToken).toBeNull();
    expect(refused.userErrors[0]!.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.userErrors[0]!.message).not.toMatch(/reset|password/i);
    // The owner, at its own address, signs in.
    const owner = await loginFrom('203.0.113.67', email, TEST_PASSWORD);
    expect(owner.accessToken).toEqual(expect.any(String));
  });

  it('lets at most five of twenty parallel guesses at one e-mail from one address reach the password check', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        loginFrom('203.0.113.99', stockManager.email, `parallel-guess-${i}`),
      ),
    );
    const codes = guesses.map((g) => g.userErrors[0]!.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c !== 'INVALID_CREDENTIALS')).toEqual(
      codes.filter((c) => c === 'TOO_MANY_ATTEMPTS'),
    );
  });
});
