import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@portal/platform';
import { personIn } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * The main navigation follows the server's `me { viewerCan }` (issues 17 and 24): each role is
 * shown what the subgraphs let it use, and a page it may not use is not there.
 */
let browser: Browser;
let baseURL: string;

browserSuite({ timeoutMs: 120_000 }, (suite) => ({ browser, baseURL } = suite));

const MENUS: [string, string, string[], string[]][] = [
  // [e-mail, name, menu, pages that are not there]
  [
    'tech@service.example',
    'Tobias Tekniker',
    ['Overview', 'Devices', 'My orders', 'Help articles'],
    [
      '/stock',
      '/meter-readings',
      '/analytics',
      '/users',
      '/staff/accounts',
      '/staff/users',
      '/staff/removals',
      '/staff/shipments',
      '/invoices',
    ],
  ],
  [
    'planner@service.example',
    'Pia Planner',
    [
      'Overview',
      'Devices',
      'Order queue',
      'Toner stock',
      'Customers’ users',
      'Analytics',
      'Help articles',
    ],
    [
      '/meter-readings',
      '/users',
      '/staff/accounts',
      '/staff/removals',
      '/staff/shipments',
      '/invoices',
    ],
  ],
  [
    'agent@service.example',
    'Aksel Agent',
    [
      'Overview',
      'Devices',
      'Order queue',
      'Meter readings',
      'Toner stock',
      'Toner shipments',
      'Customers’ users',
      'Removal requests',
      'Analytics',
      'Help articles',
      'Customer accounts',
    ],
    ['/users', '/invoices'],
  ],
  [
    'anna.admin@nordiskprint.example',
    'Anna Andersen',
    [
      'Overview',
      'Devices',
      'Service orders',
      'Meter readings',
      'Toner stock',
      'Analytics',
      'Help articles',
      'Users',
      'Webhooks',
      'Invoices',
      'Account',
    ],
    ['/staff/orders', '/staff/accounts', '/staff/users', '/staff/removals', '/staff/shipments'],
  ],
];

it.each(MENUS)('shows %s (%s) its menu and no other pages', async (email, name, menu, absent) => {
  const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  expect(await nav.getByRole('link').allInnerTexts()).toEqual(menu);
  for (const path of absent) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  }
  expect(pageErrors).toEqual([]);
  await context.close();
});
