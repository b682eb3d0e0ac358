import type { Browser, Page } from 'playwright-core';
import type { CustomerRole } from '@portal/platform';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createUser,
  newAddress,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { accessibilityProblems } from './support/accessibility';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Accounts people run themselves (issue 19), in the built client against a real system with
 * the dev mailbox: forgot password, change password, and the profile's mail language.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite(
  { devMailboxDir: process.env.PORTAL_TEST_MAIL_DIR, mode: 'demo' },
  (suite) => ({ system, browser, baseURL } = suite),
);

/** The customer whose Administrator invites and manages, with a device to register with. */
let customer: TestCustomer;
let device: { serialNumber: string };
/** Its users who look after their own accounts, and the one the Administrator disables. */
let sune: TestUser;
let dorte: TestUser;
let dennis: TestUser;
/** A member of staff: the profile's mail language is not only customers'. */
let technician: TestUser;

// The demo world holds the device model catalogue; everything the tests look at is built here.
beforeAll(async () => {
  customer = await createCustomer(system);
  const account = customer.accounts[0]!;
  device = await createDevice(system, account);
  const user = (name: string, roles: CustomerRole[]) =>
    createUser(system, {
      organization: customer.organization.id,
      name,
      grants: roles.map((role) => [role, account]),
    });
  sune = await user('Sune Skov', ['SELF_SERVICE_USER']);
  dorte = await user('Dorte Bach', ['DEVICE_MANAGER', 'STOCK_MANAGER']);
  dennis = await user('Dennis Dahl', ['DEVICE_MANAGER']);
  technician = await createStaffUser(system, 'TECHNICIAN', 'Theo Tekniker');
});

/** A regular expression matching the text literally. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function signIn(page: Page, email: string, password = TEST_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^(Password|Adgangskode)/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Log ind)$/ }).click();
}

/** The API answers 401 to a revoked session (the gateway caches a principal for a second). */
async function apiStatus(token: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1100));
  return (await system.graphql('{ me { email } }', {}, { token })).status;
}

describe('accounts people run themselves', () => {
  it('forgot password: mail in the dev mailbox, new password, signed in, old sessions gone', async () => {
    const email = sune.email;
    const oldToken = await sune.signIn();
    const old = await personIn(browser, baseURL, 'en-GB');
    await signIn(old.page, email);
    await old.page.getByRole('heading', { level: 1, name: 'Welcome, Sune Skov' }).waitFor();

    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The sign-in page has an E-mail field too: fill the one of the page the link opened.
    await page.waitForURL('**/forgot-password');
    await page.getByRole('button', { name: 'Send the link' }).waitFor();
    // A mistyped address is refused at the field before anything is sent, and the refusal goes
    // as soon as the address is right.
    const field = page.getByLabel('E-mail');
    await field.fill(email.replace(/\.example$/, ''));
    await page.getByRole('button', { name: 'Send the link' }).click();
    const refusal = page.getByText('Enter an e-mail address such as name@company.dk.');
    await refusal.waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill(email);
    await refusal.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page
      .getByText(`If ${email} belongs to a user, an e-mail with a link is on its way.`, {
        exact: false,
      })
      .waitFor();
    await screenshot(page, 'forgot-password');

    // The mailbox shows every mail of the run (other test files' too): Sune's alone.
    await page.goto('/mailbox');
    await page.getByLabel('Only mail to (e-mail address)').fill(email);
    await page
      .getByRole('button', {
        name: new RegExp(`Vælg en ny adgangskode til Canon Self-Service.*${literally(email)}`),
      })
      .first()
      .click();
    await page.getByRole('link', { name: 'Choose a new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(await accessibilityProblems(page, '/reset-password')).toEqual([]);
    await page.getByLabel(/^New password/).fill('Blå toner på tredje sal 2026');
    await page.getByLabel(/^Repeat the password/).fill('Blå toner på tredje sal 2026');
    await page.getByRole('button', { name: 'Save the new password and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Sune Skov' }).waitFor();

    // Every earlier session ended: the API token, and the other browser after a reload.
    expect(await apiStatus(oldToken)).toBe(401);
    await old.page.reload();
    await old.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await old.context.close();

    // Only this browser is left on the profile page.
    await page.getByRole('link', { name: 'Your profile' }).click();
    const sessions = page.getByRole('region', { name: 'Where you are signed in' });
    await sessions.getByText('This browser').waitFor();
    expect(await sessions.getByRole('row').count()).toBe(2);
    await screenshot(page, 'profile');
    // The notice of the change is in the mailbox too (sent a moment later: the page looks again).
    await page.goto('/mailbox');
    await page.getByLabel('Only mail to (e-mail address)').fill(email);
    await page
      .getByRole('button', {
        name: new RegExp(`Din adgangskode til Canon Self-Service er ændret.*${literally(email)}`),
      })
      .first()
      .waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('changes the password on the profile page, in Danish, signing out the other sessions', async () => {
    const email = dorte.email;
    const otherToken = await dorte.signIn();
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
    await signIn(page, email);
    await page.getByRole('heading', { level: 1, name: 'Velkommen, Dorte Bach' }).waitFor();
    await page.getByRole('link', { name: 'Din profil' }).click();
    const form = page.getByRole('form', { name: 'Skift adgangskode' });
    await form.getByLabel(/^Nuværende adgangskode/).fill('forkert adgangskode');
    await form.getByLabel(/^Ny adgangskode/).fill('Grøn kaffe ved printeren 7');
    await form.getByLabel(/^Gentag adgangskoden/).fill('Grøn kaffe ved printeren 7');
    await form.getByRole('button', { name: 'Skift adgangskode' }).click();
    await form.getByText('Den nuværende adgangskode er ikke rigtig.').waitFor();
    await form.getByLabel(/^Nuværende adgangskode/).fill(TEST_PASSWORD);
    await form.getByRole('button', { name: 'Skift adgangskode' }).click();
    await form.getByText('Din adgangskode er skiftet, og 1 anden session er logget ud.').waitFor();
    expect(await apiStatus(otherToken)).toBe(401);
    // This browser stays signed in.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Din profil' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('sends mail in the language chosen on the profile', async () => {
    const email = technician.email;
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await signIn(page, email);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Theo Tekniker' }).waitFor();
    await page.getByRole('link', { name: 'Your profile' }).click();
    const details = page.getByRole('form', { name: 'Your details' });
    await details.getByLabel(/^Phone/).fill('+45 70 10 20 30');
    await details.getByLabel('Language of your e-mails').selectOption('en');
    await details.getByRole('button', { name: 'Save details' }).click();
    await details.getByText('Your details are saved.').waitFor();

    await page.goto('/forgot-password');
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(/an e-mail with a link is on its way/).waitFor();
    await page.goto('/mailbox');
    await page
      .getByRole('button', {
        name: new RegExp(`Choose a new password for Canon Self-Service.*${literally(email)}`),
      })
      .first()
      .waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets an Administrator re-send and withdraw an invitation, and re-enable a disabled user', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    const admin = customer.administrator;
    const miaMail = newAddress(customer, 'mia.madsen');
    await signIn(page, admin.email);
    await page.getByRole('heading', { level: 1, name: `Welcome, ${admin.name}` }).waitFor();
    await page.goto('/users');
    const invite = page.getByRole('form', { name: 'Invite a user' });
    await invite.getByLabel(/^Name\b/).fill('Mia Madsen');
    await invite.getByLabel(/^E-mail\b/).fill(miaMail);
    await invite
      .getByLabel(`Self-Service user on ${customer.accounts[0]!.customerAccountNumber}`)
      .check();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`The invitation is on its way to ${miaMail}.`).waitFor();

    // One invitation a minute per user: let the next one go at once.
    await system.identity.dataSource.query(
      `UPDATE identity.email_token SET created_at = created_at - interval '2 minutes'`,
    );
    await page
      .getByRole('row', { name: /Mia Madsen/ })
      .getByRole('button', { name: 'Manage Mia Madsen' })
      .click();
    const panel = page.getByRole('region', { name: 'Mia Madsen' });
    await panel.getByRole('button', { name: 'Send the invitation again' }).click();
    await panel
      .getByText(`A new invitation is on its way to ${miaMail}; the previous link no longer works.`)
      .waitFor();
    await panel.getByRole('button', { name: 'Withdraw the invitation' }).click();
    await panel.getByRole('button', { name: 'Yes, withdraw' }).click();
    await page.getByText('The invitation of Mia Madsen is withdrawn.').waitFor();
    await eventuallyNone(page, /Mia Madsen/);

    await page
      .getByRole('row', { name: /Dennis Dahl/ })
      .getByRole('button', { name: 'Manage Dennis Dahl' })
      .click();
    const dennisPanel = page.getByRole('region', { name: 'Dennis Dahl' });
    await dennisPanel.getByRole('button', { name: 'Disable user' }).click();
    await dennisPanel.getByRole('button', { name: 'Yes, disable' }).click();
    await dennisPanel.getByText('Dennis Dahl is disabled.').waitFor();
    await dennisPanel.getByRole('button', { name: 'Enable user' }).click();
    await dennisPanel.getByText('Dennis Dahl can sign in again.').waitFor();
    await page
      .getByRole('row', { name: /Dennis Dahl/ })
      .getByText('Active')
      .waitFor();
    expect(await dennis.signIn()).toEqual(expect.any(String));
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

/** Waits until no table row matches (the list reloads after the change). */
async function eventuallyNone(page: Page, name: RegExp): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await page.getByRole('row', { name }).count()) > 0) {
    if (Date.now() > deadline) throw new Error(`a row ${name} is still listed`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('forms tell everything wrong at once, and each error goes when its field is fixed', () => {
  /** The messages shown under the fields, in page order. */
  const fieldErrors = (page: Page) => page.locator('.field__error').allInnerTexts();

  it('registration: every missing field at once, before anything is sent', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await page.goto('/register');
    let sent = 0;
    page.on('request', (request) => {
      if (/"operationName":"Register"/.test(request.postData() ?? '')) sent++;
    });
    await page.getByLabel(/^E-mail\b/).fill('not-an-address');
    await page.getByLabel(/^New password/).fill('short');
    await page.getByRole('button', { name: 'Register' }).click();
    expect(await fieldErrors(page)).toEqual([
      'Enter the name.',
      'Enter an e-mail address such as name@company.dk.',
      'Use at least 12 characters.',
      'The two passwords are not the same.',
      'Enter the customer account number.',
      'Enter the serial number.',
    ]);
    expect(sent).toBe(0);
    // Every marked field is required, and marked the same way.
    for (const label of await page.locator('.field label').allInnerTexts())
      expect(label).toMatch(/ \*$/);
    // Focus goes to the first field to fix.
    expect(await page.getByLabel(/^Name\b/).evaluate((e) => e === document.activeElement)).toBe(
      true,
    );

    // Fixing a field takes its message away at once; the others stay.
    await page.getByLabel(/^Name\b/).fill('Rikke Rask');
    await page.getByLabel(/^E-mail\b/).fill(newAddress(customer, 'rikke.rask'));
    expect(await fieldErrors(page)).toEqual([
      'Use at least 12 characters.',
      'The two passwords are not the same.',
      'Enter the customer account number.',
      'Enter the serial number.',
    ]);
    await page.getByLabel(/^New password/).fill('Toner i skuffen 2026');
    await page.getByLabel(/^Repeat the password/).fill('Toner i skuffen 2026');
    await page
      .getByLabel('Customer account number')
      .fill(customer.accounts[0]!.customerAccountNumber);
    await page.getByLabel('Serial number of one of your devices').fill(device.serialNumber);
    expect(await fieldErrors(page)).toEqual([]);
    // Now it is sent, once.
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your e-mail' }).waitFor();
    expect(sent).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a service order: the contact is the signed-in customer; missing fields all at once', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    const admin = customer.administrator;
    await signIn(page, admin.email);
    await page.getByRole('heading', { level: 1, name: `Welcome, ${admin.name}` }).waitFor();
    await page.goto('/service-orders');
    await page.getByRole('button', { name: 'Raise a service order' }).click();
    const form = page.getByRole('form', { name: 'Raise a service order' });
    expect(await form.getByLabel(/^On-site contact/).inputValue()).toBe(admin.name);
    expect(await form.getByLabel(/^Contact e-mail/).inputValue()).toBe(admin.email);
    await form.getByLabel(/^On-site contact/).fill('');
    await form.getByRole('button', { name: 'Send order' }).click();
    expect(await form.locator('.field__error').allInnerTexts()).toEqual([
      'Choose a device',
      'Enter the description.',
      'Enter the contact name.',
      'Enter the contact phone.',
    ]);
    await form.getByLabel(/^What is wrong\?/).fill('Streaks on every copy.');
    expect(await form.locator('.field__error').allInnerTexts()).toEqual([
      'Choose a device',
      'Enter the contact name.',
      'Enter the contact phone.',
    ]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
