import type { Browser, Page } from 'playwright-core';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  LARGE_FORMAT_MODEL,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { orderFor, serviceOrderApi, visitTime } from '@portal/testkit/service-orders';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Issue 21: the planner narrows the queue (technician, text) and reads the problem text; the
 * technician's "My orders" holds the orders planned for him and no other.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

/** The customer who raises both orders, on a device of its own each. */
let customer: TestCustomer;
let devices: { id: string }[];
let planner: TestUser;
/** The technician the planner plans one order for: a name no demo colleague has. */
let technician: TestUser;

// The demo world holds the device model catalogue; everything the test looks at is built here.
browserSuite({ mode: 'demo' }, (suite) => ({ system, browser, baseURL } = suite));

beforeAll(async () => {
  customer = await createCustomer(system);
  const account = customer.accounts[0]!;
  const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  devices = [
    await createDevice(system, account, { agentToken: agent }),
    await createDevice(system, account, { agentToken: agent, modelId: LARGE_FORMAT_MODEL }),
  ];
  planner = await createStaffUser(system, 'SERVICE_PLANNER', 'Pernille Planner');
  technician = await createStaffUser(system, 'TECHNICIAN', 'Tove Tekniker');
});

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('the order queue by role', () => {
  it('shows the technician only his orders; the planner filters by technician and text', async () => {
    const api = serviceOrderApi(system);
    const [admin, plannerToken] = await Promise.all([
      customer.administrator.signIn(),
      planner.signIn(),
    ]);
    const his = await api.ok(admin, 'create', {
      input: orderFor(devices[0]!.id, { description: 'Fuser rattles loudly at start-up' }),
    });
    const notHis = await api.ok(admin, 'create', {
      input: orderFor(devices[1]!.id, { description: 'Plotter cuts the roll at an angle' }),
    });
    await api.ok(plannerToken, 'acknowledge', { id: his.id });
    await api.ok(plannerToken, 'schedule', {
      id: his.id,
      visitAt: visitTime(),
      technicianId: technician.id,
    });

    const pernille = await personIn(browser, baseURL, 'en-GB');
    await signIn(pernille.page, planner.email);
    await pernille.page.goto('/staff/orders');
    await pernille.page.getByRole('cell', { name: 'Plotter cuts the roll at an angle' }).waitFor();
    const filters = pernille.page.getByRole('form', { name: 'Filter the queue' });
    await filters.getByLabel('Technician').selectOption({ label: technician.name });
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    // The other technician-less order leaves the list once the filtered answer is in.
    await pernille.page
      .getByRole('cell', { name: 'Plotter cuts the roll at an angle' })
      .waitFor({ state: 'detached' });
    await pernille.page.getByRole('cell', { name: 'Fuser rattles loudly at start-up' }).waitFor();
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await filters.getByLabel(/^Order number, problem/).fill(notHis.number);
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    await pernille.page.getByRole('link', { name: his.number }).waitFor({ state: 'detached' });
    await pernille.page.getByRole('link', { name: notHis.number }).waitFor();
    await screenshot(pernille.page, 'planner-queue-filtered-en');
    expect(pernille.pageErrors).toEqual([]);
    await pernille.context.close();

    const tove = await personIn(browser, baseURL, 'en-GB');
    await signIn(tove.page, technician.email);
    await tove.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My orders' })
      .click();
    await tove.page.getByRole('heading', { level: 1, name: 'My orders' }).waitFor();
    await tove.page.getByRole('link', { name: his.number }).waitFor();
    await tove.page.getByRole('cell', { name: 'Fuser rattles loudly at start-up' }).waitFor();
    // Every order listed is his: the API's answer, which the page shows.
    const listed = await tove.page.locator('tbody tr td:first-child a').allInnerTexts();
    const token = await technician.signIn();
    const own = await system.graphql<{
      serviceOrders: { edges: { node: { number: string; technician: { id: string } | null } }[] };
    }>(
      `{ serviceOrders(first: 100, filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS] }) { edges { node { number technician { id } } } } }`,
      {},
      { token },
    );
    const numbers = own.data!.serviceOrders.edges.map((e) => e.node);
    expect(numbers.every((o) => o.technician?.id === technician.id)).toBe(true);
    expect(listed.sort()).toEqual(numbers.map((o) => o.number).sort());
    expect(listed).not.toContain(notHis.number);
    expect(await tove.page.getByLabel('Technician').count()).toBe(0);
    await screenshot(tove.page, 'technician-my-orders-en');
    expect(tove.pageErrors).toEqual([]);
    await tove.context.close();
  });
});
