import {
  createCustomer,
  createStaffUser,
  createUser,
  newAddress,
  startTestSystem,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';
import { mailCount, tokenIn, waitForMailWithSubject } from '@portal/testkit';

/**
 * The service centre on the phone: finds a customer's users by what the caller says (a name,
 * an e-mail, the organisation, a customer account number) and corrects a mistyped e-mail, which
 * must then be confirmed again.
 */
let system: TestSystem;
let agent: string;
let admin: string;
/** The customer whose Administrator invites Kirsten. */
let customer: TestCustomer;
/** Kirsten's address as invited and as corrected (new to the run's shared mail capture). */
let invitedEmail: string;
let correctedEmail: string;
/** Her address up to and including the @: what a caller spells out on the phone. */
const emailPrefix = () => `${invitedEmail.split('@')[0]!}@`;

beforeAll(async () => {
  system = await startTestSystem({ demo: false });
  customer = await createCustomer(system, { name: 'Nordisk Print' });
  invitedEmail = newAddress(customer, 'kirsten.kunde');
  correctedEmail = newAddress(customer, 'kirsten.kunde');
  // Another organisation's user, and a staff member: neither may turn up below.
  const other = await createCustomer(system, { name: 'Fjord Logistik' });
  await createUser(system, {
    organization: other.organization.id,
    name: 'Bo Berg',
    grants: [['ADMINISTRATOR', other.accounts[0]!]],
  });
  const staff = await createStaffUser(system, 'SERVICE_AGENT', 'Aksel Agent');
  [agent, admin] = await Promise.all([staff.signIn(), customer.administrator.signIn()]);
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
          email: invitedEmail,
          name: 'Kirsten Kundeservice',
          language: 'en',
          grants: [{ role: 'SELF_SERVICE_USER', accountId: customer.accounts[0]!.id }],
        },
      },
      { token: admin },
    );
    expect(invited.data!.inviteUser.user).not.toBeNull();
    const names = async (s: string) => (await search(s)).data!.customerUsers.map((u) => u.name);
    expect(await names('kundeserv')).toEqual(['Kirsten Kundeservice']);
    expect(await names(emailPrefix().toUpperCase())).toEqual(['Kirsten Kundeservice']);
    expect(await names(customer.organization.name)).toContain('Kirsten Kundeservice');
    const accountNumber = customer.accounts[0]!.customerAccountNumber;
    expect(await names(accountNumber)).toContain('Kirsten Kundeservice');
    expect(await names(accountNumber)).not.toContain('Bo Berg');
    // LIKE's wildcards are plain characters here.
    expect(await names('%%')).toEqual([]);
    expect(await names('Aksel')).toEqual([]);
    const short = await search('k');
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const byCustomer = await search('Kirsten', admin);
    expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the agent correct a mistyped e-mail; a confirmation goes to the new address', async () => {
    const found = (await search(emailPrefix())).data!.customerUsers as unknown as {
      id: string;
    }[];
    const before = mailCount(correctedEmail);
    const corrected = await system.graphql<{
      correctUserEmail: { user: { email: string; status: string } | null; userErrors: unknown[] };
    }>(
      `mutation ($id: ID!, $email: String!) { correctUserEmail(userId: $id, email: $email) {
        user { email status } userErrors { code field message } } }`,
      { id: found[0]!.id, email: correctedEmail },
      { token: agent },
    );
    expect(corrected.data!.correctUserEmail).toEqual({
      user: { email: correctedEmail, status: 'PENDING_CONFIRMATION' },
      userErrors: [],
    });
    // She had not accepted the invitation yet: a new one goes to the corrected address.
    const mail = await waitForMailWithSubject(
      correctedEmail,
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
