import type { Browser } from 'playwright-core';
import { createCustomer, type TestCustomer, type TestSystem } from '@portal/testkit';
import { startTestProvider, type TestProvider } from '@portal/testkit/oidc';
import { personIn } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Single sign-on in Chromium: the portal sends the browser to a real OpenID provider
 * (oidc-provider on loopback, its own login and consent pages), which sends it back signed in.
 */
let browser: Browser;
let baseURL: string;
let system: TestSystem;
let provider: TestProvider;
/** The customer that signs in through its provider, on its own e-mail domain. */
const DOMAIN = 'printhouse.example';
let customer: TestCustomer;
/** Another customer, on a domain without a provider. */
let other: TestCustomer;

// No devices: an empty database, and both customers built here.
browserSuite({ mode: 'demo', demo: false }, (suite) => ({ browser, baseURL, system } = suite));

beforeAll(async () => {
  provider = await startTestProvider([
    {
      client_id: 'portal',
      client_secret: 'browser-test-client-secret',
      redirect_uris: [`${baseURL}/sign-in/sso`],
    },
  ]);
  customer = await createCustomer(system, { domain: DOMAIN });
  other = await createCustomer(system, { domain: 'fjordhaus.example' });
  // The customer's Administrator sets it up for the domain of her own e-mail.
  const admin = await customer.administrator.signIn();
  const configured = await system.graphql<{
    configureSingleSignOn: { userErrors: { code: string }[] };
  }>(
    `mutation ($input: SingleSignOnInput!) { configureSingleSignOn(input: $input) { userErrors { code } } }`,
    {
      input: {
        issuer: provider.issuer,
        clientId: 'portal',
        clientSecret: 'browser-test-client-secret',
        domains: [DOMAIN],
        passwordsDisabled: false,
      },
    },
    { token: admin },
  );
  expect(configured.data!.configureSingleSignOn.userErrors).toEqual([]);
  await provider.account('emp-4711', { email: `eva.sso@${DOMAIN}`, name: 'Eva Single' });
});
afterAll(async () => {
  await provider?.stop();
});

describe('single sign-on in the web client', () => {
  it("signs a new user in through the organisation's provider and lands on the overview", async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(`eva.sso@${DOMAIN}`);
    await page.getByRole('button', { name: 'Continue with single sign-on' }).click();

    // The provider's own pages: its login form (the login is the subject) and its consent.
    await page.waitForURL(`${provider.issuer}/**`);
    await page.locator('input[name="login"]').fill('emp-4711');
    await page.locator('input[name="password"]').fill('whatever the provider asks');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { name: 'Welcome, Eva Single' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('tells a user whose domain has no provider to use the password', async () => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(other.administrator.email);
    await page.getByRole('button', { name: 'Fortsæt med single sign-on' }).click();
    await page
      .getByText(
        'Din e-mails organisation bruger ikke single sign-on her. Log ind med din adgangskode.',
      )
      .waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
