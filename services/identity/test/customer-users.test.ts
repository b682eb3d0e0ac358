import { startTestSystem, type TestSystem } from '@portal/testkit';
import { mailCount, tokenIn, waitForMailWithSubject } from '@portal/testkit';

/**
 * The service centre on the phone: finds a customer's users by what the caller says (a name,
 * an e-mail, the organisation, a customer account number) and corrects a mistyped e-mail, which
 * must then be confirmed again.
 */
let system: TestSystem;
let agent: string;
let anna: string;

beforeAll(async () => {
  system = await startTestSystem();
  [agent, anna] = await Promise.all([
    system.signIn('agent@service.example'),
    system.signIn('anna.admin@nordiskprint.example'),
  ]);
});
afterAll(async () => {
  await system.stop();
});

const SEARCH = `query ($s: String!) { customerUsers(search: $s) { id name email status organization { name } } }`;

async function search(s: string, token = agent) {
  const result = await system.graphql<{ customerUsers: { name: string; email: string }[] }>(
    SEARCH,
    { s },
    { token },
  );
  return result;
}

describe('customerUsers', () => {
  it('finds users by name, e-mail, organisation and customer account number, never staff', async () => {
    const invited = await system.graphql<{ inviteUser: { user: { id: string } | null } }>(
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { user { id } userErrors { code } } }`,
      {
        input: {
          email: 'kirsten.kunde@nordiskprint.example',
          name: 'Kirsten Kundeservice',
          language: 'en',
          grants: [{ role: 'SELF_SERVICE_USER', accountId: (await accountId('100200'))! }],
        },
      },
      { token: anna },
    );
    expect(invited.data!.inviteUser.user).not.toBeNull();
    const names = async (s: string) => (await search(s)).data!.customerUsers.map((u) => u.name);
    expect(await names('kundeserv')).toEqual(['Kirsten Kundeservice']);
    expect(await names('KIRSTEN.KUNDE@')).toEqual(['Kirsten Kundeservice']);
    expect(await names('Nordisk Print')).toContain('Kirsten Kundeservice');
    expect(await names('100200')).toContain('Kirsten Kundeservice');
    expect(await names('100200')).not.toContain('Bo Berg');
    // LIKE's wildcards are plain characters here.
    expect(await names('%%')).toEqual([]);
    expect(await names('Aksel')).toEqual([]);
    const short = await search('k');
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const byCustomer = await search('Kirsten', anna);
    expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the agent correct a mistyped e-mail; a confirmation goes to the new address', async () => {
    const found = (await search('kirsten.kunde@')).data!.customerUsers as unknown as {
      id: string;
    }[];
    const before = mailCount('kirsten.kunde@nordisk-print.example');
    const corrected = await system.graphql<{
      correctUserEmail: { user: { email: string; status: string } | null; userErrors: unknown[] };
    }>(
      `mutation ($id: ID!, $email: String!) { correctUserEmail(userId: $id, email: $email) {
        user { email status } userErrors { code field message } } }`,
      { id: found[0]!.id, email: 'kirsten.kunde@nordisk-print.example' },
      { token: agent },
    );
    expect(corrected.data!.correctUserEmail).toEqual({
      user: { email: 'kirsten.kunde@nordisk-print.example', status: 'PENDING_CONFIRMATION' },
      userErrors: [],
    });
    // She had not accepted the invitation yet: a new one goes to the corrected address.
    const mail = await waitForMailWithSubject(
      'kirsten.kunde@nordisk-print.example',
      before,
      'You are invited to Canon Self-Service',
    );
    const accepted = await system.graphql<{ acceptInvitation: { userErrors: unknown[] } }>(
      `mutation ($t: String!) { acceptInvitation(token: $t, password: "Blæk og papir i skuffen 9!") { userErrors { code } } }`,
      { t: tokenIn(mail) },
    );
    expect(accepted.data!.acceptInvitation.userErrors).toEqual([]);
  });
});

async function accountId(number: string): Promise<string | undefined> {
  const token = await system.signIn('anna.admin@nordiskprint.example');
  const result = await system.graphql<{
    accounts: { id: string; customerAccountNumber: string }[];
  }>('{ accounts { id customerAccountNumber } }', {}, { token });
  return result.data!.accounts.find((a) => a.customerAccountNumber === number)?.id;
}
