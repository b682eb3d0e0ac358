import { randomUUID } from 'node:crypto';
import {
  ANONYMOUS,
  PRINCIPAL_HEADER,
  principalKeysFromEnvironment,
  signPrincipal,
} from '@portal/platform';
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
import { ARGON2ID } from '../src/domain/passwords';

let system: TestSystem;
/** Two accounts: two devices on the first, one on the second. */
let customer: TestCustomer;
let other: TestCustomer;
let devices: { id: string; serialNumber: string }[];
/** A Device Manager on the first account, assigned its first device. */
let deviceManager: TestUser;
let otherDeviceManager: TestUser;
let stockManager: TestUser;
let tech: TestUser;

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem();
  customer = await createCustomer(system, { accounts: 2 });
  other = await createCustomer(system);
  const agentToken = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  const [first, second] = [customer.accounts[0]!, customer.accounts[1]!];
  devices = [
    await createDevice(system, first, { agentToken }),
    await createDevice(system, first, { agentToken }),
    await createDevice(system, second, { agentToken }),
  ];
  const organization = customer.organization.id;
  deviceManager = await createUser(system, {
    organization,
    name: 'Dagmar Device',
    grants: [['DEVICE_MANAGER', first]],
    devices: [devices[0]!.id],
  });
  otherDeviceManager = await createUser(system, {
    organization,
    name: 'Bente Device',
    grants: [['DEVICE_MANAGER', first]],
  });
  stockManager = await createUser(system, {
    organization,
    name: 'Stig Stock',
    grants: [['STOCK_MANAGER', first]],
  });
  tech = await createStaffUser(system, 'TECHNICIAN');
}, 180_000);
afterAll(async () => {
  await system.stop();
});

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) {
  accessToken refreshToken userErrors { code } } }`;
const REFRESH = `mutation ($token: String) { refreshSession(refreshToken: $token) { accessToken refreshToken userErrors { code } } }`;
type Auth = {
  accessToken: string | null;
  refreshToken: string | null;
  userErrors: { code: string }[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function login(email: string, password = TEST_PASSWORD): Promise<Auth> {
  return (await system.graphql<{ login: Auth }>(LOGIN, { email, password })).data!.login;
}

describe('sessions', () => {
  it('rotates the refresh token, and a reused one revokes the whole session', async () => {
    const first = await login(otherDeviceManager.email);
    const second = (
      await system.graphql<{ refreshSession: Auth }>(REFRESH, { token: first.refreshToken })
    ).data!.refreshSession;
    expect(second.userErrors).toEqual([]);
    expect(second.refreshToken).not.toBe(first.refreshToken);

    // The first token again: someone copied it. The family dies, the new token too.
    const reused = (
      await system.graphql<{ refreshSession: Auth }>(REFRESH, { token: first.refreshToken })
    ).data!.refreshSession;
    expect(reused).toMatchObject({ accessToken: null, userErrors: [{ code: 'INVALID_TOKEN' }] });
    const third = (
      await system.graphql<{ refreshSession: Auth }>(REFRESH, { token: second.refreshToken })
    ).data!.refreshSession;
    expect(third.userErrors[0]!.code).toBe('INVALID_TOKEN');
    await sleep(1100);
    const after = await system.graphql('{ me { email } }', {}, { token: second.accessToken! });
    expect(after.status).toBe(401);
  });

  it('refreshes a browser session from its HttpOnly cookie, sent only to /graphql', async () => {
    const response = await fetch(system.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { email: stockManager.email, password: TEST_PASSWORD },
      }),
    });
    const cookies = response.headers.getSetCookie();
    const refresh = cookies.find((c) => c.startsWith('portal_refresh='))!;
    expect(refresh).toMatch(/HttpOnly/);
    expect(refresh).toMatch(/SameSite=Strict/);
    expect(refresh).toMatch(/Path=\/graphql/);
    const result = await system.graphql<{ refreshSession: Auth }>(
      REFRESH,
      {},
      { headers: { cookie: refresh.split(';')[0]! } },
    );
    expect(result.data!.refreshSession.accessToken).toEqual(expect.any(String));
  });

  it('counts twenty aliased logins in one document as twenty attempts', async () => {
    // The gateway refuses such a document (gateway-protection.test.ts); identity itself still
    // counts every attempt, so a document that reached it directly gains nothing.
    const { privateKey } = await principalKeysFromEnvironment();
    const { email } = other.administrator;
    const aliases = Array.from(
      { length: 20 },
      (_, i) =>
        `a${i}: login(email: "${email}", password: "wrong-password-${i}") { userErrors { code } }`,
    );
    const direct = async (query: string) => {
      const response = await fetch(system.identity.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [PRINCIPAL_HEADER]: await signPrincipal(ANONYMOUS, privateKey!, 60),
        },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as {
        data: Record<string, { userErrors: { code: string }[] }>;
      };
    };
    const result = await direct(`mutation { ${aliases.join('\n')} }`);
    const codes = Object.values(result.data).map((p) => p.userErrors[0]!.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(15);
    // The right password is refused too from there while the pair is throttled...
    const right = await direct(
      `mutation { login(email: "${email}", password: "${TEST_PASSWORD}") { userErrors { code } } }`,
    );
    expect(right.data.login!.userErrors[0]!.code).toBe('TOO_MANY_ATTEMPTS');
    // ...but not from another address: guessing does not lock the owner out (sign-in.test.ts).
    expect((await login(email)).userErrors).toEqual([]);
  });

  it('stops a revoked grant within a second: the Device Manager no longer sees its device', async () => {
    const token = (await login(deviceManager.email)).accessToken!;
    const serial = devices[0]!.serialNumber;
    const query = `query ($serial: String!) { deviceBySerialNumber(serialNumber: $serial) { serialNumber } }`;
    const before = await system.graphql<{ deviceBySerialNumber: unknown }>(
      query,
      { serial },
      { token },
    );
    expect(before.data!.deviceBySerialNumber).toEqual({ serialNumber: serial });

    const admin = (await login(customer.administrator.email)).accessToken!;
    const revoked = await system.graphql<{ revokeRole: { userErrors: unknown[] } }>(
      `mutation ($user: ID!, $account: ID!) { revokeRole(userId: $user, grant: { role: DEVICE_MANAGER, accountId: $account }) { userErrors { code } } }`,
      {
        user: deviceManager.id,
        account: customer.accounts[0]!.id,
      },
      { token: admin },
    );
    expect(revoked.data!.revokeRole.userErrors).toEqual([]);
    await sleep(1000);
    const after = await system.graphql<{ deviceBySerialNumber: unknown }>(
      query,
      { serial },
      { token },
    );
    expect(after.data!.deviceBySerialNumber).toBeNull();
  });

  it('rehashes a weaker password hash at the next sign-in', async () => {
    const { hash } = await import('@node-rs/argon2');
    const weak = await hash(TEST_PASSWORD, {
      algorithm: ARGON2ID,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    await system.identity.dataSource.query(
      `UPDATE identity.app_user SET password_hash = $1 WHERE email = $2`,
      [weak, tech.email],
    );
    expect((await login(tech.email)).accessToken).toEqual(expect.any(String));
    const [row] = await system.identity.dataSource.query(
      `SELECT password_hash FROM identity.app_user WHERE email = $1`,
      [tech.email],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('API keys', () => {
  const CREATE = `mutation ($name: String!, $grants: [RoleGrantInput!]!) { createApiKey(name: $name, grants: $grants) {
    secret apiKey { id name grants { role account { customerAccountNumber } } } userErrors { code field } } }`;

  it('acts with the grants chosen, no wider than its creator, until revoked', async () => {
    const admin = (await login(customer.administrator.email)).accessToken!;
    const [first] = customer.accounts as [TestAccount];
    const created = await system.graphql<{
      createApiKey: {
        secret: string;
        apiKey: { id: string; grants: unknown[] };
        userErrors: unknown[];
      };
    }>(
      CREATE,
      {
        name: 'ERP integration',
        grants: [{ role: 'ADMINISTRATOR', accountId: first.id }],
      },
      { token: admin },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^pk_/);
    expect(apiKey.grants).toEqual([
      { role: 'ADMINISTRATOR', account: { customerAccountNumber: first.customerAccountNumber } },
    ]);

    const devices = await system.graphql<{ devices: { totalCount: number } }>(
      '{ devices { totalCount } }',
      {},
      { token: secret },
    );
    // The first account's two devices; not the second account's, which the key was not given.
    expect(devices.data!.devices.totalCount).toBe(2);
    // The key's own "who am I": its name and roles; `me` is a signed-in user's, null for a key.
    const whoAmI = await system.graphql<{
      currentApiKey: { name: string; grants: unknown[] } | null;
      me: unknown;
    }>(
      '{ currentApiKey { name grants { role account { customerAccountNumber } } } me { id } }',
      {},
      {
        token: secret,
      },
    );
    expect(whoAmI.data).toEqual({
      currentApiKey: {
        name: 'ERP integration',
        grants: [
          {
            role: 'ADMINISTRATOR',
            account: { customerAccountNumber: first.customerAccountNumber },
          },
        ],
      },
      me: null,
    });
    // A key cut short or mistyped: a refusal a developer can act on.
    const mistyped = await system.graphql(
      '{ devices { totalCount } }',
      {},
      {
        token: secret.slice(0, -1),
      },
    );
    expect(mistyped.status).toBe(401);
    expect(mistyped.errors?.[0]?.message).toMatch(
      /^The API key is not valid: it is unknown, revoked or incomplete\. Send the whole key as "Authorization: Bearer pk_…"/,
    );
    const unknownSystem = await system.graphql(
      '{ devices { totalCount } }',
      {},
      {
        token: `sa_${randomUUID()}_${'x'.repeat(43)}`,
      },
    );
    expect(unknownSystem.status).toBe(401);
    expect(unknownSystem.errors?.[0]?.message).toMatch(
      /^The service account secret is not valid: it is unknown, rotated, revoked or incomplete\./,
    );
    const malformed = await system.graphql(
      '{ devices { totalCount } }',
      {},
      {
        headers: { authorization: secret },
      },
    );
    expect(malformed.status).toBe(401);
    expect(malformed.errors?.[0]?.message).toBe(
      'The Authorization header must be "Bearer " followed by an API key (pk_…) or an access token.',
    );
    const listed = await system.graphql<{ apiKeys: { name: string; lastUsedAt: string | null }[] }>(
      '{ apiKeys { name lastUsedAt } }',
      {},
      { token: admin },
    );
    expect(listed.data!.apiKeys).toEqual([
      { name: 'ERP integration', lastUsedAt: expect.any(String) },
    ]);
    const stored: { secret_hash: string }[] = await system.identity.dataSource.query(
      'SELECT secret_hash FROM identity.api_key',
    );
    // The secret's random part (base64url, which may itself hold '_') is nowhere in storage.
    expect(JSON.stringify(stored)).not.toContain(secret.slice(secret.length - 43));

    // A key never manages users.
    const invite = await system.graphql(
      `mutation { inviteUser(input: { email: "x@y.example", name: "X", grants: [] }) { userErrors { code } } }`,
      {},
      { token: secret },
    );
    expect(invite.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const wider = await system.graphql<{
      createApiKey: { secret: null; userErrors: { code: string }[] };
    }>(
      CREATE,
      {
        name: 'Too wide',
        grants: [{ role: 'ADMINISTRATOR', accountId: other.accounts[0]!.id }],
      },
      { token: admin },
    );
    expect(wider.data!.createApiKey).toMatchObject({
      secret: null,
      userErrors: [{ code: 'ACCOUNT_NOT_FOUND' }],
    });

    const revoked = await system.graphql<{ revokeApiKey: { apiKey: { revokedAt: string } } }>(
      'mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } } }',
      { id: apiKey.id },
      { token: admin },
    );
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).toEqual(expect.any(String));
    await sleep(1000);
    expect((await system.graphql('{ devices { totalCount } }', {}, { token: secret })).status).toBe(
      401,
    );
  });
});
