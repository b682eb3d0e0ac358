import { DEMO_PASSWORD, SESSION_COOKIE } from '@portal/platform';
import { startTestSystem, type TestSystem, fromAddress } from '@portal/testkit';

let system: TestSystem;
beforeAll(async () => {
  system = await startTestSystem({ principalCacheMs: 0 });
});
afterAll(async () => {
  await system.stop();
});

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken session { user { email name } expiresAt } userErrors { code field message }
  }
}`;
const ME = `query { me { email staffRole organization { name } grants { role account { customerAccountNumber } } } }`;

describe('signing in', () => {
  it('signs a demo user in with a bearer token and an HttpOnly session cookie', async () => {
    const result = await system.graphql<{
      login: { accessToken: string; session: { user: { email: string } } };
    }>(LOGIN, { email: 'Anna.Admin@NordiskPrint.example', password: DEMO_PASSWORD });
    expect(result.data!.login.session.user.email).toBe('anna.admin@nordiskprint.example');
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
    expect(me.data!.me.organization.name).toBe('Nordisk Print A/S');
    expect(me.data!.me.grants.map((g) => g.role)).toEqual(['ADMINISTRATOR', 'ADMINISTRATOR']);

    const sessionCookie = cookie.split(';')[0]!;
    const byCookie = await system.graphql<{ me: { email: string } }>(
      ME,
      {},
      { headers: { cookie: sessionCookie } },
    );
    expect(byCookie.data!.me.email).toBe('anna.admin@nordiskprint.example');
  });

  it('gives one generic answer for a wrong password and an unknown e-mail', async () => {
    for (const [email, password] of [
      ['anna.admin@nordiskprint.example', 'wrong-password-123'],
      ['nobody@nowhere.example', DEMO_PASSWORD],
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
      `UPDATE identity.app_user SET status = 'PENDING_CONFIRMATION' WHERE email = 'sune.self@nordiskprint.example'`,
    );
    const result = await system.graphql<{ login: { userErrors: { code: string }[] } }>(LOGIN, {
      email: 'sune.self@nordiskprint.example',
      password: DEMO_PASSWORD,
    });
    expect(result.data!.login.userErrors[0]!.code).toBe('EMAIL_NOT_CONFIRMED');
  });

  it('shows me as null to an anonymous caller and staff without an organisation', async () => {
    expect((await system.graphql(ME)).data).toEqual({ me: null });
    const token = await system.signIn('planner@service.example');
    const result = await system.graphql<{ me: { staffRole: string; organization: null } }>(
      ME,
      {},
      { token },
    );
    expect(result.data!.me).toMatchObject({ staffRole: 'SERVICE_PLANNER', organization: null });
  });

  it('refuses the token after logout', async () => {
    const token = await system.signIn('bo.admin@fjordlogistik.example');
    const out = await system.graphql<{ logout: boolean }>('mutation { logout }', {}, { token });
    expect(out.data!.logout).toBe(true);
    const after = await system.graphql('{ devices { totalCount } }', {}, { token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('hides credit status from customers and shows it to staff', async () => {
    const query = `{ accounts { customerAccountNumber creditStatus } }`;
    const customer = await system.graphql(
      query,
      {},
      { token: await system.signIn('anna.admin@nordiskprint.example') },
    );
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = await system.graphql<{ accounts: { creditStatus: string }[] }>(
      query,
      {},
      {
        token: await system.signIn('agent@service.example'),
      },
    );
    expect(staff.data!.accounts.map((a) => a.creditStatus)).toEqual(['GOOD', 'WATCH', 'GOOD']);
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
    const colleague = await loginFrom(office, 'dorte.both@nordiskprint.example', DEMO_PASSWORD);
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
    const email = 'bo.admin@fjordlogistik.example';
    for (let i = 0; i < 5; i++) {
      expect((await loginFrom(attacker, email, `guess-${i}-password`)).userErrors[0]!.code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const refused = await loginFrom(attacker, email, DEMO_PASSWORD);
    expect(refused.accessToken).toBeNull();
    expect(refused.userErrors[0]!.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.userErrors[0]!.message).not.toMatch(/reset|password/i);
    // The owner, at its own address, signs in.
    const owner = await loginFrom('203.0.113.67', email, DEMO_PASSWORD);
    expect(owner.accessToken).toEqual(expect.any(String));
  });

  it('lets at most five of twenty parallel guesses at one e-mail from one address reach the password check', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        loginFrom('203.0.113.99', 'sara.stock@nordiskprint.example', `parallel-guess-${i}`),
      ),
    );
    const codes = guesses.map((g) => g.userErrors[0]!.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c !== 'INVALID_CREDENTIALS')).toEqual(
      codes.filter((c) => c === 'TOO_MANY_ATTEMPTS'),
    );
  });
});
