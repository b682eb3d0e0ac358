import type { Browser, Page } from 'playwright-core';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  LARGE_FORMAT_MODEL,
  TEST_PASSWORD,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { orderFor, serviceOrderApi } from '@portal/testkit/service-orders';
import { accessibilityProblems } from './support/accessibility';
import { personIn } from './support/browser';
import { browserSuite } from './support/suite';
import { settled, watchRequests } from './support/visual';

/**
 * The main navigation follows the server's `me { viewerCan }` (issues 17 and 24): each role is
 * shown what the subgraphs let it use, and a page it may not use is not there. Every page of
 * each role's menu, the Administrator's settings pages, a device's, an order's (the customer's
 * and the service agent's view) and an article's page, the pages signed out (a link's refused
 * token included) and the partner playground have nothing axe calls critical or serious (WCAG
 * 2.1 A and AA).
 */
let browser: Browser;
let baseURL: string;

let system: TestSystem;

// The demo world holds the device model catalogue (and the help article checked); the people,
// the device and the order are built here.
browserSuite({ timeoutMs: 120_000 }, (suite) => ({ system, browser, baseURL } = suite));

type Who = 'technician' | 'planner' | 'agent' | 'administrator';
/** One person of each role whose menu is checked: names no demo colleague has. */
const people = {} as Record<Who, TestUser>;
/** The Administrator's device (large format, as the demo one was) and its order's page. */
let devicePage: string;
let orderPage: string;
beforeAll(async () => {
  const customer = await createCustomer(system);
  people.administrator = customer.administrator;
  people.technician = await createStaffUser(system, 'TECHNICIAN', 'Tage Tekniker');
  people.planner = await createStaffUser(system, 'SERVICE_PLANNER', 'Pernille Planner');
  people.agent = await createStaffUser(system, 'SERVICE_AGENT', 'Asta Agent');
  const device = await createDevice(system, customer.accounts[0]!, {
    agentToken: await people.agent.signIn(),
    modelId: LARGE_FORMAT_MODEL,
  });
  devicePage = `/devices/${device.id}`;
  const order = await serviceOrderApi(system).ok(await customer.administrator.signIn(), 'create', {
    input: orderFor(device.id, {
      type: 'BREAKDOWN',
      description: 'The fuser unit rattles and the prints smear on the left edge.',
    }),
  });
  orderPage = `/service-orders/${encodeURIComponent(order.id)}`;
});

/** How many rows the main menu's links take (a laptop's 1280 px should need one). */
async function menuRows(page: Page): Promise<number> {
  const tops = await page
    .getByRole('navigation', { name: /^(Main|Hovedmenu)$/ })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top));
  return new Set(tops).size;
}

/** Pages a role reaches other than from the main menu (settings, an editor, one of each kind). */
function more(who: Who): string[] {
  const pages: Partial<Record<Who, string[]>> = {
    agent: ['/knowledge/new', orderPage],
    administrator: [
      '/profile',
      '/security',
      '/notifications',
      '/settings/notifications',
      '/settings/single-sign-on',
      devicePage,
      orderPage,
      '/knowledge/paper-jam',
    ],
  };
  return pages[who] ?? [];
}

const MENUS: [Who, string[], string[]][] = [
  // [who, menu, pages that are not there]
  [
    'technician',
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
    'planner',
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
    'agent',
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
    'administrator',
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

it.each(MENUS)('shows the %s its menu and no other pages', async (who, menu, absent) => {
  const { email, name } = people[who];
  const { context, page, pageErrors } = await personIn(browser, baseURL, 'en-GB');
  const requests = watchRequests(page);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Main' });
  expect(await nav.getByRole('link').allInnerTexts()).toEqual(menu);
  const problems: string[] = [];
  for (const entry of menu) {
    await nav.getByRole('link', { name: entry, exact: true }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settled(page, requests);
    problems.push(...(await accessibilityProblems(page, `${email} ${entry}`)));
  }
  for (const path of more(who)) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settled(page, requests);
    problems.push(...(await accessibilityProblems(page, `${email} ${path}`)));
  }
  expect(problems).toEqual([]);
  for (const path of absent) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  }
  expect(pageErrors).toEqual([]);
  await context.close();
});

// The service agent's eleven entries are longer (about 1,500 px in English): they take two rows
// on a laptop, which the back office's desktops do not show.
it.each([
  ['da-DK', 'Adgangskode', 'Log ind', 'Velkommen'],
  ['en-GB', 'Password', 'Sign in', 'Welcome'],
] as const)(
  'fits the Administrator’s menu (%s) on one row of a 1280 px laptop',
  async (locale, password, signIn, welcome) => {
    const { context, page, pageErrors } = await personIn(browser, baseURL, locale);
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(people.administrator.email);
    await page.getByLabel(password).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: signIn }).click();
    await page
      .getByRole('heading', { level: 1, name: `${welcome}, ${people.administrator.name}` })
      .waitFor();
    expect(page.viewportSize()?.width).toBe(1280);
    expect(await menuRows(page)).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  },
);

it('has nothing critical or serious for axe signed out and in the playground', async () => {
  const { context, page, pageErrors } = await personIn(browser, baseURL, 'da-DK');
  const requests = watchRequests(page);
  const problems: string[] = [];
  // What shows that each page is there: GraphiQL loads after the playground's own header.
  const pages = {
    '/sign-in': 'h1',
    '/register': 'h1',
    '/forgot-password': 'h1',
    // A link's token that is not (or no longer) valid: the refusal and, for a confirmation,
    // the form to ask for a new one. The valid tokens' pages are checked in their journeys
    // (accounts.test.ts, portal.test.ts), as is the dev mailbox.
    '/confirm-email?token=not-a-token': 'form input[type=email]',
    '/reset-password': '[role=alert]',
    '/accept-invitation': '[role=alert]',
    '/playground': '.graphiql-container .line-numbers',
  };
  for (const [route, shown] of Object.entries(pages)) {
    await page.goto(route);
    await page.locator(shown).first().waitFor({ timeout: 30_000 });
    await settled(page, requests);
    problems.push(...(await accessibilityProblems(page, route)));
  }
  expect(problems).toEqual([]);
  expect(pageErrors).toEqual([]);
  await context.close();
});
