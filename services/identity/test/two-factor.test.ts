import { Secret, TOTP } from 'otpauth';
import {
  createCustomer,
  createStaffUser,
  createCustomerCast,
  startTestSystem,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';

let system: TestSystem;
/**
 * A customer (its Administrator on its one account), and another whose Administrator turns the
 * requirement of a second factor on.
 */
let customer: TestCustomer;
let other: TestCustomer;
/** The customer's users: each enrolling test enrols a user of its own. */
let selfService: TestUser;
let deviceManager: TestUser;
let stockManager: TestUser;
let deviceAndStockManager: TestUser;
let planner: TestUser;
beforeAll(async () => {
  // Identity's own data is built below: the demo world is not needed.
  system = await startTestSystem({ principalCacheMs: 0, demo: false });
  customer = await createCustomer(system);
  other = await createCustomer(system);
  ({ selfService, deviceManager, stockManager, deviceAndStockManager } = await createCustomerCast(
    system,
    customer,
  ));
  planner = await createStaffUser(system, 'SERVICE_PLANNER');
}, 120_000);
afterAll(async () => {
  await system.stop();
});

interface Refusal {
  code: string;
  field: string[] | null;
}
interface Auth {
  accessToken: string | null;
  secondFactor: { challenge: string; methods: string[]; enrolmentRequired: boolean } | null;
  userErrors: Refusal[];
}

const AUTH = `accessToken secondFactor { challenge methods enrolmentRequired } userErrors { code field }`;
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { ${AUTH} }
}`;
const VERIFY = `mutation ($challenge: String!, $code: String!) {
  verifySecondFactor(challenge: $challenge, code: $code) { ${AUTH} }
}`;
const BEGIN = `mutation ($challenge: String) {
  beginTotpEnrolment(challenge: $challenge) { otpauthUri secret qrCodeSvg userErrors { code field } }
}`;
const CONFIRM = `mutation ($code: String!, $challenge: String) {
  confirmTotpEnrolment(code: $code, challenge: $challenge) {
    recoveryCodes signIn { ${AUTH} } userErrors { code field }
  }
}`;
const REMOVE = `mutation ($code: String!) { removeTotp(code: $code) { user { twoFactorEnabled } userErrors { code } } }`;
const REGENERATE = `mutation ($code: String!) {
  regenerateRecoveryCodes(code: $code) { recoveryCodes userErrors { code field } }
}`;
const REQUIRE = `mutation ($required: Boolean!) {
  setOrganizationTwoFactorRequired(required: $required) { organization { twoFactorRequired } userErrors { code } }
}`;

/** The app's code for now, or `steps` periods later (accepted one step either way). */
const codeFor = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

const login = async (email: string) =>
  (await system.graphql<{ login: Auth }>(LOGIN, { email, password: TEST_PASSWORD })).data!.login;
const verify = async (challenge: string, code: string) =>
  (await system.graphql<{ verifySecondFactor: Auth }>(VERIFY, { challenge, code })).data!
    .verifySecondFactor;

/** Enrols the signed-in user; the secret and the recovery codes. */
async function enrol(token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const begun = await system.graphql<{
    beginTotpEnrolment: { secret: string; otpauthUri: string; qrCodeSvg: string };
  }>(BEGIN, {}, { token });
  const { secret, otpauthUri, qrCodeSvg } = begun.data!.beginTotpEnrolment;
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
  expect(qrCodeSvg).toMatch(/^<svg[^>]*>/);
  const confirmed = await system.graphql<{
    confirmTotpEnrolment: { recoveryCodes: string[]; userErrors: Refusal[] };
  }>(CONFIRM, { code: codeFor(secret) }, { token });
  expect(confirmed.data!.confirmTotpEnrolment.userErrors).toEqual([]);
  return { secret, recoveryCodes: confirmed.data!.confirmTotpEnrolment.recoveryCodes };
}

describe('two-factor sign-in with an authenticator app', () => {
  it('asks for a code after the password; a code and a recovery code each work once', async () => {
    const { email } = selfService;
    const { secret, recoveryCodes } = await enrol(await selfService.signIn());
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const first = await login(email);
    expect(first.accessToken).toBeNull();
    expect(first.secondFactor).toEqual({
      challenge: expect.any(String),
      methods: ['TOTP', 'RECOVERY_CODE'],
      enrolmentRequired: false,
    });
    expect((await verify(first.secondFactor!.challenge, '000000')).userErrors[0]!.code).toBe(
      'INVALID_CODE',
    );
    // The code of the step after the enrolment's: the enrolment's own was used up.
    const code = codeFor(secret, 1);
    expect((await verify(first.secondFactor!.challenge, code)).accessToken).toEqual(
      expect.any(String),
    );
    // The challenge is single-use, and so is the code.
    expect((await verify(first.secondFactor!.challenge, code)).userErrors[0]!.code).toBe(
      'INVALID_CHALLENGE',
    );
    const second = await login(email);
    expect((await verify(second.secondFactor!.challenge, code)).userErrors[0]!.code).toBe(
      'INVALID_CODE',
    );

    const recovery = recoveryCodes[3]!;
    expect((await verify(second.secondFactor!.challenge, recovery)).accessToken).toEqual(
      expect.any(String),
    );
    const third = await login(email);
    expect(
      (await verify(third.secondFactor!.challenge, recovery.toUpperCase())).userErrors[0]!.code,
    ).toBe('INVALID_CODE');
    expect((await verify(third.secondFactor!.challenge, recoveryCodes[4]!)).accessToken).toEqual(
      expect.any(String),
    );
  });

  it('stores the secret encrypted and the recovery codes only hashed', async () => {
    const { email } = stockManager;
    const { secret, recoveryCodes } = await enrol(await stockManager.signIn());
    const [stored] = await system.identity.dataSource.query(
      `SELECT t.secret_encrypted, array_agg(r.code_hash) AS hashes
         FROM identity.totp_credential t JOIN identity.app_user u ON u.id = t.user_id
         JOIN identity.recovery_code r ON r.user_id = u.id WHERE u.email = $1
        GROUP BY t.secret_encrypted`,
      [email],
    );
    expect(stored.secret_encrypted).not.toContain(secret);
    expect(stored.secret_encrypted).toMatch(/^v2\./);
    const hashes = (stored.hashes as string[]).join(' ');
    for (const code of recoveryCodes) expect(hashes).not.toContain(code.replace('-', ''));
    const again = await system.graphql<{ beginTotpEnrolment: { userErrors: Refusal[] } }>(
      BEGIN,
      {},
      {
        token: (await verify((await login(email)).secondFactor!.challenge, recoveryCodes[0]!))
          .accessToken!,
      },
    );
    expect(again.data!.beginTotpEnrolment.userErrors[0]!.code).toBe('ALREADY_ENROLLED');
  });

  it('stops guessing after ten wrong codes in an hour, the right code included', async () => {
    const { email } = deviceAndStockManager;
    const { secret } = await enrol(await deviceAndStockManager.signIn());
    const { challenge } = (await login(email)).secondFactor!;
    for (let i = 0; i < 10; i++) {
      expect((await verify(challenge, String(100000 + i))).userErrors[0]!.code).toBe(
        'INVALID_CODE',
      );
    }
    expect((await verify(challenge, codeFor(secret, 1))).userErrors[0]!.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
  });

  it('takes one second-factor mutation per document', async () => {
    const result = await system.graphql(
      `mutation { a: verifySecondFactor(challenge: "x", code: "123456") { accessToken }
                  b: verifySecondFactor(challenge: "x", code: "654321") { accessToken } }`,
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors![0]!.message).toBe(
      'Send one sign-in, registration or confirmation per request.',
    );
  });

  it('turns the app off with a code; not for an organisation that requires it', async () => {
    const { email } = deviceManager;
    const token = await deviceManager.signIn();
    const { secret } = await enrol(token);
    const removed = await system.graphql<{
      removeTotp: { user: { twoFactorEnabled: boolean }; userErrors: Refusal[] };
    }>(REMOVE, { code: codeFor(secret, 1) }, { token });
    expect(removed.data!.removeTotp).toEqual({ user: { twoFactorEnabled: false }, userErrors: [] });
    expect((await login(email)).accessToken).toEqual(expect.any(String));
  });
});

describe('new recovery codes', () => {
  interface Regenerated {
    regenerateRecoveryCodes: { recoveryCodes: string[] | null; userErrors: Refusal[] };
  }
  const regenerate = async (code: string, token?: string) =>
    (await system.graphql<Regenerated>(REGENERATE, { code }, token ? { token } : {})).data
      ?.regenerateRecoveryCodes;

  it('replaces the ten codes after a current app code; the old ones stop working', async () => {
    const { email } = planner;
    const token = await planner.signIn();
    const { secret, recoveryCodes: old } = await enrol(token);
    expect(await regenerate('000000', token)).toEqual({
      recoveryCodes: null,
      userErrors: [{ code: 'INVALID_CODE', field: ['code'] }],
    });
    const fresh = (await regenerate(codeFor(secret, 1), token))!;
    expect(fresh.userErrors).toEqual([]);
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect(fresh.recoveryCodes!.filter((code) => old.includes(code))).toEqual([]);

    const first = await login(email);
    expect((await verify(first.secondFactor!.challenge, old[0]!)).userErrors[0]!.code).toBe(
      'INVALID_CODE',
    );
    expect(
      (await verify(first.secondFactor!.challenge, fresh.recoveryCodes![0]!)).accessToken,
    ).toEqual(expect.any(String));
  });

  it('needs the app set up and a signed-in caller; one per document', async () => {
    const token = await customer.administrator.signIn();
    expect((await regenerate('123456', token))!.userErrors[0]!.code).toBe('NOT_ENROLLED');
    const anonymous = await system.graphql(REGENERATE, { code: '123456' });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const twice = await system.graphql(
      `mutation { a: regenerateRecoveryCodes(code: "123456") { recoveryCodes }
                  b: regenerateRecoveryCodes(code: "654321") { recoveryCodes } }`,
      {},
      { token },
    );
    expect(twice.errors![0]!.message).toBe(
      'Send one sign-in, registration or confirmation per request.',
    );
  });
});

describe("an organisation's requirement", () => {
  it("is an Administrator's to set; a Device Manager is refused, anonymous callers too", async () => {
    const manager = await deviceManager.signIn();
    const refused = await system.graphql(REQUIRE, { required: true }, { token: manager });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const anonymous = await system.graphql(REQUIRE, { required: true });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('makes a user without a second factor enrol during sign-in, then signs it in', async () => {
    // Another customer's: the requirement would otherwise reach the users above.
    const { email } = other.administrator;
    const admin = await other.administrator.signIn();
    const set = await system.graphql<{
      setOrganizationTwoFactorRequired: { organization: { twoFactorRequired: boolean } };
    }>(REQUIRE, { required: true }, { token: admin });
    expect(set.data!.setOrganizationTwoFactorRequired.organization.twoFactorRequired).toBe(true);

    const pending = await login(email);
    expect(pending.accessToken).toBeNull();
    expect(pending.secondFactor).toMatchObject({ methods: [], enrolmentRequired: true });
    const { challenge } = pending.secondFactor!;
    const begun = await system.graphql<{ beginTotpEnrolment: { secret: string } }>(BEGIN, {
      challenge,
    });
    const { secret } = begun.data!.beginTotpEnrolment;
    const confirmed = await system.graphql<{
      confirmTotpEnrolment: { recoveryCodes: string[]; signIn: Auth };
    }>(CONFIRM, { code: codeFor(secret), challenge });
    expect(confirmed.data!.confirmTotpEnrolment.recoveryCodes).toHaveLength(10);
    expect(confirmed.data!.confirmTotpEnrolment.signIn.accessToken).toEqual(expect.any(String));

    const removal = await system.graphql<{ removeTotp: { userErrors: Refusal[] } }>(
      REMOVE,
      { code: codeFor(secret, 1) },
      { token: confirmed.data!.confirmTotpEnrolment.signIn.accessToken! },
    );
    expect(removal.data!.removeTotp.userErrors[0]!.code).toBe('TWO_FACTOR_REQUIRED');
  });
});
