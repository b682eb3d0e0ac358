import type { Browser, Page } from 'playwright-core';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  newAddress,
  TEST_PASSWORD,
  tokenIn,
  waitForMail,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Issue 21, Device Managers: an Administrator assigns many devices at invitation by picking a
 * site; a Device Manager without devices is told why the list is empty and whom to ask.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite(
  { devMailboxDir: process.env.PORTAL_TEST_MAIL_DIR, mode: 'demo' },
  (suite) => ({ system, browser, baseURL } = suite),
);

const AARHUS = 'Åboulevarden 40, 8000 Aarhus C';

/** Two accounts: two devices in Copenhagen on the first, three in Aarhus (the site) on the second. */
let customer: TestCustomer;
let aarhusSerials: string[];

// The demo world holds the device model catalogue; everything the tests look at is built here.
beforeAll(async () => {
  customer = await createCustomer(system, { accounts: 2 });
  const [copenhagen, aarhus] = customer.accounts;
  const agentToken = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  for (let n = 0; n < 2; n++)
    await createDevice(system, copenhagen!, {
      agentToken,
      location: { address: 'Testvej 1, 2100 København Ø' },
    });
  aarhusSerials = [];
  for (let n = 0; n < 3; n++)
    aarhusSerials.push(
      (await createDevice(system, aarhus!, { agentToken, location: { address: AARHUS } }))
        .serialNumber,
    );
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('Device Managers in the web client', () => {
  it('assigns every device of a site at invitation', async () => {
    const [first, second] = customer.accounts;
    const dagmarMail = newAddress(customer, 'dagmar.drift');
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, customer.administrator.email, TEST_PASSWORD);
    await page.goto('/users');
    const invite = page.getByRole('form', { name: 'Invite a user' });
    await invite.getByLabel(/^Name\b/).fill('Dagmar Drift');
    await invite.getByLabel(/^E-mail\b/).fill(dagmarMail);
    await invite.getByLabel(`Device Manager on ${first!.customerAccountNumber}`).check();
    await invite.getByLabel(`Device Manager on ${second!.customerAccountNumber}`).check();
    const picker = invite.getByRole('group', { name: 'Devices to manage' });
    await picker.getByLabel('Site').selectOption(AARHUS);
    await picker.getByRole('button', { name: 'Select all 3 shown' }).click();
    await picker.getByText('3 devices selected').waitFor();
    await screenshot(page, 'invite-device-manager-site-en');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`The invitation is on its way to ${dagmarMail}.`).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();

    const token = await customer.administrator.signIn();
    const users = await system.graphql<{
      organization: {
        users: {
          edges: { node: { email: string; assignedDevices: { serialNumber: string }[] } }[];
        };
      };
    }>(
      '{ organization { users(first: 100) { edges { node { email assignedDevices { serialNumber } } } } } }',
      {},
      { token },
    );
    const dagmar = users.data!.organization.users.edges.find((e) => e.node.email === dagmarMail)!;
    expect(dagmar.node.assignedDevices.map((d) => d.serialNumber).sort()).toEqual(
      [...aarhusSerials].sort(),
    );
  });

  it('tells a Device Manager without devices why, and whom to ask', async () => {
    const admin = await customer.administrator.signIn();
    const account = customer.accounts[0]!.id;
    const nielsMail = newAddress(customer, 'niels.nul');
    await system.graphql(
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
      {
        input: {
          email: nielsMail,
          name: 'Niels Nul',
          language: 'en',
          grants: [{ role: 'DEVICE_MANAGER', accountId: account }],
        },
      },
      { token: admin },
    );
    const mail = await waitForMail(nielsMail);
    const password = 'Ingen printere endnu 4!';
    const accepted = await system.graphql<{ acceptInvitation: { userErrors: unknown[] } }>(
      `mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { userErrors { code } } }`,
      { t: tokenIn(mail), p: password },
    );
    expect(accepted.data!.acceptInvitation.userErrors).toEqual([]);

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, nielsMail, password);
    await page.goto('/devices');
    await page.getByText('No devices are assigned to you yet.', { exact: false }).waitFor();
    await page
      .getByText(
        `Ask ${customer.administrator.name}, your organisation’s primary contact, to assign them:`,
      )
      .waitFor();
    await page.getByRole('link', { name: customer.administrator.email }).waitFor();
    await screenshot(page, 'device-manager-no-devices-en');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
