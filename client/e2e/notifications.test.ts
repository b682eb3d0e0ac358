import type { Browser } from 'playwright-core';
import {
  createCustomer,
  createManagedDevice,
  createStaffUser,
  TEST_PASSWORD,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { orderFor, serviceOrderApi, visitTime } from '@portal/testkit/service-orders';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/** The notification list and unread count, in the built client against a real system. */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

/** A Device Manager who raises an order on his device, and the staff who plan its visit. */
let dennis: TestUser;
let device: { id: string };
let planner: TestUser;
/** A name no demo colleague has: the notification names him. */
let technician: TestUser;

// The demo world holds the device model catalogue; everything the test looks at is built here.
browserSuite({ mode: 'demo' }, (suite) => ({ system, browser, baseURL } = suite));

beforeAll(async () => {
  ({ device, deviceManager: dennis } = await createManagedDevice(
    system,
    await createCustomer(system),
    'Dennis Device',
  ));
  planner = await createStaffUser(system, 'SERVICE_PLANNER', 'Pernille Planner');
  technician = await createStaffUser(system, 'TECHNICIAN', 'Tove Tekniker');
});

it('shows the unread count in the header, the list, and marks them read', async () => {
  const api = serviceOrderApi(system);
  // The user's mails and list read English; users read Danish by default.
  await system.identity.dataSource.query(
    `UPDATE identity.app_user SET language = 'en' WHERE email = $1`,
    [dennis.email],
  );
  const [dennisToken, plannerToken] = await Promise.all([dennis.signIn(), planner.signIn()]);
  const order = await api.ok(dennisToken, 'create', { input: orderFor(device.id) });
  await api.ok(plannerToken, 'acknowledge', { id: order.id });
  await api.ok(plannerToken, 'schedule', {
    id: order.id,
    visitAt: visitTime(),
    technicianId: technician.id,
    technicianName: technician.name,
  });

  const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(dennis.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Events reach identity asynchronously: the header asks again on every page change.
  const header = page.locator('.site-header');
  const deadline = Date.now() + 15_000;
  while (
    !(await header.getByRole('link', { name: 'Notifications (2 unread)' }).count()) &&
    Date.now() < deadline
  ) {
    await page.waitForTimeout(500);
    await page.goto('/knowledge');
  }
  await header.getByRole('link', { name: 'Notifications (2 unread)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
  const list = page.getByRole('list', { name: 'Notifications' });
  // The list arrives after the page's heading.
  await list.getByRole('heading').first().waitFor();
  expect(await list.getByRole('heading').allInnerTexts()).toEqual([
    `Unread Service visit scheduled: ${order.number}`,
    `Unread Service order ${order.number} is acknowledged`,
  ]);
  await list.getByText(`The technician is ${technician.name}.`).waitFor();
  await screenshot(page, 'notifications');

  await list.getByRole('button', { name: 'Mark read' }).first().click();
  await header.getByRole('link', { name: 'Notifications (1 unread)' }).waitFor();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await header.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
  // The list asks again after the mutation: no item is marked unread any more.
  await list.locator('.badge').first().waitFor({ state: 'detached' });
  expect(await list.locator('.badge').count()).toBe(0);

  // The settings page: one switch per type, saved at once.
  await page.getByRole('link', { name: 'Notification settings' }).click();
  const visits = page.getByRole('checkbox', {
    name: 'A technician visit is planned for a service order I raised',
  });
  await visits.waitFor();
  expect(await visits.isChecked()).toBe(true);
  await visits.uncheck();
  await page.getByRole('status').getByText('Your choice is saved.').waitFor();
  const stored = await system.graphql<{
    notificationPreferences: { type: string; enabled: boolean }[];
  }>(`{ notificationPreferences { type enabled } }`, {}, { token: dennisToken });
  expect(stored.data!.notificationPreferences).toContainEqual({
    type: 'SERVICE_VISIT_SCHEDULED',
    enabled: false,
  });
  expect(pageErrors).toEqual([]);
  await context.close();
});
