import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createCustomer,
  createUser,
  TEST_PASSWORD,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { personIn } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Passkeys in Chromium with its virtual authenticator (DevTools protocol WebAuthn domain): a
 * platform authenticator with resident keys and user verification, as a phone or laptop has.
 * WebAuthn needs a secure context and a domain as relying party: the portal at localhost.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;
/** A customer's user without a passkey, who adds one. */
let dorte: TestUser;

// No devices: an empty database, and the customer built here.
browserSuite(
  { mode: 'demo', demo: false, host: 'localhost' },
  (suite) => ({ system, browser, baseURL } = suite),
);

beforeAll(async () => {
  const customer = await createCustomer(system);
  dorte = await createUser(system, {
    organization: customer.organization.id,
    name: 'Dorte Bach',
    grants: [
      ['DEVICE_MANAGER', customer.accounts[0]!],
      ['STOCK_MANAGER', customer.accounts[0]!],
    ],
  });
});

async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const credentials = async () =>
    (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
  return { credentials };
}

async function password(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('passkeys in the web client', () => {
  it('registers a passkey, then signs in with it passwordless and as the second step', async () => {
    const email = dorte.email;
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    const authenticator = await virtualAuthenticator(context, page);

    await password(page, email);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('link', { name: 'Sign-in security' }).click();
    await page.getByLabel('Name of the new passkey (optional)').fill('Laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('The passkey is added.').waitFor();
    await page.getByTestId('passkeys').getByText('Laptop').waitFor();
    expect(await authenticator.credentials()).toHaveLength(1);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Password').waitFor();

    // Passwordless: the discoverable credential names the user.
    await page.getByRole('button', { name: 'Use a passkey instead' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getByText('Dorte').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Password').waitFor();

    // After the password the passkey is the second step.
    await password(page, email);
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
