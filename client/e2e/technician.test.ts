import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@portal/platform';
import type { TestSystem } from '@portal/testkit';
import { orderInput, serviceOrderApi, TECHNICIAN, visitTime } from '@portal/testkit/service-orders';
import { personIn, screenshot } from './support/browser';
import { browserSuite } from './support/suite';

/**
 * Issue 21: the planner narrows the queue (technician, text) and reads the problem text; the
 * technician's "My orders" holds the orders planned for him and no other.
 */
let system: TestSystem;
let browser: Browser;
let baseURL: string;

browserSuite({ mode: 'demo' }, (suite) => ({ system, browser, baseURL } = suite));

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('the order queue by role', () => {
  it('shows the technician only his orders; the planner filters by technician and text', async () => {
    const api = serviceOrderApi(system);
    const [anna, planner] = await Promise.all([
      system.signIn('anna.admin@nordiskprint.example'),
      system.signIn('planner@service.example'),
    ]);
    const his = await api.ok(anna, 'create', {
      input: orderInput('NP1000005', { description: 'Fuser rattles loudly at start-up' }),
    });
    const notHis = await api.ok(anna, 'create', {
      input: orderInput('NP1000006', { description: 'Plotter cuts the roll at an angle' }),
    });
    await api.ok(planner, 'acknowledge', { id: his.id });
    await api.ok(planner, 'schedule', {
      id: his.id,
      visitAt: visitTime(),
      technicianId: TECHNICIAN,
    });

    const pia = await personIn(browser, baseURL, 'en-GB');
    await signIn(pia.page, 'planner@service.example');
    await pia.page.goto('/staff/orders');
    await pia.page.getByRole('cell', { name: 'Plotter cuts the roll at an angle' }).waitFor();
    const filters = pia.page.getByRole('form', { name: 'Filter the queue' });
    await filters.getByLabel('Technician').selectOption({ label: 'Tobias Tekniker' });
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    // The other technician-less order leaves the list once the filtered answer is in.
    await pia.page
      .getByRole('cell', { name: 'Plotter cuts the roll at an angle' })
      .waitFor({ state: 'detached' });
    await pia.page.getByRole('cell', { name: 'Fuser rattles loudly at start-up' }).waitFor();
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await filters.getByLabel(/^Order number, problem/).fill(notHis.number);
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    await pia.page.getByRole('link', { name: his.number }).waitFor({ state: 'detached' });
    await pia.page.getByRole('link', { name: notHis.number }).waitFor();
    await screenshot(pia.page, 'planner-queue-filtered-en');
    expect(pia.pageErrors).toEqual([]);
    await pia.context.close();

    const tobias = await personIn(browser, baseURL, 'en-GB');
    await signIn(tobias.page, 'tech@service.example');
    await tobias.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My orders' })
      .click();
    await tobias.page.getByRole('heading', { level: 1, name: 'My orders' }).waitFor();
    await tobias.page.getByRole('link', { name: his.number }).waitFor();
    await tobias.page.getByRole('cell', { name: 'Fuser rattles loudly at start-up' }).waitFor();
    // Every order listed is his: the API's answer, which the page shows.
    const listed = await tobias.page.locator('tbody tr td:first-child a').allInnerTexts();
    const token = await system.signIn('tech@service.example');
    const own = await system.graphql<{
      serviceOrders: { edges: { node: { number: string; technician: { id: string } | null } }[] };
    }>(
      `{ serviceOrders(first: 100, filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS] }) { edges { node { number technician { id } } } } }`,
      {},
      { token },
    );
    const numbers = own.data!.serviceOrders.edges.map((e) => e.node);
    expect(numbers.every((o) => o.technician?.id === TECHNICIAN)).toBe(true);
    expect(listed.sort()).toEqual(numbers.map((o) => o.number).sort());
    expect(listed).not.toContain(notHis.number);
    expect(await tobias.page.getByLabel('Technician').count()).toBe(0);
    await screenshot(tobias.page, 'technician-my-orders-en');
    expect(tobias.pageErrors).toEqual([]);
    await tobias.context.close();
  });
});
