import { environment } from '@portal/platform';
import {
  createCustomer,
  createStaffUser,
  createUser,
  startTestSystem,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { signInAtProvider, startTestProvider, type TestProvider } from '@portal/testkit/oidc';

/**
 * Single sign-on against a real OpenID provider (oidc-provider, its own process on loopback):
 * the portal is its client "portal"; a customer's Administrator sets it up for printhouse.example,
 * the domain of her own e-mail. Another customer's users are on fjordhaus.example.
 */
let system: TestSystem;
let provider: TestProvider;
const CLIENT_SECRET = 'portal-client-secret-at-the-provider';
const CALLBACK = new URL('/sign-in/sso', environment().PORTAL_PUBLIC_URL).href;
const DOMAIN = 'printhouse.example';
const OTHER_DOMAIN = 'fjordhaus.example';
let customer: TestCustomer;
let other: TestCustomer;
/** A Self-Service user of the customer, on its domain. */
let selfService: TestUser;

beforeAll(async () => {
  // Nothing here needs the demo world: identity's own data is built below.
  [system, provider] = await Promise.all([
    startTestSystem({ principalCacheMs: 0, demo: false }),
    startTestProvider([
      { client_id: 'portal', client_secret: CLIENT_SECRET, redirect_uris: [CALLBACK] },
    ]),
  ]);
  customer = await createCustomer(system, { domain: DOMAIN });
  other = await createCustomer(system, { domain: OTHER_DOMAIN });
  selfService = await createUser(system, {
    organization: customer.organization.id,
    name: 'Signe Self',
    domain: DOMAIN,
    grants: [['SELF_SERVICE_USER', customer.accounts[0]!]],
  });
}, 120_000);
afterAll(async () => {
  await Promise.all([system?.stop(), provider?.stop()]);
});

interface Refusal {
  code: string;
  field?: string[] | null;
  message?: string;
}
interface Auth {
  accessToken: string | null;
  session: { user: { id: string; email: string; name: string; grants: unknown[] } } | null;
  userErrors: Refusal[];
}

const CONFIGURE = `mutation ($input: SingleSignOnInput!) {
  configureSingleSignOn(input: $input) {
    organization { singleSignOn { issuer clientId clientSecretSet passwordsDisabled domains { domain verifiedBy } } }
    userErrors { code field message }
  }
}`;
const BEGIN = `mutation ($email: String!) {
  beginSingleSignOn(email: $email) { authorizationUrl userErrors { code field } }
}`;
const FINISH = `mutation ($url: String!) {
  finishSingleSignOn(callbackUrl: $url) {
    accessToken session { user { id email name grants { role } } } userErrors { code message }
  }
}`;
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken userErrors { code field message } }
}`;

const settings = (overrides: Record<string, unknown> = {}) => ({
  issuer: provider.issuer,
  clientId: 'portal',
  clientSecret: CLIENT_SECRET,
  domains: [DOMAIN],
  passwordsDisabled: false,
  ...overrides,
});

async function configure(token: string, input: Record<string, unknown>) {
  const result = await system.graphql<{
    configureSingleSignOn: {
      organization: { singleSignOn: Record<string, unknown> } | null;
      userErrors: Refusal[];
    };
  }>(CONFIGURE, { input }, { token });
  return result.data!.configureSingleSignOn;
}

async function begin(email: string): Promise<string> {
  const result = await system.graphql<{
    beginSingleSignOn: { authorizationUrl: string | null; userErrors: Refusal[] };
  }>(BEGIN, { email });
  expect(result.data!.beginSingleSignOn.userErrors).toEqual([]);
  return result.data!.beginSingleSignOn.authorizationUrl!;
}

async function finish(callbackUrl: string) {
  const result = await system.graphql<{ finishSingleSignOn: Auth }>(FINISH, { url: callbackUrl });
  return { payload: result.data!.finishSingleSignOn, cookies: result.headers.getSetCookie() };
}

/** The whole round trip: portal -> provider (login and consent) -> portal. */
async function signInThroughProvider(email: string, subject: string) {
  return finish(await signInAtProvider(await begin(email), subject));
}

describe('an Administrator sets single sign-on up', () => {
  it('for the domain of her own e-mail; the secret is kept sealed and never shown', async () => {
    const admin = await customer.administrator.signIn();
    const unreachable = await configure(admin, settings({ issuer: 'http://127.0.0.1:9/nothing' }));
    expect(unreachable.userErrors.map((e) => e.code)).toEqual(['PROVIDER_UNREACHABLE']);
    const notHers = await configure(admin, settings({ domains: [DOMAIN, OTHER_DOMAIN] }));
    expect(notHers.userErrors).toEqual([
      expect.objectContaining({ code: 'DOMAIN_NOT_VERIFIED', field: ['input', 'domains'] }),
    ]);
    const publicMail = await configure(admin, settings({ domains: [DOMAIN, 'gmail.com'] }));
    expect(publicMail.userErrors.map((e) => e.code)).toEqual(['DOMAIN_NOT_ALLOWED']);
    const notHttps = await configure(admin, settings({ issuer: 'http://login.example.com' }));
    expect(notHttps.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'issuer'] }),
    ]);

    const saved = await configure(admin, settings());
    expect(saved).toEqual({
      organization: {
        singleSignOn: {
          issuer: provider.issuer,
          clientId: 'portal',
          clientSecretSet: true,
          passwordsDisabled: false,
          domains: [{ domain: DOMAIN, verifiedBy: 'ADMINISTRATOR_EMAIL' }],
        },
      },
      userErrors: [],
    });
    const [row] = await system.identity.dataSource.query(
      `SELECT client_secret_sealed FROM identity.sso_connection`,
    );
    expect(row.client_secret_sealed).toMatch(/^v2\./);
    expect(row.client_secret_sealed).not.toContain(CLIENT_SECRET);
    // Saved again without a secret: the stored one is kept.
    const kept = await configure(admin, settings({ clientSecret: undefined }));
    expect(kept.organization!.singleSignOn.clientSecretSet).toBe(true);
  });

  it('a domain belongs to one organisation only', async () => {
    const theirs = await other.administrator.signIn();
    const taken = await configure(theirs, settings({ domains: [DOMAIN] }));
    expect(taken.userErrors.map((e) => e.code)).toContain('DOMAIN_TAKEN');
    const own = await system.graphql<{ organization: { singleSignOn: unknown } }>(
      `{ organization { singleSignOn { issuer } } }`,
      {},
      { token: theirs },
    );
    expect(own.data!.organization.singleSignOn).toBeNull();
  });
});

describe('signing in through the provider', () => {
  it('answers by the domain only: no provider for other domains, the same for known and unknown users', async () => {
    const elsewhere = await system.graphql<{
      beginSingleSignOn: { authorizationUrl: string | null };
    }>(BEGIN, { email: 'someone@elsewhere.example' });
    expect(elsewhere.data!.beginSingleSignOn.authorizationUrl).toBeNull();
    for (const email of [selfService.email, `nobody.here@${DOMAIN}`]) {
      const url = new URL(await begin(email));
      expect(url.origin).toBe(provider.issuer);
      expect(Object.fromEntries(url.searchParams)).toEqual({
        client_id: 'portal',
        redirect_uri: CALLBACK,
        response_type: 'code',
        scope: 'openid email profile',
        code_challenge: expect.stringMatching(/^[\w-]{43}$/),
        code_challenge_method: 'S256',
        state: expect.stringMatching(/^[\w-]{43}$/),
        nonce: expect.stringMatching(/^[\w-]{43}$/),
        login_hint: email,
      });
    }
  });

  it('provisions a user without roles at the first sign-in, and finds it by subject after', async () => {
    await provider.account('employee-1001', {
      email: `ida.sso@${DOMAIN}`,
      name: 'Ida Single',
    });
    const first = await signInThroughProvider(`ida.sso@${DOMAIN}`, 'employee-1001');
    expect(first.payload.userErrors).toEqual([]);
    expect(first.payload.session!.user).toEqual({
      id: expect.any(String),
      email: `ida.sso@${DOMAIN}`,
      name: 'Ida Single',
      grants: [],
    });
    expect(first.cookies.join('\n')).toMatch(/HttpOnly/);
    const me = await system.graphql<{ me: { email: string } }>(
      `{ me { email } }`,
      {},
      {
        token: first.payload.accessToken!,
      },
    );
    expect(me.data!.me.email).toBe(`ida.sso@${DOMAIN}`);

    // She marries and the provider changes her e-mail: the subject still finds her user.
    await provider.account('employee-1001', {
      email: `ida.married@${DOMAIN}`,
      name: 'Ida Married',
    });
    const second = await signInThroughProvider(`ida.married@${DOMAIN}`, 'employee-1001');
    expect(second.payload.userErrors).toEqual([]);
    expect(second.payload.session!.user.id).toBe(first.payload.session!.user.id);
  });

  it('refuses an id token for another audience, and opens no session', async () => {
    const url = await signInAtProvider(await begin(`ole@${DOMAIN}`), 'employee-2001');
    await provider.tamperNextToken({ aud: 'another-application' });
    const { payload, cookies } = await finish(url);
    expect(payload.accessToken).toBeNull();
    expect(payload.session).toBeNull();
    expect(payload.userErrors).toEqual([
      { code: 'SSO_REJECTED', message: expect.stringContaining('another audience') },
    ]);
    expect(cookies).toEqual([]);
  });

  it('refuses an expired id token', async () => {
    const url = await signInAtProvider(await begin(`ole@${DOMAIN}`), 'employee-2001');
    await provider.tamperNextToken({ expired: true });
    const { payload, cookies } = await finish(url);
    expect(payload.accessToken).toBeNull();
    expect(payload.userErrors).toEqual([
      { code: 'SSO_REJECTED', message: expect.stringContaining('expired') },
    ]);
    expect(cookies).toEqual([]);
  });

  it('refuses a replayed state: a callback works once', async () => {
    await provider.account('employee-2001', { email: `ole@${DOMAIN}` });
    const url = await signInAtProvider(await begin(`ole@${DOMAIN}`), 'employee-2001');
    const once = await finish(url);
    expect(once.payload.userErrors).toEqual([]);
    expect(once.payload.accessToken).toEqual(expect.any(String));
    const again = await finish(url);
    expect(again.payload.accessToken).toBeNull();
    expect(again.payload.userErrors.map((e) => e.code)).toEqual(['SSO_STATE_INVALID']);
    expect(again.cookies).toEqual([]);
  });

  it("refuses a replayed nonce: an earlier sign-in's nonce in a new one", async () => {
    const earlier = new URL(await begin(`ole@${DOMAIN}`));
    const current = new URL(await begin(`ole@${DOMAIN}`));
    // Someone gets the provider to put the earlier request's nonce into this sign-in's token.
    current.searchParams.set('nonce', earlier.searchParams.get('nonce')!);
    const url = await signInAtProvider(current.href, 'employee-2001');
    const { payload, cookies } = await finish(url);
    expect(payload.accessToken).toBeNull();
    expect(payload.userErrors).toEqual([
      { code: 'SSO_REJECTED', message: expect.stringContaining('nonce') },
    ]);
    expect(cookies).toEqual([]);
  });

  it('refuses an e-mail the provider does not vouch for', async () => {
    await provider.account('employee-3001', {
      email: `outsider@${OTHER_DOMAIN}`,
    });
    const url = await signInAtProvider(await begin(`x@${DOMAIN}`), 'employee-3001');
    expect((await finish(url)).payload.userErrors.map((e) => e.code)).toEqual([
      'SSO_EMAIL_NOT_ALLOWED',
    ]);
  });

  it('takes one single sign-on mutation per document', async () => {
    const result = await system.graphql(
      `mutation { a: beginSingleSignOn(email: "a@${DOMAIN}") { authorizationUrl }
                  b: beginSingleSignOn(email: "b@${DOMAIN}") { authorizationUrl } }`,
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors![0]!.message).toBe(
      'Send one sign-in, registration or confirmation per request.',
    );
  });
});

describe('who may', () => {
  const USERS: Record<string, () => Promise<TestUser>> = {
    Administrator: async () => customer.administrator,
    'Device Manager': () =>
      createUser(system, {
        organization: customer.organization.id,
        name: 'Dagmar Device',
        domain: DOMAIN,
        grants: [['DEVICE_MANAGER', customer.accounts[0]!]],
      }),
    'Self-Service user': async () => selfService,
    'Service agent': () => createStaffUser(system, 'SERVICE_AGENT'),
    'Service planner': () => createStaffUser(system, 'SERVICE_PLANNER'),
  };
  const ACTORS = [...Object.keys(USERS), 'API key', 'anonymous'];
  // Variables are read when the tests run: the customer is built in the file's beforeAll.
  const OPERATIONS: Record<string, { query: string; variables?: () => Record<string, unknown> }> = {
    configureSingleSignOn: {
      // Refused at the rule (an invalid issuer): who got that far may configure.
      query: `mutation { r: configureSingleSignOn(input: { issuer: "no url", clientId: "x", domains: ["${DOMAIN}"], passwordsDisabled: false }) { userErrors { code } } }`,
    },
    removeSingleSignOn: { query: `mutation { r: removeSingleSignOn { userErrors { code } } }` },
    verifySingleSignOnDomain: {
      query: `mutation ($o: ID!) { r: verifySingleSignOnDomain(organizationId: $o, domain: "not a domain") { userErrors { code } } }`,
      variables: () => ({ o: customer.organization.id }),
    },
    beginSingleSignOn: {
      query: `mutation { r: beginSingleSignOn(email: "not an e-mail") { userErrors { code } } }`,
    },
    finishSingleSignOn: {
      query: `mutation { r: finishSingleSignOn(callbackUrl: "http://localhost:4000/sign-in/sso?state=x&code=y") { userErrors { code } } }`,
    },
  };
  const only = (who: Record<string, string>) => ({
    ...Object.fromEntries(ACTORS.map((a) => [a, 'FORBIDDEN'])),
    anonymous: 'UNAUTHENTICATED',
    ...who,
  });
  const everyone = (outcome: string) => Object.fromEntries(ACTORS.map((a) => [a, outcome]));
  const EXPECTED: Record<string, Record<string, string>> = {
    configureSingleSignOn: only({ Administrator: 'INVALID_INPUT' }),
    removeSingleSignOn: only({ Administrator: 'OK' }),
    verifySingleSignOnDomain: only({ 'Service agent': 'INVALID_INPUT' }),
    beginSingleSignOn: everyone('INVALID_INPUT'),
    finishSingleSignOn: everyone('SSO_STATE_INVALID'),
  };
  const tokens = new Map<string, string | undefined>();

  beforeAll(async () => {
    for (const [actor, user] of Object.entries(USERS))
      tokens.set(actor, await (await user()).signIn());
    const key = await system.graphql<{ createApiKey: { secret: string } }>(
      `mutation ($a: ID!) { createApiKey(name: "Who may", grants: [{ role: ADMINISTRATOR, accountId: $a }]) { secret } }`,
      { a: customer.accounts[0]!.id },
      { token: tokens.get('Administrator') },
    );
    tokens.set('API key', key.data!.createApiKey.secret);
  });

  const cells = Object.entries(EXPECTED).flatMap(([operation, row]) =>
    ACTORS.map((actor) => [operation, actor, row[actor]!] as const),
  );
  it.each(cells)('%s by %s: %s', async (operation, actor, expected) => {
    const { query, variables } = OPERATIONS[operation]!;
    const result = await system.graphql<{ r: { userErrors?: Refusal[] } }>(query, variables?.(), {
      token: tokens.get(actor),
    });
    const code =
      result.errors?.[0]?.extensions?.code ?? result.data?.r?.userErrors?.[0]?.code ?? 'OK';
    expect(code).toBe(expected);
  });

  it("shows the settings to the organisation's Administrators and the service centre only", async () => {
    await configure(tokens.get('Administrator')!, settings());
    const query = `query ($id: ID!) { node(id: $id) { ... on Organization { singleSignOn { clientId } } } }`;
    const seen = async (actor: string) =>
      (
        await system.graphql<{ node: { singleSignOn: unknown } | null }>(
          query,
          { id: customer.organization.id },
          { token: tokens.get(actor) },
        )
      ).data?.node?.singleSignOn ?? null;
    expect(await seen('Administrator')).toEqual({ clientId: 'portal' });
    expect(await seen('Service agent')).toEqual({ clientId: 'portal' });
    expect(await seen('Service planner')).toEqual({ clientId: 'portal' });
    expect(await seen('Device Manager')).toBeNull();
    expect(await seen('Self-Service user')).toBeNull();
  });
});

describe('passwords switched off', () => {
  it('refuses password sign-in and reset alike for existing and unknown e-mails on the domain', async () => {
    const admin = await customer.administrator.signIn();
    expect((await configure(admin, settings({ passwordsDisabled: true }))).userErrors).toEqual([]);
    for (const email of [selfService.email, `nobody.here@${DOMAIN}`]) {
      const login = await system.graphql<{
        login: { accessToken: string | null; userErrors: Refusal[] };
      }>(LOGIN, { email, password: TEST_PASSWORD });
      expect(login.data!.login.accessToken).toBeNull();
      expect(login.data!.login.userErrors).toEqual([
        {
          code: 'SINGLE_SIGN_ON_REQUIRED',
          field: ['email'],
          message: expect.stringContaining('Continue'),
        },
      ]);
      const reset = await system.graphql(
        `mutation ($email: String!) { requestPasswordReset(email: $email) }`,
        {
          email,
        },
      );
      expect(reset.data ?? null).toBeNull();
      expect(reset.errors).toEqual([
        {
          message: expect.stringContaining('no password to reset'),
          path: ['requestPasswordReset'],
          extensions: { code: 'SINGLE_SIGN_ON_REQUIRED' },
        },
      ]);
    }
    // Another organisation's users are not concerned, and the provider still signs the Self-Service user in.
    const elsewhere = await system.graphql<{ login: { accessToken: string | null } }>(LOGIN, {
      email: other.administrator.email,
      password: TEST_PASSWORD,
    });
    expect(elsewhere.data!.login.accessToken).toEqual(expect.any(String));
    const viaProvider = await signInThroughProvider(selfService.email, selfService.email);
    expect(viaProvider.payload.session!.user.id).toBe(selfService.id);
  });
});
