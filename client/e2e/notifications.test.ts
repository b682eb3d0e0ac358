import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@portal/platform';
import type { TestSystem } from '@portal/testkit';
import { orderInput, serviceOrderApi, TECHNICIAN, visitTime } from '@portal/testkit/service-orders';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/** The notification list and unread count, in the built client against a real system. */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite({ mode: 'demo' }, (suite) => ({ system, browser, baseURL } = suite));

it('shows the unread count in the header, the list, and marks them read', async () => {
  const api = serviceOrderApi(system);
  // The user's mails and list read English; the demo users read Danish by default.
  await system.identity.dataSource.query(
    `UPDATE identity.app_user SET language = 'en' WHERE email = 'dennis.device@nordiskprint.example'`,
  );
  const [dennis, planner] = await Promise.all([
    system.signIn('dennis.device@nordiskprint.example'),
    system.signIn('planner@service.example'),
  ]);
  const order = await api.ok(dennis, 'create', { input: orderInput('NP1000001') });
  await api.ok(planner, 'acknowledge', { id: order.id });
  await api.ok(planner, 'schedule', {
    id: order.id,
    visitAt: visitTime(),
    technicianId: TECHNICIAN,
    technicianName: 'Tobias Tekniker',
  });

  const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill('dennis.device@nordiskprint.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
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
  await list.getByText('The technician is Tobias Tekniker.').waitFor();
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
  }>(`{ notificationPreferences { type enabled } }`, {}, { token: dennis });
  expect(stored.data!.notificationPreferences).toContainEqual({
    type: 'SERVICE_VISIT_SCHEDULED',
    enabled: false,
  });
  expect(pageErrors).toEqual([]);
  await context.close();
});
