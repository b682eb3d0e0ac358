import { randomUUID } from 'node:crypto';
import {
  createCustomer,
  createCustomerCast,
  startTestSystem,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';

/**
 * Passkeys through the API: who may do what, and the refusals. Creating and using a real
 * passkey needs an authenticator: client/e2e/passkeys.test.ts does it with Chromium's virtual one.
 */
let system: TestSystem;
/** A customer (its Administrator on its one account) and another customer. */
let customer: TestCustomer;
let other: TestCustomer;
/** The customer's users, one per role: each test stores passkeys for a user of its own. */
let selfService: TestUser;
let deviceManager: TestUser;
let stockManager: TestUser;
let deviceAndStockManager: TestUser;
beforeAll(async () => {
  // Identity's own data is built below: the demo world is not needed.
  system = await startTestSystem({ principalCacheMs: 0, demo: false });
  customer = await createCustomer(system);
  other = await createCustomer(system);
  ({ selfService, deviceManager, stockManager, deviceAndStockManager } = await createCustomerCast(
    system,
    customer,
  ));
}, 120_000);
afterAll(async () => {
  await system.stop();
});

interface Refusal {
  code: string;
}
interface Options {
  ceremony: string | null;
  options: string | null;
  userErrors: Refusal[];
}

const BEGIN_REGISTRATION = `mutation { beginPasskeyRegistration { ceremony options userErrors { code } } }`;
const FINISH_REGISTRATION = `mutation ($ceremony: String!, $response: String!) {
  finishPasskeyRegistration(ceremony: $ceremony, response: $response) { passkey { id } userErrors { code } }
}`;
const BEGIN_SIGN_IN = `mutation ($challenge: String) {
  beginPasskeySignIn(challenge: $challenge) { ceremony options userErrors { code } }
}`;
const FINISH_SIGN_IN = `mutation ($ceremony: String!, $response: String!) {
  finishPasskeySignIn(ceremony: $ceremony, response: $response) { accessToken userErrors { code } }
}`;
const PASSKEYS = `query { passkeys { id name } }`;
const REMOVE = `mutation ($id: ID!) { removePasskey(id: $id) { passkey { name } userErrors { code } } }`;

/** A stored passkey for a user, as a registration would leave it. */
async function storePasskey(email: string, name: string): Promise<string> {
  const credentialId = randomUUID().replace(/-/g, '');
  await system.identity.dataSource.query(
    `INSERT INTO identity.passkey (id, user_id, credential_id, public_key, name)
     SELECT $1, id, $2, '\\x00'::bytea, $3 FROM identity.app_user WHERE email = $4`,
    [randomUUID(), credentialId, name, email],
  );
  return credentialId;
}

const fakeResponse = (id: string) =>
  JSON.stringify({
    id,
    rawId: id,
    type: 'public-key',
    response: {
      clientDataJSON: Buffer.from(
        JSON.stringify({ type: 'webauthn.get', challenge: 'x', origin: 'http://localhost:1' }),
      ).toString('base64url'),
      authenticatorData: '',
      signature: '',
      attestationObject: '',
    },
    clientExtensionResults: {},
  });

describe('passkeys', () => {
  it('offers registration to a signed-in user only, as a discoverable credential', async () => {
    const anonymous = await system.graphql(BEGIN_REGISTRATION);
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const token = await selfService.signIn();
    const begun = await system.graphql<{ beginPasskeyRegistration: Options }>(
      BEGIN_REGISTRATION,
      {},
      { token },
    );
    const options = JSON.parse(begun.data!.beginPasskeyRegistration.options!);
    expect(options).toMatchObject({
      rp: { id: 'localhost' },
      user: { name: selfService.email },
      authenticatorSelection: { residentKey: 'required' },
      attestation: 'none',
    });
  });

  it('refuses a forged answer, and a ceremony is single-use', async () => {
    const token = await selfService.signIn();
    const { ceremony } = (
      await system.graphql<{ beginPasskeyRegistration: Options }>(BEGIN_REGISTRATION, {}, { token })
    ).data!.beginPasskeyRegistration;
    const finish = async () =>
      (
        await system.graphql<{ finishPasskeyRegistration: { userErrors: Refusal[] } }>(
          FINISH_REGISTRATION,
          { ceremony, response: fakeResponse('abc') },
          { token },
        )
      ).data!.finishPasskeyRegistration.userErrors[0]!.code;
    expect(await finish()).toBe('INVALID_RESPONSE');
    expect(await finish()).toBe('INVALID_CEREMONY');

    // Another user cannot finish someone else's ceremony.
    const another = await deviceManager.signIn();
    const { ceremony: theirs } = (
      await system.graphql<{ beginPasskeyRegistration: Options }>(BEGIN_REGISTRATION, {}, { token })
    ).data!.beginPasskeyRegistration;
    const stolen = await system.graphql<{ finishPasskeyRegistration: { userErrors: Refusal[] } }>(
      FINISH_REGISTRATION,
      { ceremony: theirs, response: fakeResponse('abc') },
      { token: another },
    );
    expect(stolen.data!.finishPasskeyRegistration.userErrors[0]!.code).toBe('INVALID_CEREMONY');
  });

  it('signs in passwordless only with a verified signature', async () => {
    const credentialId = await storePasskey(deviceAndStockManager.email, 'Laptop');
    const begun = (await system.graphql<{ beginPasskeySignIn: Options }>(BEGIN_SIGN_IN, {})).data!
      .beginPasskeySignIn;
    expect(JSON.parse(begun.options!)).toMatchObject({
      rpId: 'localhost',
      userVerification: 'required',
      allowCredentials: [],
    });
    const forged = await system.graphql<{ finishPasskeySignIn: { userErrors: Refusal[] } }>(
      FINISH_SIGN_IN,
      { ceremony: begun.ceremony, response: fakeResponse(credentialId) },
    );
    expect(forged.data!.finishPasskeySignIn.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
    const unknown = await system.graphql<{ finishPasskeySignIn: { userErrors: Refusal[] } }>(
      FINISH_SIGN_IN,
      { ceremony: randomUUID(), response: 'not json' },
    );
    expect(unknown.data!.finishPasskeySignIn.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
  });

  it("offers a user's passkeys as the second factor after the password", async () => {
    const { email } = stockManager;
    const credentialId = await storePasskey(email, 'Phone');
    const login = await system.graphql<{
      login: { accessToken: null; secondFactor: { challenge: string; methods: string[] } };
    }>(
      `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken secondFactor { challenge methods } } }`,
      { email, password: TEST_PASSWORD },
    );
    expect(login.data!.login.accessToken).toBeNull();
    expect(login.data!.login.secondFactor.methods).toEqual(['PASSKEY']);
    const begun = (
      await system.graphql<{ beginPasskeySignIn: Options }>(BEGIN_SIGN_IN, {
        challenge: login.data!.login.secondFactor.challenge,
      })
    ).data!.beginPasskeySignIn;
    expect(JSON.parse(begun.options!).allowCredentials).toEqual([
      expect.objectContaining({ id: credentialId }),
    ]);
    // The password alone cannot set up an app instead and step around the passkey.
    const enrol = await system.graphql<{ beginTotpEnrolment: { secret: string | null } }>(
      `mutation ($challenge: String) { beginTotpEnrolment(challenge: $challenge) { secret userErrors { code } } }`,
      { challenge: login.data!.login.secondFactor.challenge },
    );
    expect(enrol.data!.beginTotpEnrolment).toEqual({
      secret: null,
      userErrors: [{ code: 'INVALID_CHALLENGE' }],
    });
    const expired = await system.graphql<{ beginPasskeySignIn: Options }>(BEGIN_SIGN_IN, {
      challenge: 'no-such-challenge',
    });
    expect(expired.data!.beginPasskeySignIn.userErrors[0]!.code).toBe('INVALID_CHALLENGE');
  });

  it("lists and removes the user's own passkeys; another user's are not found", async () => {
    // Signed in before the passkey exists (afterwards the password alone is not enough).
    const administrator = customer.administrator;
    const admin = await administrator.signIn();
    await storePasskey(administrator.email, 'Security key');
    const mine = await system.graphql<{ passkeys: { id: string; name: string }[] }>(
      PASSKEYS,
      {},
      { token: admin },
    );
    expect(mine.data!.passkeys.map((p) => p.name)).toEqual(['Security key']);
    const id = mine.data!.passkeys[0]!.id;

    const otherAdmin = await other.administrator.signIn();
    expect(
      (await system.graphql<{ passkeys: unknown[] }>(PASSKEYS, {}, { token: otherAdmin })).data!
        .passkeys,
    ).toEqual([]);
    const theirs = await system.graphql<{ removePasskey: { userErrors: Refusal[] } }>(
      REMOVE,
      { id },
      { token: otherAdmin },
    );
    expect(theirs.data!.removePasskey.userErrors[0]!.code).toBe('NOT_FOUND');
    expect((await system.graphql(PASSKEYS)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const removed = await system.graphql<{ removePasskey: { passkey: { name: string } } }>(
      REMOVE,
      { id },
      { token: admin },
    );
    expect(removed.data!.removePasskey.passkey.name).toBe('Security key');
  });

  it('takes one passkey sign-in per document', async () => {
    const result = await system.graphql(
      `mutation { a: finishPasskeySignIn(ceremony: "x", response: "{}") { accessToken }
                  b: beginPasskeySignIn { ceremony } }`,
    );
    expect(result.errors![0]!.message).toBe(
      'Send one sign-in, registration or confirmation per request.',
    );
  });
});
