import { demoIds, DEMO_PASSWORD, environment, toGlobalId } from '@portal/platform';
import { startTestSystem, type TestSystem } from '@portal/testkit';
import { signInAtProvider, startTestProvider, type TestProvider } from '@portal/testkit/oidc';

/**
 * Single sign-on against a real OpenID provider (oidc-provider, its own process on loopback):
 * the portal is its client "portal"; Nordisk Print's Administrator (anna.admin@…) sets it up for
 * nordiskprint.example, the domain of her own e-mail.
 */
let system: TestSystem;
let provider: TestProvider;
const CLIENT_SECRET = 'portal-client-secret-at-the-provider';
const CALLBACK = new URL('/sign-in/sso', environment().PORTAL_PUBLIC_URL).href;

beforeAll(async () => {
  [system, provider] = await Promise.all([
    startTestSystem({ principalCacheMs: 0 }),
    startTestProvider([
      { client_id: 'portal', client_secret: CLIENT_SECRET, redirect_uris: [CALLBACK] },
    ]),
  ]);
});
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
  domains: ['nordiskprint.example'],
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
    const admin = await system.signIn('anna.admin@nordiskprint.example');
    const unreachable = await configure(admin, settings({ issuer: 'http://127.0.0.1:9/nothing' }));
    expect(unreachable.userErrors.map((e) => e.code)).toEqual(['PROVIDER_UNREACHABLE']);
    const notHers = await configure(
      admin,
      settings({ domains: ['nordiskprint.example', 'fjordlogistik.example'] }),
    );
    expect(notHers.userErrors).toEqual([
      expect.objectContaining({ code: 'DOMAIN_NOT_VERIFIED', field: ['input', 'domains'] }),
    ]);
    const publicMail = await configure(
      admin,
      settings({ domains: ['nordiskprint.example', 'gmail.com'] }),
    );
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
          domains: [{ domain: 'nordiskprint.example', verifiedBy: 'ADMINISTRATOR_EMAIL' }],
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
    const other = await system.signIn('bo.admin@fjordlogistik.example');
    const taken = await configure(other, settings({ domains: ['nordiskprint.example'] }));
    expect(taken.userErrors.map((e) => e.code)).toContain('DOMAIN_TAKEN');
    const own = await system.graphql<{ organization: { singleSignOn: unknown } }>(
      `{ organization { singleSignOn { issuer } } }`,
      {},
      { token: other },
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
    for (const email of ['sune.self@nordiskprint.example', 'nobody.here@nordiskprint.example']) {
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
      email: 'ida.sso@nordiskprint.example',
      name: 'Ida Single',
    });
    const first = await signInThroughProvider('ida.sso@nordiskprint.example', 'employee-1001');
    expect(first.payload.userErrors).toEqual([]);
    expect(first.payload.session!.user).toEqual({
      id: expect.any(String),
      email: 'ida.sso@nordiskprint.example',
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
    expect(me.data!.me.email).toBe('ida.sso@nordiskprint.example');

    // She marries and the provider changes her e-mail: the subject still finds her user.
    await provider.account('employee-1001', {
      email: 'ida.married@nordiskprint.example',
      name: 'Ida Married',
    });
    const second = await signInThroughProvider('ida.married@nordiskprint.example', 'employee-1001');
    expect(second.payload.userErrors).toEqual([]);
    expect(second.payload.session!.user.id).toBe(first.payload.session!.user.id);
  });

  it('refuses an id token for another audience, and opens no session', async () => {
    const url = await signInAtProvider(await begin('ole@nordiskprint.example'), 'employee-2001');
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
    const url = await signInAtProvider(await begin('ole@nordiskprint.example'), 'employee-2001');
    await provider.tamperNextToken({ expired: true });
    const { payload, cookies } = await finish(url);
    expect(payload.accessToken).toBeNull();
    expect(payload.userErrors).toEqual([
      { code: 'SSO_REJECTED', message: expect.stringContaining('expired') },
    ]);
    expect(cookies).toEqual([]);
  });

  it('refuses a replayed state: a callback works once', async () => {
    await provider.account('employee-2001', { email: 'ole@nordiskprint.example' });
    const url = await signInAtProvider(await begin('ole@nordiskprint.example'), 'employee-2001');
    const once = await finish(url);
    expect(once.payload.userErrors).toEqual([]);
    expect(once.payload.accessToken).toEqual(expect.any(String));
    const again = await finish(url);
    expect(again.payload.accessToken).toBeNull();
    expect(again.payload.userErrors.map((e) => e.code)).toEqual(['SSO_STATE_INVALID']);
    expect(again.cookies).toEqual([]);
  });

  it("refuses a replayed nonce: an earlier sign-in's nonce in a new one", async () => {
    const earlier = new URL(await begin('ole@nordiskprint.example'));
    const current = new URL(await begin('ole@nordiskprint.example'));
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
      email: 'outsider@fjordlogistik.example',
    });
    const url = await signInAtProvider(await begin('x@nordiskprint.example'), 'employee-3001');
    expect((await finish(url)).payload.userErrors.map((e) => e.code)).toEqual([
      'SSO_EMAIL_NOT_ALLOWED',
    ]);
  });

  it('takes one single sign-on mutation per document', async () => {
    const result = await system.graphql(
      `mutation { a: beginSingleSignOn(email: "a@nordiskprint.example") { authorizationUrl }
                  b: beginSingleSignOn(email: "b@nordiskprint.example") { authorizationUrl } }`,
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors![0]!.message).toBe(
      'Send one sign-in, registration or confirmation per request.',
    );
  });
});

describe('who may', () => {
  const EMAILS: Record<string, string> = {
    Administrator: 'anna.admin@nordiskprint.example',
    'Device Manager': 'dennis.device@nordiskprint.example',
    'Self-Service user': 'sune.self@nordiskprint.example',
    'Service agent': 'agent@service.example',
    'Service planner': 'planner@service.example',
  };
  const ACTORS = [...Object.keys(EMAILS), 'API key', 'anonymous'];
  const organization = toGlobalId('Organization', demoIds.organization('Nordisk Print A/S'));
  const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
    configureSingleSignOn: {
      // Refused at the rule (an invalid issuer): who got that far may configure.
      query: `mutation { r: configureSingleSignOn(input: { issuer: "no url", clientId: "x", domains: ["nordiskprint.example"], passwordsDisabled: false }) { userErrors { code } } }`,
    },
    removeSingleSignOn: { query: `mutation { r: removeSingleSignOn { userErrors { code } } }` },
    verifySingleSignOnDomain: {
      query: `mutation ($o: ID!) { r: verifySingleSignOnDomain(organizationId: $o, domain: "not a domain") { userErrors { code } } }`,
      variables: { o: organization },
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
    for (const [actor, email] of Object.entries(EMAILS))
      tokens.set(actor, await system.signIn(email));
    const key = await system.graphql<{ createApiKey: { secret: string } }>(
      `mutation ($a: ID!) { createApiKey(name: "Who may", grants: [{ role: ADMINISTRATOR, accountId: $a }]) { secret } }`,
      { a: toGlobalId('Account', demoIds.account('100200')) },
      { token: tokens.get('Administrator') },
    );
    tokens.set('API key', key.data!.createApiKey.secret);
  });

  const cells = Object.entries(EXPECTED).flatMap(([operation, row]) =>
    ACTORS.map((actor) => [operation, actor, row[actor]!] as const),
  );
  it.each(cells)('%s by %s: %s', async (operation, actor, expected) => {
    const { query, variables } = OPERATIONS[operation]!;
    const result = await system.graphql<{ r: { userErrors?: Refusal[] } }>(query, variables, {
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
          { id: organization },
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
    const admin = await system.signIn('anna.admin@nordiskprint.example');
    expect((await configure(admin, settings({ passwordsDisabled: true }))).userErrors).toEqual([]);
    for (const email of ['sune.self@nordiskprint.example', 'nobody.here@nordiskprint.example']) {
      const login = await system.graphql<{
        login: { accessToken: string | null; userErrors: Refusal[] };
      }>(LOGIN, { email, password: DEMO_PASSWORD });
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
    // Another organisation's users are not concerned, and the provider still signs Sune in.
    const other = await system.graphql<{ login: { accessToken: string | null } }>(LOGIN, {
      email: 'bo.admin@fjordlogistik.example',
      password: DEMO_PASSWORD,
    });
    expect(other.data!.login.accessToken).toEqual(expect.any(String));
    const sune = await signInThroughProvider(
      'sune.self@nordiskprint.example',
      'sune.self@nordiskprint.example',
    );
    expect(sune.payload.session!.user.id).toBe(
      toGlobalId('User', demoIds.user('sune.self@nordiskprint.example')),
    );
  });
});
