import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@portal/platform';
import type { TestSystem } from '@portal/testkit';
import { tokenIn, waitForMail } from '@portal/testkit';
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

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('Device Managers in the web client', () => {
  it('assigns every device of a site at invitation', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, 'anna.admin@nordiskprint.example', DEMO_PASSWORD);
    await page.goto('/users');
    const invite = page.getByRole('form', { name: 'Invite a user' });
    await invite.getByLabel(/^Name\b/).fill('Dagmar Drift');
    await invite.getByLabel(/^E-mail\b/).fill('dagmar.drift@nordiskprint.example');
    await invite.getByLabel('Device Manager on 100200').check();
    await invite.getByLabel('Device Manager on 100201').check();
    const picker = invite.getByRole('group', { name: 'Devices to manage' });
    await picker.getByLabel('Site').selectOption(AARHUS);
    await picker.getByRole('button', { name: 'Select all 3 shown' }).click();
    await picker.getByText('3 devices selected').waitFor();
    await screenshot(page, 'invite-device-manager-site-en');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page
      .getByText('The invitation is on its way to dagmar.drift@nordiskprint.example.')
      .waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();

    const token = await system.signIn('anna.admin@nordiskprint.example');
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
    const dagmar = users.data!.organization.users.edges.find(
      (e) => e.node.email === 'dagmar.drift@nordiskprint.example',
    )!;
    expect(dagmar.node.assignedDevices.map((d) => d.serialNumber).sort()).toEqual([
      'NP2000001',
      'NP2000002',
      'NP2000003',
    ]);
  });

  it('tells a Device Manager without devices why, and whom to ask', async () => {
    const anna = await system.signIn('anna.admin@nordiskprint.example');
    const accounts = await system.graphql<{
      accounts: { id: string; customerAccountNumber: string }[];
    }>('{ accounts { id customerAccountNumber } }', {}, { token: anna });
    const account = accounts.data!.accounts.find((a) => a.customerAccountNumber === '100200')!.id;
    await system.graphql(
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
      {
        input: {
          email: 'niels.nul@nordiskprint.example',
          name: 'Niels Nul',
          language: 'en',
          grants: [{ role: 'DEVICE_MANAGER', accountId: account }],
        },
      },
      { token: anna },
    );
    const mail = await waitForMail('niels.nul@nordiskprint.example');
    const password = 'Ingen printere endnu 4!';
    const accepted = await system.graphql<{ acceptInvitation: { userErrors: unknown[] } }>(
      `mutation ($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { userErrors { code } } }`,
      { t: tokenIn(mail), p: password },
    );
    expect(accepted.data!.acceptInvitation.userErrors).toEqual([]);

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, 'niels.nul@nordiskprint.example', password);
    await page.goto('/devices');
    await page.getByText('No devices are assigned to you yet.', { exact: false }).waitFor();
    await page
      .getByText('Ask Anna Andersen, your organisation’s primary contact, to assign them:')
      .waitFor();
    await page.getByRole('link', { name: 'anna.admin@nordiskprint.example' }).waitFor();
    await screenshot(page, 'device-manager-no-devices-en');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
