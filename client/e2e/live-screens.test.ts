import type { Browser, Page } from 'playwright-core';
import {
  createCustomer,
  createManagedDevice,
  createStaffUser,
  TEST_PASSWORD,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { orderFor } from '@portal/testkit/service-orders';
import { personIn } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Live screens: a change someone else makes shows on an open page without a reload, over the
 * gateway's server-sent events (/events), within 2 seconds of the change.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite({}, (suite) => ({ system, browser, baseURL } = suite));

/** A customer's Device Manager with one device, and the service centre's planner. */
let deviceManager: TestUser;
let device: { id: string };
let plannerUser: TestUser;

// The demo database holds the device model catalogue; the people and device are built here.
beforeAll(async () => {
  ({ device, deviceManager } = await createManagedDevice(
    system,
    await createCustomer(system),
    'Dennis Dahl',
  ));
  plannerUser = await createStaffUser(system, 'SERVICE_PLANNER', 'Pia Planner');
});

async function signIn(page: Page, email: string, labels: { password: string; submit: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(labels.password).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
}

it('shows the planner’s acknowledgement on the customer’s open order page within 2 s', async () => {
  const dennis = await deviceManager.signIn();
  const created = await system.graphql<{
    createServiceOrder: { serviceOrder: { id: string; number: string } };
  }>(
    `mutation ($input: CreateServiceOrderInput!) { createServiceOrder(input: $input) {
       serviceOrder { id number } } }`,
    { input: orderFor(device.id) },
    { token: dennis },
  );
  const { id, number } = created.data!.createServiceOrder.serviceOrder;

  // The customer's page, open in one browser context (Danish).
  const customer = await personIn(browser, baseURL, 'da-DK');
  await signIn(customer.page, deviceManager.email, {
    password: 'Adgangskode',
    submit: 'Log ind',
  });
  await customer.page.getByRole('heading', { level: 1, name: /Dennis Dahl/ }).waitFor();
  await customer.page.goto(`/service-orders/${encodeURIComponent(id)}`);
  await customer.page.getByRole('heading', { level: 1, name: `${number} Indsendt` }).waitFor();

  // The planner, in a second context, acknowledges it.
  const planner = await personIn(browser, baseURL, 'en-GB');
  await signIn(planner.page, plannerUser.email, {
    password: 'Password',
    submit: 'Sign in',
  });
  await planner.page.getByRole('heading', { level: 1, name: /Pia Planner/ }).waitFor();
  await planner.page.goto(`/service-orders/${encodeURIComponent(id)}`);
  await planner.page.getByRole('button', { name: 'Acknowledge' }).click();
  await planner.page.getByText('The order is acknowledged.').waitFor();

  // No reload: the open page shows the new status within 2 s of the mutation's answer.
  await customer.page
    .getByRole('heading', { level: 1, name: `${number} Bekræftet` })
    .waitFor({ timeout: 2000 });

  expect(customer.pageErrors).toEqual([]);
  expect(planner.pageErrors).toEqual([]);
  await customer.context.close();
  await planner.context.close();
});
