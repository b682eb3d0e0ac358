import { DEMO_PASSWORD } from '@portal/platform';
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
  mailCount,
  tokenIn,
  waitForMail,
  waitForMailWithSubject,
  fromAddress,
} from '@portal/testkit';

let system: TestSystem;
/** The customer people register with (two accounts) and another one. */
let customer: TestCustomer;
let other: TestCustomer;
/** Serial numbers proving an account: one on the first, two on the second, one of the other's. */
const serial = { first: '', second: '', secondToo: '', others: '' };
let deviceOnFirst: string;
let othersDevice: string;
let selfService: TestUser;
let planner: TestUser;

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem();
  customer = await createCustomer(system, { accounts: 2 });
  other = await createCustomer(system);
  const agentToken = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  const [first, second] = customer.accounts as [TestAccount, TestAccount];
  const onFirst = await createDevice(system, first, { agentToken });
  [deviceOnFirst, serial.first] = [onFirst.id, onFirst.serialNumber];
  serial.second = (await createDevice(system, second, { agentToken })).serialNumber;
  serial.secondToo = (await createDevice(system, second, { agentToken })).serialNumber;
  const theirs = await createDevice(system, other.accounts[0]!, { agentToken });
  [othersDevice, serial.others] = [theirs.id, theirs.serialNumber];
  selfService = await createUser(system, {
    organization: customer.organization.id,
    name: 'Signe Self',
    grants: [['SELF_SERVICE_USER', first]],
  });
  planner = await createStaffUser(system, 'SERVICE_PLANNER');
}, 180_000);
afterAll(async () => {
  await system.stop();
});

const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ok userErrors { code field message } } }`;
const CONFIRM = `mutation ($token: String!) { confirmEmail(token: $token) {
  accessToken session { user { email status grants { role account { customerAccountNumber } } } }
  userErrors { code } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) {
  accessToken userErrors { code } } }`;
const PASSWORD = 'Blæk og papir 2026!';

type Payload = { ok: boolean; userErrors: { code: string; field: string[] }[] };

const input = (email: string, overrides: Record<string, string> = {}) => ({
  email,
  name: 'Rikke Registrerer',
  password: PASSWORD,
  customerAccountNumber: customer.accounts[0]!.customerAccountNumber,
  deviceSerialNumber: serial.first,
  ...overrides,
});

async function register(email: string, overrides: Record<string, string> = {}): Promise<Payload> {
  const result = await system.graphql<{ register: Payload }>(REGISTER, {
    input: input(email, overrides),
  });
  expect(result.errors).toBeUndefined();
  return result.data!.register;
}

describe('self-registration', () => {
  it('registers, mails a confirmation link, confirms and signs in as a Self-Service user', async () => {
    const email = 'rikke.new@printhouse.example';
    expect(await register(email, { language: 'en' })).toEqual({ ok: true, userErrors: [] });

    const unconfirmed = await system.graphql<{ login: { userErrors: { code: string }[] } }>(LOGIN, {
      email,
      password: PASSWORD,
    });
    expect(unconfirmed.data!.login.userErrors[0]!.code).toBe('EMAIL_NOT_CONFIRMED');

    const mail = await waitForMail(email);
    expect(mail.subject).toBe('Confirm your e-mail for Canon Self-Service');
    const token = tokenIn(mail);
    const confirmed = await system.graphql<{
      confirmEmail: {
        accessToken: string;
        session: { user: { status: string; grants: unknown[] } };
      };
    }>(CONFIRM, { token });
    expect(confirmed.data!.confirmEmail.session.user).toMatchObject({
      status: 'ACTIVE',
      grants: [
        {
          role: 'SELF_SERVICE_USER',
          account: { customerAccountNumber: customer.accounts[0]!.customerAccountNumber },
        },
      ],
    });
    const devices = await system.graphql<{ devices: { totalCount: number } }>(
      '{ devices { totalCount } }',
      {},
      {
        token: confirmed.data!.confirmEmail.accessToken,
      },
    );
    expect(devices.data!.devices.totalCount).toBe(0);

    const again = await system.graphql<{ confirmEmail: { userErrors: { code: string }[] } }>(
      CONFIRM,
      { token },
    );
    expect(again.data!.confirmEmail.userErrors[0]!.code).toBe('INVALID_TOKEN');
    const signedIn = await system.graphql<{ login: { accessToken: string } }>(LOGIN, {
      email,
      password: PASSWORD,
    });
    expect(signedIn.data!.login.accessToken).toEqual(expect.any(String));
  });

  it('writes the confirmation in Danish by default', async () => {
    const email = 'dansk.bruger@printhouse.example';
    await register(email);
    const mail = await waitForMail(email);
    expect(mail.subject).toBe('Bekræft din e-mail til Canon Self-Service');
    expect(mail.text).toContain('Linket virker én gang');
  });

  it('refuses expired and forged confirmation links', async () => {
    const email = 'late.comer@printhouse.example';
    await register(email);
    const token = tokenIn(await waitForMail(email));
    await system.identity.dataSource.query(
      `UPDATE identity.email_token SET expires_at = now() - interval '1 second'
        WHERE user_id = (SELECT id FROM identity.app_user WHERE email = $1)`,
      [email],
    );
    for (const attempt of [token, `${token.slice(0, -2)}xx`, 'not-a-token']) {
      const result = await system.graphql<{
        confirmEmail: { accessToken: null; userErrors: { code: string }[] };
      }>(CONFIRM, { token: attempt });
      expect(result.data!.confirmEmail).toMatchObject({
        accessToken: null,
        userErrors: [{ code: 'INVALID_TOKEN' }],
      });
    }
  });

  it('refuses each rule with its own code and changes nothing', async () => {
    expect(
      (await register('weak.one@printhouse.example', { password: 'short' })).userErrors[0]!.code,
    ).toBe('WEAK_PASSWORD');
    expect(
      (await register('weak.two@printhouse.example', { password: 'password1234' })).userErrors[0]!
        .code,
    ).toBe('WEAK_PASSWORD');
    // A serial of another organisation's device proves nothing about this account.
    expect(
      (await register('no.proof@printhouse.example', { deviceSerialNumber: serial.others }))
        .userErrors[0],
    ).toMatchObject({
      code: 'OWNERSHIP_NOT_PROVEN',
      field: ['input', 'deviceSerialNumber'],
    });
    const rows: unknown[] = await system.identity.dataSource.query(
      `SELECT 1 FROM identity.app_user WHERE email IN ('weak.one@printhouse.example', 'weak.two@printhouse.example', 'no.proof@printhouse.example')`,
    );
    expect(rows).toHaveLength(0);
  });

  it('answers the same whether or not the account number exists', async () => {
    const unknownAccount = await register('no.account@printhouse.example', {
      customerAccountNumber: '999999',
      deviceSerialNumber: serial.second,
    });
    const wrongSerial = await register('no.serial@printhouse.example', {
      customerAccountNumber: customer.accounts[1]!.customerAccountNumber,
      deviceSerialNumber: 'TK-NO-SUCH-SERIAL',
    });
    expect(unknownAccount).toEqual(wrongSerial);
    expect(unknownAccount).toMatchObject({
      ok: false,
      userErrors: [{ code: 'OWNERSHIP_NOT_PROVEN', field: ['input', 'deviceSerialNumber'] }],
    });
  });

  it('answers an e-mail that has a user (customer or staff) as a new one, and mails its owner instead', async () => {
    const second = {
      customerAccountNumber: customer.accounts[1]!.customerAccountNumber,
      deviceSerialNumber: serial.second,
    };
    const fresh = await register('fresh.face@printhouse.example', second);
    // The staff user's e-mail in other letters: e-mails are matched without regard to case.
    for (const existing of [selfService.email, planner.email.toUpperCase()]) {
      const before = await system.identity.dataSource.query(
        `SELECT id, password_hash, organization_id, status FROM identity.app_user WHERE lower(email) = lower($1)`,
        [existing],
      );
      const answer = await register(existing, second);
      expect(answer).toEqual(fresh);
      expect(answer).toEqual({ ok: true, userErrors: [] });
      const mail = await waitForMailWithSubject(
        existing.toLowerCase(),
        0,
        'Du har allerede en bruger til Canon Self-Service',
      );
      expect(mail.text).toContain('Du har allerede en bruger med denne adresse');
      expect(mail.text).not.toMatch(/token=/);
      // Nothing about the user changed, and no second user or grant appeared.
      const after = await system.identity.dataSource.query(
        `SELECT id, password_hash, organization_id, status FROM identity.app_user WHERE lower(email) = lower($1)`,
        [existing],
      );
      expect(after).toEqual(before);
    }
    const grants: unknown[] = await system.identity.dataSource.query(
      `SELECT 1 FROM identity.role_grant g JOIN identity.app_user u ON u.id = g.user_id
        WHERE u.email = $1`,
      [planner.email],
    );
    expect(grants).toHaveLength(0);
  });

  it('throttles registration per client address and per customer account number', async () => {
    const attempt = (address: string, email: string, accountNumber: string) =>
      fromAddress<{ register: Payload }>(system, address, REGISTER, {
        input: input(email, { customerAccountNumber: accountNumber, deviceSerialNumber: 'X1' }),
      }).then((data) => data.register.userErrors[0]!.code);
    // One address trying many account numbers: twenty go through, then it waits.
    const office = '198.51.100.10';
    for (let i = 0; i < 20; i++) {
      expect(await attempt(office, `guess${i}@example.com`, `7000${i}`)).toBe(
        'OWNERSHIP_NOT_PROVEN',
      );
    }
    expect(await attempt(office, 'guess.more@example.com', '700099')).toBe('TOO_MANY_ATTEMPTS');
    // Another address is not held up by it.
    expect(await attempt('198.51.100.11', 'other@example.com', '700099')).toBe(
      'OWNERSHIP_NOT_PROVEN',
    );
    // Many addresses guessing serials of one account number: ten go through.
    for (let i = 0; i < 9; i++) {
      expect(await attempt(`203.0.113.${i}`, `serial${i}@example.com`, '800800')).toBe(
        'OWNERSHIP_NOT_PROVEN',
      );
    }
    expect(await attempt('203.0.113.200', 'serial.last@example.com', '800800')).toBe(
      'OWNERSHIP_NOT_PROVEN',
    );
    expect(await attempt('203.0.113.201', 'serial.more@example.com', '800800')).toBe(
      'TOO_MANY_ATTEMPTS',
    );
  });

  it('throttles requests for a new confirmation e-mail per client address, answering true', async () => {
    const email = 'resend.throttled@printhouse.example';
    await register(email, {
      customerAccountNumber: customer.accounts[1]!.customerAccountNumber,
      deviceSerialNumber: serial.secondToo,
    });
    await waitForMail(email);
    await system.identity.dataSource.query(
      `UPDATE identity.email_token SET created_at = now() - interval '2 minutes'
        WHERE user_id = (SELECT id FROM identity.app_user WHERE email = $1)`,
      [email],
    );
    const resend = (address: string, to: string) =>
      fromAddress<{ resendConfirmation: boolean }>(
        system,
        address,
        'mutation ($e: String!) { resendConfirmation(email: $e) }',
        { e: to },
      );
    const sprayer = '192.0.2.50';
    for (let i = 0; i < 10; i++) {
      expect(await resend(sprayer, `someone${i}@example.com`)).toEqual({
        resendConfirmation: true,
      });
    }
    expect(await resend(sprayer, email)).toEqual({ resendConfirmation: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailCount(email)).toBe(1);
    // From another address the user gets its new link.
    expect(await resend('192.0.2.51', email)).toEqual({ resendConfirmation: true });
    await waitForMail(email, 1);
  });

  it('answers resendConfirmation the same whether or not the e-mail exists, and re-sends at most once a minute', async () => {
    const email = 'resend.me@printhouse.example';
    await register(email);
    await waitForMail(email);
    const resend = (address: string) =>
      system.graphql<{ resendConfirmation: boolean }>(
        'mutation ($e: String!) { resendConfirmation(email: $e) }',
        { e: address },
      );
    expect((await resend('nobody.at.all@nowhere.example')).data).toEqual({
      resendConfirmation: true,
    });
    expect((await resend(email)).data).toEqual({ resendConfirmation: true });
    // The first link was sent less than a minute ago: no second mail yet.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailCount(email)).toBe(1);
    await system.identity.dataSource.query(
      `UPDATE identity.email_token SET created_at = now() - interval '2 minutes'
        WHERE user_id = (SELECT id FROM identity.app_user WHERE email = $1)`,
      [email],
    );
    expect((await resend(email)).data).toEqual({ resendConfirmation: true });
    const second = await waitForMail(email, 1);
    const confirmed = await system.graphql<{ confirmEmail: { accessToken: string | null } }>(
      CONFIRM,
      { token: tokenIn(second) },
    );
    expect(confirmed.data!.confirmEmail.accessToken).toEqual(expect.any(String));
  });

  // About the demo world: its users' shared password is no master key (nor the built users').
  it('does not let anyone sign in with the demo password of an unknown e-mail', async () => {
    for (const password of [DEMO_PASSWORD, TEST_PASSWORD]) {
      const result = await system.graphql<{ login: { userErrors: { code: string }[] } }>(LOGIN, {
        email: 'rikke.unknown@printhouse.example',
        password,
      });
      expect(result.data!.login.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
    }
  });
});

describe('invitations', () => {
  it('invites a Device Manager with a device; accepting sets the password and signs in', async () => {
    const admin = await customer.administrator.signIn();
    const email = 'ivan.invited@printhouse.example';
    const invited = await system.graphql<{
      inviteUser: { user: { status: string; grants: unknown[] }; userErrors: unknown[] };
    }>(
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) {
         user { status grants { role account { customerAccountNumber } } } userErrors { code field } } }`,
      {
        input: {
          email,
          name: 'Ivan Inviteret',
          grants: [{ role: 'DEVICE_MANAGER', accountId: customer.accounts[0]!.id }],
          deviceIds: [deviceOnFirst],
        },
      },
      { token: admin },
    );
    expect(invited.data!.inviteUser).toEqual({
      user: {
        status: 'PENDING_CONFIRMATION',
        grants: [
          {
            role: 'DEVICE_MANAGER',
            account: { customerAccountNumber: customer.accounts[0]!.customerAccountNumber },
          },
        ],
      },
      userErrors: [],
    });
    const mail = await waitForMail(email);
    expect(mail.subject).toBe('Du er inviteret til Canon Self-Service');
    expect(mail.text).toContain(`${customer.administrator.name} har inviteret dig`);
    const token = tokenIn(mail);

    const ACCEPT = `mutation ($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) {
      accessToken userErrors { code } } }`;
    const weak = await system.graphql<{
      acceptInvitation: { accessToken: null; userErrors: { code: string }[] };
    }>(ACCEPT, {
      token,
      password: 'qwertyuiop123',
    });
    expect(weak.data!.acceptInvitation.userErrors[0]!.code).toBe('WEAK_PASSWORD');
    const accepted = await system.graphql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, {
      token,
      password: PASSWORD,
    });
    const devices = await system.graphql<{
      devices: { edges: { node: { serialNumber: string } }[] };
    }>(
      '{ devices { edges { node { serialNumber } } } }',
      {},
      { token: accepted.data!.acceptInvitation.accessToken },
    );
    expect(devices.data!.devices.edges).toEqual([{ node: { serialNumber: serial.first } }]);
    const reused = await system.graphql<{ acceptInvitation: { userErrors: { code: string }[] } }>(
      ACCEPT,
      { token, password: PASSWORD },
    );
    expect(reused.data!.acceptInvitation.userErrors[0]!.code).toBe('INVALID_TOKEN');
  });

  it("refuses a device of another organisation's account", async () => {
    const admin = await customer.administrator.signIn();
    const result = await system.graphql<{
      inviteUser: { user: null; userErrors: { code: string; field: string[] }[] };
    }>(
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { user { id } userErrors { code field } } }`,
      {
        input: {
          email: 'nope@printhouse.example',
          name: 'Nope',
          grants: [{ role: 'DEVICE_MANAGER', accountId: customer.accounts[0]!.id }],
          deviceIds: [othersDevice],
        },
      },
      { token: admin },
    );
    expect(result.data!.inviteUser).toEqual({
      user: null,
      userErrors: [{ code: 'DEVICE_NOT_FOUND', field: ['input', 'deviceIds', '0'] }],
    });
  });
});
