import type { Browser } from 'playwright-core';
import {
  createCustomer,
  createManagedDevice,
  createStaffUser,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { WebhookReceiver } from '@portal/testkit/webhook-receiver';
import { orderFor, serviceOrderApi } from '@portal/testkit/service-orders';
import { personIn } from './support/browser';
import { browserSuite } from './support/suite';

/** The Webhooks page as an Administrator uses it: register, copy the secret once, read the log. */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite({}, (suite) => ({ system, browser, baseURL } = suite));

/** The Administrator's customer, a Device Manager of its who orders service, and a planner. */
let customer: TestCustomer;
let device: { id: string };
let deviceManager: TestUser;
let planner: TestUser;

// The demo database holds the device model catalogue; the people and device are built here.
beforeAll(async () => {
  customer = await createCustomer(system);
  ({ device, deviceManager } = await createManagedDevice(system, customer, 'Dennis Dahl'));
  planner = await createStaffUser(system, 'SERVICE_PLANNER');
});

it('registers an endpoint, shows its secret once and its delivery log', async () => {
  const receiver = new WebhookReceiver();
  const url = await receiver.start();
  const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
  try {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(customer.administrator.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();

    const form = page.getByRole('form', { name: 'Add endpoint' });
    await form.getByLabel('Account').selectOption(customer.accounts[0]!.id);
    await form.getByLabel(/^URL/).fill('ftp://erp.example/hooks');
    await form.getByLabel('Service order status changed').check();
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await form.getByText('Enter a full URL starting with https://').waitFor();

    await form.getByLabel(/^URL/).fill(url);
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = await page.getByTestId('webhook-secret').innerText();
    expect(secret).toMatch(/^whsec_/);
    receiver.secrets = [secret];
    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);

    const api = serviceOrderApi(system);
    const order = await api.ok(await deviceManager.signIn(), 'create', {
      input: orderFor(device.id),
    });
    await api.ok(await planner.signIn(), 'acknowledge', { id: order.id });
    await receiver.until((r) => r.length === 1);
    expect(receiver.received[0]!.signedBy).toEqual([secret]);

    const endpoint = page.getByRole('article', { name: url });
    await endpoint.getByRole('button', { name: 'Delivery log' }).click();
    await endpoint.getByRole('rowheader', { name: /Service order status changed/ }).waitFor();
    await endpoint.getByText('Delivered', { exact: true }).waitFor();
    await endpoint.getByText(/HTTP 200/).waitFor();
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
    await receiver.stop();
  }
});
