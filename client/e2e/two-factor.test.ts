import type { Browser, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import {
  createCustomer,
  createUser,
  TEST_PASSWORD,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/** Two-step sign-in as people use it: enrol an authenticator app, then sign in with it. */
let system: TestSystem;
let browser: Browser;
let baseURL: string;
/** A customer's Self-Service user without two-step sign-in, who turns it on. */
let sune: TestUser;

// No devices: an empty database, and the customer built here.
browserSuite({ mode: 'demo', demo: false }, (suite) => ({ system, browser, baseURL } = suite));

beforeAll(async () => {
  const customer = await createCustomer(system);
  sune = await createUser(system, {
    organization: customer.organization.id,
    name: 'Sune Skov',
    grants: [['SELF_SERVICE_USER', customer.accounts[0]!]],
  });
});

/** The app's code, `steps` periods from now (the server accepts one step either way). */
const codeFor = (secret: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

async function password(page: Page, email: string, labels = EN) {
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
}

/** Signs out and waits for the sign-in page, so the next sign-in does not race the sign-out. */
async function signOut(page: Page, labels = EN) {
  await page.getByRole('button', { name: labels.signOut }).click();
  await page.getByLabel(labels.password).waitFor();
}

async function secondFactor(page: Page, code: string, labels = EN) {
  await page.getByLabel(labels.code).fill(code);
  await page.getByRole('button', { name: labels.submit }).click();
}

const EN = {
  email: 'E-mail',
  password: 'Password',
  submit: 'Sign in',
  code: 'Code or recovery code',
  signOut: 'Sign out',
};
const DA = {
  email: 'E-mail',
  password: 'Adgangskode',
  submit: 'Log ind',
  code: 'Kode eller gendannelseskode',
  signOut: 'Log ud',
};

describe('two-step sign-in in the web client', () => {
  it('enrols an app, then signs in with a code and with a recovery code that works once', async () => {
    const email = sune.email;
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await password(page, email);
    await page.getByRole('button', { name: EN.signOut }).waitFor();

    await page.getByRole('link', { name: 'Sign-in security' }).click();
    await page.getByText('Two-step sign-in is off.').waitFor();
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code for the authenticator app' }).waitFor();
    expect(await page.locator('.qr-code svg').count()).toBe(1);
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    await page.getByLabel('Code from the app').fill(codeFor(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    const recoveryCodes = (await codes.allInnerTexts()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    await screenshot(page, 'two-factor-recovery-codes');
    await page.getByRole('button', { name: 'I have saved the codes' }).click();
    await page.getByText('Two-step sign-in is on.').waitFor();
    await signOut(page);

    // A code from the app (the next step's: the enrolment used this one).
    await password(page, email);
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    await secondFactor(page, codeFor(secret, 1));
    await signOut(page);

    // A recovery code, once.
    await password(page, email);
    await secondFactor(page, recoveryCodes[0]!);
    await signOut(page);
    await password(page, email);
    await secondFactor(page, recoveryCodes[0]!);
    await page
      .getByText('The code is not right. Check the app (or the recovery code) and try again.')
      .waitFor();
    expect(await page.getByRole('button', { name: EN.signOut }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();

    // In Danish, with another recovery code.
    const dansk = await personIn(browser, baseURL, 'da-DK');
    await password(dansk.page, email, DA);
    await dansk.page.getByRole('heading', { name: 'Totrinslogin' }).waitFor();
    await secondFactor(dansk.page, recoveryCodes[1]!, DA);
    await dansk.page.getByRole('button', { name: DA.signOut }).waitFor();
    expect(dansk.pageErrors).toEqual([]);
    await dansk.context.close();
  });
});
